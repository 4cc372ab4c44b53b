-- Fit notes (Statement of Fitness for Work, 2022 form), as recorded from the person's copy.
create table fit_note (
  id                   uuid primary key,
  organisation_id      uuid,
  person_id            uuid not null,
  care_case_id         uuid not null,
  assessed_on          date not null,
  conditions           text not null,
  verdict              text not null,
  advice               text not null default '',
  effects              text,
  covers_from          date not null,
  covers_until         date,
  reassessment_needed  boolean not null,
  issuer_name          text not null,
  issuer               text not null,
  created_at           timestamptz not null,
  created_by           text not null
);
create index fit_note_person on fit_note (person_id);
