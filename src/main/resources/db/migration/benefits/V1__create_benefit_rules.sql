-- Benefit rules for better-off estimates: Universal Credit, income tax and National Insurance
-- figures, each set in effect from a date. A set is never changed once an estimate has used it;
-- administrators add a set with a later date instead. Money is in pounds; Universal Credit
-- figures are monthly, tax and National Insurance thresholds yearly.
create table benefit_rules (
  id                                uuid primary key,
  effective_from                    date not null unique,
  uc_standard_single_under_25       numeric(10,2) not null check (uc_standard_single_under_25 >= 0),
  uc_standard_single_25_plus        numeric(10,2) not null check (uc_standard_single_25_plus >= 0),
  uc_lcwra_element                  numeric(10,2) not null check (uc_lcwra_element >= 0),
  uc_work_allowance_with_housing    numeric(10,2) not null check (uc_work_allowance_with_housing >= 0),
  uc_work_allowance_without_housing numeric(10,2) not null check (uc_work_allowance_without_housing >= 0),
  uc_taper_percent                  numeric(5,2) not null check (uc_taper_percent between 0 and 100),
  personal_allowance_yearly         numeric(10,2) not null check (personal_allowance_yearly >= 0),
  basic_rate_percent                numeric(5,2) not null check (basic_rate_percent between 0 and 100),
  ni_primary_threshold_yearly       numeric(10,2) not null check (ni_primary_threshold_yearly >= 0),
  ni_main_rate_percent              numeric(5,2) not null check (ni_main_rate_percent between 0 and 100),
  source                            text not null,
  created_at                        timestamptz not null,
  created_by                        text not null
);

insert into benefit_rules (id, effective_from, uc_standard_single_under_25, uc_standard_single_25_plus,
  uc_lcwra_element, uc_work_allowance_with_housing, uc_work_allowance_without_housing, uc_taper_percent,
  personal_allowance_yearly, basic_rate_percent, ni_primary_threshold_yearly, ni_main_rate_percent,
  source, created_at, created_by)
values ('b3e1f0a0-2025-4406-8000-000000000001', date '2025-04-06', 316.98, 400.14,
  423.27, 411.00, 684.00, 55.00,
  12570.00, 20.00, 12570.00, 8.00,
  'GOV.UK Benefit and pension rates 2025 to 2026; income tax and National Insurance rates 2025 to 2026 — check against GOV.UK before relying on them',
  now(), 'system');

-- Each better-off estimate, with everything needed to show it again exactly as it was made: the
-- answers given, the rule set used, the totals and every line of the working.
create table better_off_estimate (
  id                      uuid primary key,
  organisation_id         uuid,
  care_case_id            uuid not null,
  person_id               uuid not null,
  rules_id                uuid not null references benefit_rules (id),
  aged_25_or_over         boolean not null,
  lcwra                   boolean not null,
  child_or_lcw            boolean not null,
  housing_costs_monthly   numeric(10,2) not null,
  other_income_weekly     numeric(10,2) not null,
  hours_weekly            numeric(5,2) not null,
  hourly_pay              numeric(10,2) not null,
  work_costs_weekly       numeric(10,2) not null,
  weekly_out_of_work      numeric(10,2) not null,
  weekly_in_work          numeric(10,2) not null,
  weekly_difference       numeric(10,2) not null,
  working                 jsonb not null,
  created_at              timestamptz not null,
  created_by              text not null
);
create index better_off_estimate_case on better_off_estimate (care_case_id, created_at desc);
