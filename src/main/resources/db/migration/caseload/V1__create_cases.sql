-- Cases: a person supported by a named worker at a step of care.
create table care_case (
  id                uuid primary key,
  organisation_id   uuid,
  triage_id         uuid not null unique,
  referral_id       uuid not null,
  person_id         uuid not null,
  programme_id      uuid,
  reference         text not null,
  conditions        text[] not null default '{}',
  step              integer not null,
  status            text not null,
  opened_at         timestamptz not null,
  closed_at         timestamptz,
  worker            text not null,
  worker_since      timestamptz not null,
  handover_pending  boolean not null default false,
  created_at        timestamptz not null,
  created_by        text not null,
  updated_at        timestamptz not null,
  updated_by        text not null,
  version           bigint not null
);
create index care_case_worker_idx on care_case (worker, status);
create index care_case_programme_idx on care_case (programme_id, status);

-- Who has held each case, with handovers; rows belong to the case.
create table case_assignment (
  id               uuid primary key default gen_random_uuid(),
  care_case_id     uuid not null references care_case (id) on delete cascade,
  position         integer not null,
  worker           text not null,
  from_at          timestamptz not null,
  to_at            timestamptz,
  reason           text,
  handover_note    text,
  acknowledged_at  timestamptz,
  over_limit_reason text,
  assigned_by      text not null,
  created_at       timestamptz not null default now(),
  created_by       text not null default 'system',
  unique (care_case_id, position)
);

-- Step changes during a case (stepping up and down), with reasons.
create table case_step_change (
  id            uuid primary key default gen_random_uuid(),
  care_case_id  uuid not null references care_case (id) on delete cascade,
  position      integer not null,
  from_step     integer not null,
  to_step       integer not null,
  reason        text not null,
  at            timestamptz not null,
  by_user       text not null,
  created_at    timestamptz not null default now(),
  created_by    text not null default 'system',
  unique (care_case_id, position)
);

-- What needs action on a case, and by when. Raised by events; cleared when handled; parked
-- until a date with a reason.
create table work_item (
  id             uuid primary key,
  organisation_id uuid,
  care_case_id   uuid not null,
  worker         text not null,
  kind           text not null,
  description    text not null,
  due_on         date not null,
  status         text not null,
  parked_until   date,
  parked_reason  text,
  done_at        timestamptz,
  done_by        text,
  source_key     text not null unique,
  created_at     timestamptz not null,
  created_by     text not null,
  updated_at     timestamptz not null,
  updated_by     text not null,
  version        bigint not null
);
create index work_item_worker_idx on work_item (worker, status, due_on);
create index work_item_case_idx on work_item (care_case_id, status);
