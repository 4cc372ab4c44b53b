-- The person's vocational (career) profile, one per person, built up over several sessions.
create table vocational_profile (
  id                     uuid primary key,
  organisation_id        uuid,
  person_id              uuid not null unique,
  skills                 text,
  qualifications         text,
  preferred_work         text,
  preferred_hours        text,
  preferred_location     text,
  preferred_environment  text,
  fatigue                text,
  pain                   text,
  cognition              text,
  flare_ups              text,
  energy_pattern         text,
  disclosure             text,
  disclosure_to          text,
  disclosure_how         text,
  benefits               text,
  transport              text,
  caring                 text,
  created_at             timestamptz not null,
  created_by             text not null,
  updated_at             timestamptz not null,
  updated_by             text not null,
  version                bigint not null
);

create table profile_job (
  id          uuid primary key default gen_random_uuid(),
  profile_id  uuid not null references vocational_profile (id) on delete cascade,
  position    integer not null,
  role        text not null,
  employer    text,
  when_text   text,
  went_well   text,
  harder      text,
  created_at  timestamptz not null default now(),
  created_by  text not null default 'system',
  unique (profile_id, position)
);
