-- The person's plan on a case: goals in their words, actions, adjustments, pacing and flare-up
-- plans. Each agreement with the person is kept as a numbered version.
create table plan (
  id               uuid primary key,
  organisation_id  uuid,
  care_case_id     uuid not null unique,
  referral_id      uuid not null,
  goals            text,
  adjustments      text,
  pacing           text,
  flare_up         text,
  agreed_version   integer not null default 0,
  created_at       timestamptz not null,
  created_by       text not null,
  updated_at       timestamptz not null,
  updated_by       text not null,
  version          bigint not null
);

create table plan_action (
  id           uuid primary key default gen_random_uuid(),
  plan_id      uuid not null references plan (id) on delete cascade,
  position     integer not null,
  description  text not null,
  owner        text not null,
  due_on       date,
  status       text not null,
  created_at   timestamptz not null default now(),
  created_by   text not null default 'system',
  unique (plan_id, position)
);

-- What was agreed, as agreed: never changed afterwards.
create table plan_agreement (
  id           uuid primary key default gen_random_uuid(),
  plan_id      uuid not null references plan (id) on delete cascade,
  position     integer not null,
  number       integer not null,
  agreed_on    date not null,
  agreed_at    timestamptz not null,
  how          text not null,
  recorded_by  text not null,
  snapshot     text not null,
  created_at   timestamptz not null default now(),
  created_by   text not null default 'system',
  unique (plan_id, position)
);
