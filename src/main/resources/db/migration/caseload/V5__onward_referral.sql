-- Onward referrals made from a case, and what came of them.
create table onward_referral (
  id            uuid primary key,
  organisation_id uuid,
  care_case_id  uuid not null references care_case (id),
  referral_id   uuid not null,
  service       text not null,
  reason        text,
  made_on       date not null,
  result        text not null,
  created_at    timestamptz not null,
  created_by    text not null
);
create index onward_referral_case on onward_referral (care_case_id);
create index onward_referral_referral on onward_referral (referral_id);
