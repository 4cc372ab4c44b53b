-- Links are edited (returned, cancelled), so they carry the standard audit columns. Rows made
-- before are as their creator left them, or as last changed: updated when created.
alter table questionnaire_request add column updated_at timestamptz;
alter table questionnaire_request add column updated_by text;
alter table questionnaire_request add column version bigint not null default 0;
update questionnaire_request set updated_at = coalesce(cancelled_at, created_at), updated_by = created_by;
alter table questionnaire_request alter column updated_at set not null;
alter table questionnaire_request alter column updated_by set not null;
