-- Onward referrals get the standard audit columns: who changed one last, when, and its version
-- (what came of a referral is recorded later, by someone else).
alter table onward_referral add column updated_at timestamptz;
alter table onward_referral add column updated_by text;
alter table onward_referral add column version bigint not null default 0;
update onward_referral set updated_at = created_at, updated_by = created_by;
alter table onward_referral alter column updated_at set not null;
alter table onward_referral alter column updated_by set not null;
