-- Appointments with the people supported (separate from clinical appointments).
create table appointment (
  id               uuid primary key,
  organisation_id  uuid,
  care_case_id     uuid not null,
  referral_id      uuid not null,
  person_id        uuid not null,
  worker           text not null,
  starts_at        timestamptz not null,
  minutes          integer not null,
  mode             text not null,
  place            text,
  attendance       text not null,
  note             text,
  reminder_sent    boolean not null default false,
  created_at       timestamptz not null,
  created_by       text not null,
  updated_at       timestamptz not null,
  updated_by       text not null,
  version          bigint not null
);
create index appointment_worker_idx on appointment (worker, starts_at);
create index appointment_case_idx on appointment (care_case_id, starts_at);
create index appointment_reminder_idx on appointment (starts_at) where attendance = 'BOOKED' and not reminder_sent;
