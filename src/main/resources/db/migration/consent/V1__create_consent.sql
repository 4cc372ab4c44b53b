-- Consent to share, per person, recipient and purpose. Rows are never deleted.
create table consent (
  id                      uuid primary key,
  organisation_id         uuid,
  person_id               uuid not null,
  recipient_type          text not null,
  recipient_name          text,
  purpose                 text not null,
  given_on                date not null,
  method                  text not null,
  expires_on              date,
  note                    text,
  withdrawn_on            date,
  withdrawal_reason       text,
  withdrawal_recorded_by  text,
  created_at              timestamptz not null,
  created_by              text not null,
  updated_at              timestamptz not null,
  updated_by              text not null,
  version                 bigint not null
);
create index consent_person_idx on consent (person_id, given_on desc);
