-- The services a provider runs, their referral form settings and eligibility rules.
create table programme (
  id                     uuid primary key,
  name                   text not null,
  description            text,
  public_description     text,
  conditions_in_scope    text[] not null default '{}',
  accepts_self_referral  boolean not null default false,
  active                 boolean not null default true,
  nhs_number_field       text not null default 'OPTIONAL',
  weeks_off_work_field   text not null default 'HIDDEN',
  employer_field         text not null default 'HIDDEN',
  gp_practice_field      text not null default 'HIDDEN',
  created_at             timestamptz not null,
  created_by             text not null,
  updated_at             timestamptz not null,
  updated_by             text not null,
  version                bigint not null
);

-- Rows are replaced as a whole when a service's rules change (they belong to the programme).
create table eligibility_rule (
  id           uuid primary key default gen_random_uuid(),
  programme_id uuid not null references programme (id) on delete cascade,
  position     integer not null,
  kind         text not null,
  low          integer,
  high         integer,
  choices      text[] not null default '{}',
  explanation  text not null,
  created_at   timestamptz not null default now(),
  created_by   text not null default 'system',
  unique (programme_id, position)
);
