-- One API client per system name (in any case): the registration form sent twice registers one
-- system, not two with the same name. Clients registered twice before this keep their rows; the
-- later ones get their client id added to the name, so the list tells them apart.
update api_client c set name = c.name || ' (' || c.client_id || ')'
where exists (
  select 1 from api_client earlier
  where lower(earlier.name) = lower(c.name)
    and (earlier.created_at, earlier.id) < (c.created_at, c.id));

create unique index api_client_name_unique on api_client (lower(name));
