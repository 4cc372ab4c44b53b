-- People who sign in to Stepwise, with their roles and sign-in throttling state.
create table staff_user (
  id               uuid primary key,
  username         text not null,
  display_name     text not null,
  email            text,
  password_hash    text not null,
  roles            text[] not null,
  enabled          boolean not null default true,
  failed_sign_ins  integer not null default 0,
  locked_until     timestamptz,
  last_sign_in_at  timestamptz,
  created_at       timestamptz not null,
  created_by       text not null,
  updated_at       timestamptz not null,
  updated_by       text not null,
  version          bigint not null
);
create unique index staff_user_username_key on staff_user (lower(username));
