-- What a practitioner's caseload can hold: working hours as a share of full time, an optional
-- caseload limit set by a manager, and the conditions they are trained to support.
alter table staff_user add column fte numeric(3, 2) not null default 1.00;
alter table staff_user add column caseload_limit integer;
alter table staff_user add column skills text[] not null default '{}';
