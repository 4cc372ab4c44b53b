-- Completed event publications are deleted from now on (spring.modulith.events.completion-mode=delete);
-- remove those kept before, so no event payload about a person stays in the table.
delete from event_publication where completion_date is not null;
