-- Notes of each contact with the person: structured (type, length, topics) plus free text.
create table case_note (
  id               uuid primary key,
  organisation_id  uuid,
  care_case_id     uuid not null,
  contact_type     text not null,
  minutes          integer,
  topics           text[] not null default '{}',
  text             text,
  contact_on       date not null,
  created_at       timestamptz not null,
  created_by       text not null,
  updated_at       timestamptz not null,
  updated_by       text not null,
  version          bigint not null
);
create index case_note_case_idx on case_note (care_case_id, contact_on desc);
