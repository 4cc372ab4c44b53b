-- The people Stepwise supports: identity and contact details.
create table person (
  id             uuid primary key,
  organisation_id uuid,
  nhs_number     char(10),
  given_name     text not null,
  family_name    text not null,
  date_of_birth  date not null,
  email          text,
  phone          text,
  address_line1  text,
  address_line2  text,
  town           text,
  postcode       text,
  created_at     timestamptz not null,
  created_by     text not null,
  updated_at     timestamptz not null,
  updated_by     text not null,
  version        bigint not null
);
create index person_nhs_number_idx on person (nhs_number) where nhs_number is not null;
create index person_name_dob_idx on person (lower(family_name), date_of_birth);
