-- Break-glass access: a member of staff opened a person's records outside their teams, giving a
-- reason. Access lasts until expires_at; the managers of the teams that run the service review it.
create table break_glass (
  id          uuid primary key,
  person_id   uuid not null references person (id),
  username    text not null,
  reason      text not null,
  record_type text not null,
  record_id   uuid,
  service_id  uuid,
  granted_at  timestamptz not null,
  expires_at  timestamptz not null,
  reviewed_at timestamptz,
  reviewed_by text,
  created_at  timestamptz not null,
  created_by  text not null,
  updated_at  timestamptz,
  updated_by  text,
  version     bigint not null default 0
);
create index break_glass_user_idx on break_glass (lower(username), person_id, expires_at);
create index break_glass_review_idx on break_glass (service_id, granted_at desc);
