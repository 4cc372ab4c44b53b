-- Letter and email templates; every edit adds a version, and versions are never changed.
create table letter_template (
  id           uuid primary key,
  key          text not null unique,
  name         text not null,
  audience     text not null,
  description  text,
  created_at   timestamptz not null,
  created_by   text not null,
  updated_at   timestamptz not null,
  updated_by   text not null,
  version      bigint not null
);

create table letter_template_version (
  id                  uuid primary key default gen_random_uuid(),
  letter_template_id  uuid not null references letter_template (id),
  position            integer not null,
  number              integer not null,
  subject             text not null,
  body                text not null,
  created_at          timestamptz not null default now(),
  created_by          text not null default 'system',
  unique (letter_template_id, number)
);

-- Every letter and email, with the exact inputs it was rendered from.
create table letter (
  id                   uuid primary key,
  organisation_id      uuid,
  person_id            uuid not null,
  referral_id          uuid,
  template_key         text not null,
  template_version_id  uuid not null references letter_template_version (id),
  audience             text not null,
  recipient_name       text not null,
  recipient_email      text,
  recipient_address    text,
  channel              text not null,
  status               text not null,
  held_reason          text,
  inputs               text not null,
  subject              text not null,
  idempotency_key      text not null unique,
  attempts             integer not null default 0,
  next_attempt_at      timestamptz,
  lease_until          timestamptz,
  last_error           text,
  sent_at              timestamptz,
  posted_at            timestamptz,
  created_at           timestamptz not null,
  created_by           text not null,
  updated_at           timestamptz not null,
  updated_by           text not null,
  version              bigint not null
);
create index letter_due_idx on letter (next_attempt_at) where status in ('QUEUED', 'SENDING');
create index letter_person_idx on letter (person_id, created_at desc);
create index letter_referral_idx on letter (referral_id, created_at desc);
create index letter_status_idx on letter (status, created_at);
