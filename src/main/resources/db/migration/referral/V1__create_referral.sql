-- Referrals into a service, from every route.
create table referral (
  id                 uuid primary key,
  organisation_id    uuid,
  reference          text not null unique,
  person_id          uuid not null,
  source             text not null,
  conditions         text[] not null,
  other_condition    text,
  employment_status  text not null,
  reason             text not null,
  status             text not null,
  received_at        timestamptz not null,
  referred_by        text not null,
  created_at         timestamptz not null,
  created_by         text not null,
  updated_at         timestamptz not null,
  updated_by         text not null,
  version            bigint not null
);
create index referral_status_received_idx on referral (status, received_at);
create index referral_referred_by_idx on referral (referred_by, received_at desc);
create index referral_person_idx on referral (person_id);
