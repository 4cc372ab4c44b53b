-- Teams: staff belong to teams, and each service (programme) is run by one or more teams. A
-- practitioner or manager works on the referrals and cases of their teams' services.
create table team (
  id          uuid primary key,
  name        text not null,
  description text,
  created_at  timestamptz not null,
  created_by  text not null,
  updated_at  timestamptz,
  updated_by  text,
  version     bigint not null default 0
);
create unique index team_name_idx on team (lower(name));

create table team_member (
  id         uuid primary key,
  team_id    uuid not null references team (id) on delete cascade,
  username   text not null,
  created_at timestamptz not null,
  created_by text not null
);
create unique index team_member_idx on team_member (team_id, lower(username));
create index team_member_username_idx on team_member (lower(username));

create table team_service (
  id           uuid primary key,
  team_id      uuid not null references team (id) on delete cascade,
  programme_id uuid not null,
  created_at   timestamptz not null,
  created_by   text not null
);
create unique index team_service_idx on team_service (team_id, programme_id);
create index team_service_programme_idx on team_service (programme_id);

-- The free-text team of a worker profile becomes a team with that worker as a member.
insert into team (id, name, created_at, created_by)
  select gen_random_uuid(), t.name, min(u.created_at), 'migration'
  from (select distinct trim(team) as name from staff_user where team is not null and trim(team) <> '') t
  join staff_user u on trim(u.team) = t.name
  group by t.name;
insert into team_member (id, team_id, username, created_at, created_by)
  select gen_random_uuid(), team.id, staff_user.username, team.created_at, 'migration'
  from staff_user join team on team.name = trim(staff_user.team);
alter table staff_user drop column team;

-- Cover: a manager lets one worker work on another's caseload until a date (holidays, sickness).
create table caseload_cover (
  id          uuid primary key,
  covered     text not null,
  covering    text not null,
  until       date not null,
  ended_at    timestamptz,
  ended_by    text,
  created_at  timestamptz not null,
  created_by  text not null,
  updated_at  timestamptz,
  updated_by  text,
  version     bigint not null default 0
);
create index caseload_cover_covering_idx on caseload_cover (lower(covering), until);
