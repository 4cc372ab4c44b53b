-- A referral that may be for a person who already has an open referral the sender may not see:
-- recorded as a new referral, and the team checks and merges it. Nothing about the other referral
-- is shown to the sender.
alter table referral add column possible_duplicate_of uuid references referral (id);
