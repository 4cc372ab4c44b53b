-- From 6 April 2026 the LCWRA element of Universal Credit has two rates (Universal Credit Act
-- 2025): a lower one for new claimants, and a protected one for claims made before 6 April 2026,
-- people who meet the severe conditions criteria and people who are terminally ill.
-- uc_lcwra_element is now the new-claimant rate; uc_lcwra_protected is the protected rate.
-- Sets before 2026/27 had one rate for everyone, so that rate is copied to both columns and an
-- estimate made with them is unchanged.
alter table benefit_rules add column uc_lcwra_protected numeric(10,2);
update benefit_rules set uc_lcwra_protected = uc_lcwra_element;
alter table benefit_rules alter column uc_lcwra_protected set not null;
alter table benefit_rules add constraint benefit_rules_lcwra_protected_check check (uc_lcwra_protected >= 0);
comment on column benefit_rules.uc_lcwra_element is
  'LCWRA element a month for new claimants (from 6 April 2026); before then the one rate for everyone';
comment on column benefit_rules.uc_lcwra_protected is
  'LCWRA element a month for claims before 6 April 2026, severe conditions criteria, terminally ill';

-- What an administrator should know about a set, such as a figure not yet confirmed on GOV.UK.
-- Shown on the benefit rules page and with every estimate that used the set.
alter table benefit_rules add column note text;
update benefit_rules set note = 'Before 6 April 2026 the LCWRA element was one rate for everyone, so it is shown at both rates.'
  where effective_from < date '2026-04-06';

-- A set no estimate has used can be corrected, so rows are now edited: the standard audit columns.
alter table benefit_rules add column updated_at timestamptz;
alter table benefit_rules add column updated_by text;
alter table benefit_rules add column version bigint not null default 0;
update benefit_rules set updated_at = created_at, updated_by = created_by;
alter table benefit_rules alter column updated_at set not null;
alter table benefit_rules alter column updated_by set not null;
alter table benefit_rules alter column version drop default;

-- Which LCWRA rate an estimate used: NONE, NEW_CLAIMANT or PROTECTED. Estimates made before there
-- were two rates keep their answer as it was given: ONE_RATE (yes) or NONE (no).
alter table better_off_estimate add column lcwra_rate text;
update better_off_estimate set lcwra_rate = case when lcwra then 'ONE_RATE' else 'NONE' end;
alter table better_off_estimate alter column lcwra_rate set not null;
alter table better_off_estimate alter column lcwra drop not null;

-- The 2026/27 figures. The standard allowances and LCWRA rates are from GOV.UK "Proposed benefit
-- and pension rates 2026 to 2027" as reported; the work allowances were found only in a secondary
-- source (Quids in!, 28 April 2026) and are marked unconfirmed in the note. Tax and National
-- Insurance are unchanged from 2025/26.
insert into benefit_rules (id, effective_from, uc_standard_single_under_25, uc_standard_single_25_plus,
  uc_lcwra_element, uc_lcwra_protected, uc_work_allowance_with_housing, uc_work_allowance_without_housing,
  uc_taper_percent, personal_allowance_yearly, basic_rate_percent, ni_primary_threshold_yearly,
  ni_main_rate_percent, source, note, created_at, created_by, updated_at, updated_by, version)
values ('b3e1f0a0-2026-4406-8000-000000000001', date '2026-04-06', 338.58, 424.90,
  217.26, 429.80, 427.00, 710.00,
  55.00, 12570.00, 20.00, 12570.00,
  8.00,
  'GOV.UK Proposed benefit and pension rates 2026 to 2027 (standard allowances, LCWRA); income tax and National Insurance rates 2026 to 2027 — check against GOV.UK before relying on them',
  'UNCONFIRMED: the work allowances (£427.00 with housing costs, £710.00 without) come from a secondary source only (Quids in! magazine, 28 April 2026), not a GOV.UK page. Check them against GOV.UK and correct this set if they differ.',
  timestamp with time zone '2026-12-02 00:00:00+00', 'system', timestamp with time zone '2026-12-02 00:00:00+00', 'system', 0);
