-- Questionnaires. The definitions are data files (resources/questionnaires); these tables hold
-- the wording an administrator loads for a licensed instrument, completed questionnaires with the
-- scores worked out at the time, and links sent to people to complete one online.

create table questionnaire_text (
  id             uuid primary key,
  code           text not null,
  item_id        text not null,
  text           text not null,
  option_labels  text[] not null default '{}',
  created_at     timestamptz not null,
  created_by     text not null,
  unique (code, item_id)
);

create table questionnaire_response (
  id               uuid primary key,
  organisation_id  uuid,
  person_id        uuid not null,
  care_case_id     uuid not null,
  referral_id      uuid not null,
  code             text not null,
  version          int not null,
  answers          jsonb not null,
  scores           jsonb not null,
  result           text,
  alerts           jsonb not null,
  completed_on     date not null,
  by_person        boolean not null,
  created_at       timestamptz not null,
  created_by       text not null
);
create index questionnaire_response_case on questionnaire_response (care_case_id, code, completed_on);
create index questionnaire_response_referral on questionnaire_response (referral_id);

create table questionnaire_request (
  id               uuid primary key,
  organisation_id  uuid,
  person_id        uuid not null,
  care_case_id     uuid not null,
  referral_id      uuid not null,
  code             text not null,
  token_hash       text not null unique,
  expires_at       timestamptz not null,
  response_id      uuid references questionnaire_response (id),
  cancelled_at     timestamptz,
  created_at       timestamptz not null,
  created_by       text not null
);
create index questionnaire_request_case on questionnaire_request (care_case_id);
