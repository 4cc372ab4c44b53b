-- Referrals to a service, from every route, with their lifecycle and the person's choice.
alter table referral add column programme_id uuid;
alter table referral add column channel text not null default 'PROFESSIONAL_FORM';
alter table referral add column weeks_off_work integer;
alter table referral add column employer text;
alter table referral add column gp_practice text;
alter table referral add column consent_to_contact boolean not null default false;
alter table referral add column status_changed_at timestamptz;
update referral set status_changed_at = received_at;
alter table referral alter column status_changed_at set not null;
alter table referral alter column referred_by drop not null;
alter table referral add column decline_reason text;
alter table referral add column review_date date;
alter table referral add column deferral_reason text;
alter table referral add column withdrawal_reason text;
alter table referral add column person_choice text not null default 'NOT_ASKED';
alter table referral add column choice_recorded_at timestamptz;
create index referral_deferred_review_idx on referral (review_date) where status = 'DEFERRED';
create index referral_person_open_idx on referral (person_id) where status not in ('DECLINED', 'WITHDRAWN');

-- The history of each referral's status; rows belong to the referral.
create table referral_transition (
  id           uuid primary key default gen_random_uuid(),
  referral_id  uuid not null references referral (id) on delete cascade,
  position     integer not null,
  from_status  text,
  to_status    text not null,
  at           timestamptz not null,
  by_user      text not null,
  note         text,
  created_at   timestamptz not null default now(),
  created_by   text not null default 'system',
  unique (referral_id, position)
);

-- Professional reasons for accepting a referral that did not meet a rule.
create table referral_override (
  id           uuid primary key default gen_random_uuid(),
  referral_id  uuid not null references referral (id) on delete cascade,
  position     integer not null,
  rule         text not null,
  explanation  text not null,
  reason       text not null,
  at           timestamptz not null,
  by_user      text not null,
  created_at   timestamptz not null default now(),
  created_by   text not null default 'system',
  unique (referral_id, position)
);

-- Information added to a referral after it arrived.
create table referral_note (
  id           uuid primary key default gen_random_uuid(),
  referral_id  uuid not null references referral (id) on delete cascade,
  position     integer not null,
  text         text not null,
  at           timestamptz not null,
  by_user      text not null,
  created_at   timestamptz not null default now(),
  created_by   text not null default 'system',
  unique (referral_id, position)
);

-- Self-referrals per sending address (hashed), for throttling floods from one place.
create table public_submission (
  id            uuid primary key default gen_random_uuid(),
  address_hash  text not null,
  created_at    timestamptz not null default now(),
  created_by    text not null default 'public'
);
create index public_submission_address_idx on public_submission (address_hash, created_at);
