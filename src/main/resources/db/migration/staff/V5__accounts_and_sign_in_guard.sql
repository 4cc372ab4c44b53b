-- Accounts that can be closed and passwords that can be reset: a disabled account stops working at
-- once, and every session of a user holds the session version it signed in with, so raising it
-- (account disabled, roles changed, password reset or changed) ends those sessions on their next
-- request, on every node.
alter table staff_user add column must_change_password boolean not null default false;
alter table staff_user add column session_version bigint not null default 0;
alter table staff_user add column disabled_at timestamptz;
alter table staff_user add column disabled_by text;

-- Failed sign-ins are no longer counted on the account row (a versioned aggregate, where parallel
-- failures overwrote each other): they are counted in sign_in_failure, one atomic row per subject.
alter table staff_user drop column failed_sign_ins;
alter table staff_user drop column locked_until;

-- Failed sign-ins per subject: a typed username (whether or not an account has it, so the answer
-- never tells which names exist) or a source address (an IPv6 address by its /64). Subjects are
-- stored only as keyed hashes, never as typed: a username box sometimes holds a password.
create table sign_in_failure (
  subject         text primary key,
  failures        integer not null,
  window_started  timestamptz not null,
  locked_until    timestamptz
);
create index sign_in_failure_window_idx on sign_in_failure (window_started);

-- The key of those hashes, made once per installation.
create table sign_in_key (
  id   integer primary key check (id = 1),
  key  text not null
);
insert into sign_in_key (id, key)
values (1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
