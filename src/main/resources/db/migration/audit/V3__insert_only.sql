-- The access log is insert-only, enforced by the database rather than by convention: any UPDATE,
-- DELETE or TRUNCATE of audit_event is refused, whoever sends it. (The application's role owns the
-- table, so revoking privileges from it would not hold: an owner can grant them back.) Adding a
-- column is not refused. Removing entries after a retention period, if one is ever set, or filling
-- in a new column, needs a migration that says so: it disables these triggers, does that one
-- thing, and enables them again, in the same transaction.
create function audit_event_refuse_change() returns trigger
language plpgsql as $$
begin
  raise exception 'audit_event is insert-only: % refused', tg_op;
end;
$$;

create trigger audit_event_no_update_or_delete
  before update or delete on audit_event
  for each row execute function audit_event_refuse_change();

create trigger audit_event_no_truncate
  before truncate on audit_event
  for each statement execute function audit_event_refuse_change();

-- The access log page matches a username ignoring case.
create index audit_event_actor_lower_idx on audit_event (lower(actor), occurred_at desc);
