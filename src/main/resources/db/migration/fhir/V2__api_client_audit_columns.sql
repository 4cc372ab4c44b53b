-- The standard audit columns on api_client: who changed a client last, when, and a version that
-- changes with every change (deactivation, reactivation, a new secret).
alter table api_client
  add column updated_at timestamptz,
  add column updated_by text,
  add column version    bigint not null default 0;

update api_client set updated_at = created_at, updated_by = created_by;
