-- Plan-level RPCs for the ITA coordinator: clone last year's plan into a new fiscal year, and create a
-- plan with its indicators and measures atomically from the importer's JSON. Both run as the caller
-- (security invoker), so row-level security and the triggers apply as for any admin write.
--
-- The import is also for server-side tools: the service_role (the `npm run import` CLI, scripts holding the
-- service key) names the organisation in the payload's organization_id; an organisation admin imports into
-- their own organisation, and a payload naming another organisation is refused. create_plan_from_import
-- decides the organisation; private.import_plan(org, payload) does the import.

create function public.plan_clone(source_plan_id uuid, fiscal_year integer)
returns uuid
language plpgsql
set search_path = ''
as $$
-- What is copied (decided in the plan-clone issue):
--   plan: title with the year replaced, framework of the new year (when the organisation has one), status draft,
--         score and grade empty;
--   indicators: number, name, group; score and both analysis texts empty (they describe the old year's result);
--   measures (except cancelled ones): indicator, department, number, title, detail; status not_started, percent 0,
--         version 1; start/due dates moved by the number of years between the plans;
--   assignees: kept when still active members of the measure's department;
--   evidence, progress reports, comments, reviews and history: not copied (they belong to the old year).
declare
  v_src public.plans;
  v_new uuid;
  v_years integer;
  v_framework uuid;
begin
  select * into v_src from public.plans p where p.id = plan_clone.source_plan_id;
  if not found then
    perform private.raise_not_found('Plan not found', 'not_found');
  end if;
  if not (select private.is_org_admin(v_src.organization_id)) then
    raise exception 'Only the ITA coordinator (admin) can clone plans' using errcode = '42501', hint = 'admin_required';
  end if;
  if plan_clone.fiscal_year is null or plan_clone.fiscal_year not between 2500 and 2700 then
    raise exception 'The fiscal year must be a Buddhist Era year such as 2566'
      using errcode = '23514', hint = 'invalid_fiscal_year';
  end if;
  if exists (select 1 from public.plans p
             where p.organization_id = v_src.organization_id and p.fiscal_year = plan_clone.fiscal_year) then
    raise exception 'This organisation already has a plan for %', plan_clone.fiscal_year
      using errcode = '23505', hint = 'plan_exists';
  end if;
  v_years := plan_clone.fiscal_year - v_src.fiscal_year;
  select f.id into v_framework from public.frameworks f
   where f.organization_id = v_src.organization_id and f.scheme = 'ITA' and f.fiscal_year = plan_clone.fiscal_year;

  insert into public.plans (organization_id, framework_id, fiscal_year, title, status, source_plan_id)
  values (v_src.organization_id, v_framework, plan_clone.fiscal_year,
          replace(v_src.title, v_src.fiscal_year::text, plan_clone.fiscal_year::text), 'draft', v_src.id)
  returning id into v_new;

  insert into public.plan_indicators (plan_id, organization_id, framework_indicator_id, no, name, "group")
  select v_new, i.organization_id,
         (select fi.id from public.framework_indicators fi where fi.framework_id = v_framework and fi.no = i.no),
         i.no, i.name, i."group"
  from public.plan_indicators i
  where i.plan_id = v_src.id;

  insert into public.measures (plan_id, plan_indicator_id, department_id, no, title, detail, start_date, due_date,
                               source_measure_id)
  select v_new, ni.id, m.department_id, m.no, m.title, m.detail,
         (m.start_date + make_interval(years => v_years))::date,
         (m.due_date + make_interval(years => v_years))::date,
         m.id
  from public.measures m
  join public.plan_indicators oi on oi.id = m.plan_indicator_id
  join public.plan_indicators ni on ni.plan_id = v_new and ni.no = oi.no
  where m.plan_id = v_src.id and m.status <> 'cancelled'
  order by oi.no, m.no, m.created_at;

  insert into public.measure_assignees (measure_id, user_id)
  select nm.id, a.user_id
  from public.measures nm
  join public.measure_assignees a on a.measure_id = nm.source_measure_id
  join public.profiles p on p.id = a.user_id and p.is_active and p.department_id = nm.department_id
    and p.role in ('head', 'staff')
  where nm.plan_id = v_new;

  return v_new;
end;
$$;
comment on function public.plan_clone(uuid, integer) is
  'Admin only: copies a plan into a new fiscal year as a draft (indicators without scores, measures reset to '
  'not_started with dates moved by whole years, active assignees kept; no evidence, progress or comments). Returns the new plan id.';

create function private.import_fail(p_message text)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  raise exception '%', p_message using errcode = '23514', hint = 'invalid_payload';
end;
$$;
revoke execute on function private.import_fail(text) from public;
grant execute on function private.import_fail(text) to authenticated, service_role;

-- The import itself, for an organisation the public RPC has decided (see create_plan_from_import).
create function private.import_plan(p_org uuid, payload jsonb)
returns uuid
language plpgsql
set search_path = ''
as $$
declare
  v_year integer;
  v_plan uuid;
  v_framework uuid;
  v_indicator jsonb;
  v_indicator_id uuid;
  v_measure jsonb;
  v_i integer := 0;
  v_j integer;
  v_path text;
  v_dept uuid;
  v_due date;
  v_start date;
begin
  if jsonb_typeof(payload -> 'fiscal_year_be') is distinct from 'number' then
    perform private.import_fail('fiscal_year_be must be a number such as 2565');
  end if;
  v_year := (payload ->> 'fiscal_year_be')::integer;
  if v_year not between 2500 and 2700 then
    perform private.import_fail('fiscal_year_be must be a Buddhist Era year such as 2565');
  end if;
  if nullif(btrim(payload ->> 'title'), '') is null then
    perform private.import_fail('title is required');
  end if;
  if payload -> 'ita_score' is not null and jsonb_typeof(payload -> 'ita_score') not in ('number', 'null') then
    perform private.import_fail('ita_score must be a number');
  end if;
  if jsonb_typeof(payload -> 'indicators') is distinct from 'array' or jsonb_array_length(payload -> 'indicators') = 0 then
    perform private.import_fail('indicators must be a non-empty array');
  end if;
  if exists (select 1 from public.plans p where p.organization_id = p_org and p.fiscal_year = v_year) then
    raise exception 'This organisation already has a plan for %', v_year using errcode = '23505', hint = 'plan_exists';
  end if;
  select f.id into v_framework from public.frameworks f
   where f.organization_id = p_org and f.scheme = 'ITA' and f.fiscal_year = v_year;

  insert into public.plans (organization_id, framework_id, fiscal_year, title, ita_score, ita_grade, status)
  values (p_org, v_framework, v_year, btrim(payload ->> 'title'), (payload ->> 'ita_score')::numeric,
          nullif(btrim(payload ->> 'ita_grade'), ''), 'active')
  returning id into v_plan;

  for v_indicator in select value from jsonb_array_elements(payload -> 'indicators') loop
    v_path := format('indicators[%s]', v_i);
    if jsonb_typeof(v_indicator -> 'no') is distinct from 'number' or nullif(btrim(v_indicator ->> 'name'), '') is null then
      perform private.import_fail(v_path || ' needs a number (no) and a name');
    end if;
    if coalesce(v_indicator ->> 'group', '') not in ('IIT', 'EIT', 'OIT') then
      perform private.import_fail(v_path || '.group must be IIT, EIT or OIT');
    end if;
    if v_indicator -> 'score' is not null and jsonb_typeof(v_indicator -> 'score') not in ('number', 'null') then
      perform private.import_fail(v_path || '.score must be a number');
    end if;
    insert into public.plan_indicators (plan_id, organization_id, framework_indicator_id, no, name, "group", score,
                                        analysis, agency_analysis)
    values (v_plan, p_org,
            (select fi.id from public.framework_indicators fi
              where fi.framework_id = v_framework and fi.no = (v_indicator ->> 'no')::integer),
            (v_indicator ->> 'no')::integer, btrim(v_indicator ->> 'name'),
            (v_indicator ->> 'group')::public.indicator_group, (v_indicator ->> 'score')::numeric,
            coalesce(v_indicator ->> 'analysis', ''), coalesce(v_indicator ->> 'agency_analysis', ''))
    returning id into v_indicator_id;

    if v_indicator -> 'measures' is not null and jsonb_typeof(v_indicator -> 'measures') <> 'array' then
      perform private.import_fail(v_path || '.measures must be an array');
    end if;
    v_j := 0;
    for v_measure in select value from jsonb_array_elements(coalesce(v_indicator -> 'measures', '[]'::jsonb)) loop
      v_path := format('indicators[%s].measures[%s]', v_i, v_j);
      if jsonb_typeof(v_measure) is distinct from 'object' or nullif(btrim(v_measure ->> 'title'), '') is null then
        perform private.import_fail(v_path || ' must be an object with a title, department_id and due_date');
      end if;
      v_dept := private.try_uuid(v_measure ->> 'department_id');
      if v_dept is null or not exists (
        select 1 from public.departments d where d.id = v_dept and d.organization_id = p_org
      ) then
        perform private.import_fail(v_path || '.department_id is not a department of this organisation');
      end if;
      begin
        v_due := (v_measure ->> 'due_date')::date;
        v_start := (v_measure ->> 'start_date')::date;
      exception when others then
        perform private.import_fail(v_path || ': dates must be ISO dates (YYYY-MM-DD, Common Era)');
      end;
      if v_due is null then
        perform private.import_fail(v_path || '.due_date is required');
      end if;
      insert into public.measures (plan_id, plan_indicator_id, department_id, no, title, detail, start_date, due_date)
      values (v_plan, v_indicator_id, v_dept, v_j + 1, btrim(v_measure ->> 'title'), v_measure ->> 'detail',
              v_start, v_due);
      v_j := v_j + 1;
    end loop;
    v_i := v_i + 1;
  end loop;
  return v_plan;
end;
$$;
comment on function private.import_plan(uuid, jsonb) is
  'Creates a plan, its indicators and measures for the organisation from the importer''s JSON (see create_plan_from_import). '
  'Runs as the caller: row-level security applies to an admin; the caller decides the organisation.';
revoke execute on function private.import_plan(uuid, jsonb) from public;
grant execute on function private.import_plan(uuid, jsonb) to authenticated, service_role;

create function public.create_plan_from_import(payload jsonb)
returns uuid
language plpgsql
set search_path = ''
as $$
-- payload: the importer's JSON (build-import-payload.ts), every measure as { "title", "department_id", "due_date" (ISO),
-- optional "start_date", "detail" }, and "organization_id":
--   service_role: required, the organisation the plan is created in;
--   an organisation admin (ITA coordinator): optional; when given it must be the admin's own organisation.
declare
  v_given text;
  v_org uuid;
