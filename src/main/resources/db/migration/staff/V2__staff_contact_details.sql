-- How staff and referrers want to hear from the service (feedback on their referrals).
alter table staff_user add column postal_address text;
alter table staff_user add column contact_preference text not null default 'EMAIL';
