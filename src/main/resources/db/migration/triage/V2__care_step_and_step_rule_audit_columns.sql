-- The standard audit columns on each service's care steps and step rules: who changed them last,
-- when, and a version that changes with every change. A service's steps are saved together and
-- share one version, as do its rules; a service with no rows uses the defaults, at version 0.
alter table care_step
  add column updated_at timestamptz,
  add column updated_by text,
  add column version    bigint not null default 1;
update care_step set updated_at = created_at, updated_by = created_by;
alter table care_step alter column updated_at set not null;
alter table care_step alter column updated_by set not null;

alter table step_rule
  add column updated_at timestamptz,
  add column updated_by text,
  add column version    bigint not null default 1;
update step_rule set updated_at = created_at, updated_by = created_by;
alter table step_rule alter column updated_at set not null;
alter table step_rule alter column updated_by set not null;
