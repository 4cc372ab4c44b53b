-- The team a practitioner works in, for capacity by team.
alter table staff_user add column team text;
