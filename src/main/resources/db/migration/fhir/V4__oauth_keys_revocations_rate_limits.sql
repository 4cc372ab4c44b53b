-- The key that signs the API's access tokens, kept here so that tokens outlive a restart and every
-- node signs and checks them with the same key. The private key is stored only encrypted
-- (AES-256-GCM) with the key encryption key from configuration (stepwise.oauth.key-encryption-key),
-- which the database never holds; the key id (kid) is what the published JWK set names it by.
create table oauth_signing_key (
  id           uuid primary key,
  kid          text not null unique,
  public_key   bytea not null,  -- X.509 SubjectPublicKeyInfo, DER
  private_key  bytea not null,  -- PKCS #8, DER, encrypted: AES-GCM ciphertext and tag
  nonce        bytea not null,  -- the 12-byte GCM nonce it was encrypted with
  created_at   timestamptz not null,
  created_by   text not null
);

-- Access tokens revoked one by one (POST /oauth2/revoke), by their id (jti), kept until they would
-- have expired. Every node reads this on every API request.
create table oauth_revoked_token (
  id          uuid primary key,
  jti         text not null unique,
  client_id   text not null,
  expires_at  timestamptz not null,
  created_at  timestamptz not null,
  created_by  text not null
);
create index oauth_revoked_token_expires_idx on oauth_revoked_token (expires_at);

-- Request rates shared by every node: one token bucket per subject (a client's FHIR requests, its
-- token requests, the token requests from one address, the address only as a keyed hash), changed
-- by one atomic upsert per request. A bucket left alone long enough is full, the same as no row,
-- so old rows may be deleted at any time.
create table api_rate_bucket (
  subject      text primary key,
  tokens       double precision not null,
  refilled_at  timestamptz not null,
  granted      boolean not null
);
create index api_rate_bucket_refilled_idx on api_rate_bucket (refilled_at);

-- The person each ServiceRequest was received for, so that a subject given only by NHS number can
-- be resolved to the people this client referred, and to no one else.
alter table fhir_service_request add column person_id uuid;
create index fhir_service_request_client_person_idx on fhir_service_request (client_id, person_id);

do $$
begin
  if to_regclass('referral') is not null then
    update fhir_service_request f set person_id = r.person_id
    from referral r where r.id = f.referral_id and f.person_id is null;
  end if;
end
$$;
