-- The access log: every read of a person's record and every change, written in the same
-- transaction as the change. Rows are only ever inserted.
create table audit_event (
  id           uuid primary key,
  occurred_at  timestamptz not null,
  actor        text not null,
  actor_roles  text not null,
  action       text not null,
  record_type  text not null,
  record_id    uuid,
  detail       text,
  created_at   timestamptz not null,
  created_by   text not null
);
create index audit_event_record_idx on audit_event (record_type, record_id, occurred_at desc);
create index audit_event_actor_idx on audit_event (actor, occurred_at desc);
create index audit_event_occurred_idx on audit_event (occurred_at desc);
