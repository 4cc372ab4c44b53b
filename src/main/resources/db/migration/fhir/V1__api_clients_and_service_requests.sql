-- Clinical systems allowed to use the FHIR API (OAuth 2.0 client credentials), each bound to the
-- referring organisation it acts for.
create table api_client (
  id             uuid primary key,
  client_id      text not null unique,
  name           text not null,
  organisation   text not null,
  ods_code       text,
  secret_hash    text not null,
  scopes         text[] not null,
  active         boolean not null default true,
  last_used_at   timestamptz,
  created_at     timestamptz not null,
  created_by     text not null
);

-- ServiceRequests received through the API: the client's own identifier (for idempotent intake)
-- and the referral it became.
create table fhir_service_request (
  id                 uuid primary key,
  client_id          text not null,
  identifier_system  text not null,
  identifier_value   text not null,
  referral_id        uuid not null unique,
  requester          text,
  created_at         timestamptz not null,
  created_by         text not null,
  unique (client_id, identifier_system, identifier_value)
);
