-- The date the worker plans to review the case with the person; a work item is raised then.
alter table care_case add column next_review_on date;
create index care_case_review_idx on care_case (next_review_on) where status = 'OPEN';
