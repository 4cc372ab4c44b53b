-- Triage of accepted referrals: the screen, its scores, the suggested and the decided step.
create table triage (
  id                      uuid primary key,
  organisation_id         uuid,
  referral_id             uuid not null unique,
  person_id               uuid not null,
  programme_id            uuid,
  reference               text not null,
  status                  text not null,
  waiting_since           timestamptz not null,
  employment_status       text,
  hours_per_week          integer,
  weeks_off_work          integer,
  job_at_risk             text,
  confidence              integer,
  pain_interference       integer,
  fatigue_interference    integer,
  cognition_interference  integer,
  mood_interference       integer,
  help_wanted             text[] not null default '{}',
  start_back_answers      text,
  start_back_total        integer,
  start_back_distress     integer,
  start_back_risk         text,
  work_ability            integer,
  suggested_step          integer,
  suggestion_reasons      text[] not null default '{}',
  step                    integer,
  decision_reason         text,
  decided_by              text,
  decided_at              timestamptz,
  created_at              timestamptz not null,
  created_by              text not null,
  updated_at              timestamptz not null,
  updated_by              text not null,
  version                 bigint not null
);
create index triage_waiting_idx on triage (programme_id, step, waiting_since) where status = 'WAITING';
create index triage_pending_idx on triage (waiting_since) where status = 'TO_TRIAGE';

-- Each service's stepped-care steps and the rules from the screen to a suggested step.
-- A service with no rows uses the defaults in code (StepRule.defaults, CareSteps.defaults).
create table care_step (
  id                 uuid primary key default gen_random_uuid(),
  programme_id       uuid not null,
  number             integer not null,
  name               text not null,
  wait_target_weeks  integer not null,
  created_at         timestamptz not null default now(),
  created_by         text not null default 'system',
  unique (programme_id, number)
);

create table step_rule (
  id            uuid primary key default gen_random_uuid(),
  programme_id  uuid not null,
  position      integer not null,
  kind          text not null,
  threshold     integer,
  step          integer not null,
  reason        text not null,
  created_at    timestamptz not null default now(),
  created_by    text not null default 'system',
  unique (programme_id, position)
);
