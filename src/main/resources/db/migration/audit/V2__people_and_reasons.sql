-- Whose personal data each access showed (one id for a record, every person on a list page), so
-- that "who has seen this person's record?" can be answered; and the reason given when someone
-- broke the glass to open a record outside their teams.
alter table audit_event add column person_ids uuid[] not null default '{}';
alter table audit_event add column reason text;
create index audit_event_person_idx on audit_event using gin (person_ids);
