-- The rest of the 2022 fit note: the date of statement (the day it was issued, which may be after
-- the assessment), the address of the issuer's practice, and the period given as a length of time
-- ("for 2 weeks") rather than from one date to another. A note with a length of time covers it
-- from the date of statement, held in covers_from. Notes recorded before these were asked have
-- none of them (null).
alter table fit_note add column statement_on date;
alter table fit_note add column practice_address text;
alter table fit_note add column duration_count integer check (duration_count between 1 and 999);
alter table fit_note add column duration_unit text check (duration_unit in ('DAYS', 'WEEKS', 'MONTHS'));
alter table fit_note add constraint fit_note_duration_whole
  check ((duration_count is null) = (duration_unit is null));
alter table fit_note add constraint fit_note_statement_after_assessment
  check (statement_on is null or statement_on >= assessed_on);