begin
  if payload is null or jsonb_typeof(payload) <> 'object' then
    perform private.import_fail('The import must be a JSON object');
  end if;
  v_given := nullif(btrim(payload ->> 'organization_id'), '');
  if current_user = 'service_role' then
    if v_given is null then
      perform private.import_fail('organization_id is required when importing with the service role');
    end if;
    v_org := private.try_uuid(v_given);
    if v_org is null or not exists (select 1 from public.organizations o where o.id = v_org) then
      raise exception 'No organisation with id %', v_given using errcode = '23503', hint = 'organization_not_found';
    end if;
  else
    v_org := private.require_org_admin();
    if v_given is not null and private.try_uuid(v_given) is distinct from v_org then
      raise exception 'You can import plans only into your own organisation'
        using errcode = '42501', hint = 'organization_mismatch';
    end if;
  end if;
  return private.import_plan(v_org, payload);
end;
$$;
comment on function public.create_plan_from_import(jsonb) is
  'Creates a plan, its indicators and measures in one transaction from the importer''s JSON. The service role names '
  'the organisation (payload.organization_id, required); an admin imports into their own organisation only '
  '(organization_mismatch otherwise). Hints: invalid_payload with the path of the first problem, plan_exists, '
  'organization_not_found.';

revoke execute on function public.plan_clone(uuid, integer), public.create_plan_from_import(jsonb) from public, anon;
grant execute on function public.plan_clone(uuid, integer) to authenticated;
-- Server-side tools (the `npm run import` CLI) import with the service role key.
grant execute on function public.create_plan_from_import(jsonb) to authenticated, service_role;
