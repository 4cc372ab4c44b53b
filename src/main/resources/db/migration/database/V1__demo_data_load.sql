-- Which sets of demo data have been loaded into this database (demo mode only).
create table demo_data_load (
  id         uuid primary key default gen_random_uuid(),
  name       text not null unique,
  created_at timestamptz not null default now(),
  created_by text not null default 'system'
);
