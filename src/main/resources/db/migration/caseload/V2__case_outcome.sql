-- The outcome recorded when a case closes.
alter table care_case add column outcome text;
alter table care_case add column outcome_note text;
