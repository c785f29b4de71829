-- "Not found" from the RPCs answers 404, not 500.
--
-- The workflow, admin and clone RPCs raised SQLSTATE P0002 (no_data_found) for a measure, user, plan or
-- framework that does not exist or is not visible. PostgREST (hosted and local alike) answers every P0
-- code but P0001 with HTTP 500, and the SPA retries 5xx answers: a measure deleted while someone had it
-- open, or any signed-in user calling plan_clone with a random id, was a server error. Found by the
-- hostile REST fuzzing suite on PostgreSQL 15.
--
-- private.raise_not_found raises with SQLSTATE 'PGRST', PostgREST's way for a function to choose the
-- answer: status 404, and the same body as before (code P0002, the message and the hint), so clients that
-- read the code or the hint see no change. The functions below are the previous definitions with only the
-- raise replaced (create or replace keeps their comments and grants).

create function private.raise_not_found(p_message text, p_hint text)
returns void
language plpgsql
set search_path = ''
as $$
begin
  raise sqlstate 'PGRST' using
    message = json_build_object('code', 'P0002', 'message', p_message, 'details', null, 'hint', p_hint)::text,
    detail = json_build_object('status', 404, 'headers', json_build_object())::text;
end;
$$;
comment on function private.raise_not_found(text, text) is
  'Raises "not found" as HTTP 404 through PostgREST (code P0002 and the hint in the body).';
revoke execute on function private.raise_not_found(text, text) from public;
grant execute on function private.raise_not_found(text, text) to anon, authenticated, service_role;

-- From 20261125000800_measure_workflow_rpcs.sql.
create or replace function private.transition_measure(
  p_measure_id uuid, p_expected_version integer, p_status public.measure_status, p_reason text
)
returns public.measures
language plpgsql
set search_path = ''
as $$
declare
  v_row public.measures;
begin
  if p_expected_version is null then
    raise exception 'The expected version is required' using errcode = 'P0001', hint = 'version_required';
  end if;
  update public.measures m
     set status = p_status, status_reason = p_reason, version = p_expected_version
   where m.id = p_measure_id
  returning m.* into v_row;
  if not found then
    if (select private.can_read_measure(p_measure_id)) then
      raise exception 'You cannot change this measure' using errcode = '42501', hint = 'not_allowed';
    end if;
    perform private.raise_not_found('Measure not found', 'not_found');
  end if;
  return v_row;
end;
$$;

-- From 20261125000900_admin_user_management.sql.
create or replace function public.admin_update_user(
  user_id uuid, role public.user_role default null, department_id uuid default null,
  full_name text default null, "position" text default null
)
returns public.profiles
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_org uuid := private.require_org_admin();
  v_profile public.profiles;
begin
  update public.profiles p
     set role = coalesce(admin_update_user.role, p.role),
         department_id = coalesce(admin_update_user.department_id, p.department_id),
         full_name = coalesce(nullif(btrim(admin_update_user.full_name), ''), p.full_name),
         "position" = coalesce(admin_update_user."position", p."position")
   where p.id = admin_update_user.user_id and p.organization_id = v_org
  returning * into v_profile;
  if not found then
    perform private.raise_not_found('User not found', 'user_not_found');
  end if;
  return v_profile;
end;
$$;

-- From 20261125000900_admin_user_management.sql.
create or replace function public.admin_set_user_active(user_id uuid, active boolean)
returns public.profiles
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_org uuid := private.require_org_admin();
  v_profile public.profiles;
begin
  if active is null then
    raise exception 'active must be true or false' using errcode = '23514', hint = 'invalid_value';
  end if;
  update public.profiles p set is_active = admin_set_user_active.active
   where p.id = admin_set_user_active.user_id and p.organization_id = v_org
  returning * into v_profile;
  if not found then
    perform private.raise_not_found('User not found', 'user_not_found');
  end if;
  return v_profile;
end;
$$;

-- From 20261125000900_admin_user_management.sql.
create or replace function public.admin_reset_password(user_id uuid, new_password text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_org uuid := private.require_org_admin();
begin
  perform private.check_password(new_password);
  if not exists (
    select 1 from public.profiles p where p.id = admin_reset_password.user_id and p.organization_id = v_org
  ) then
    perform private.raise_not_found('User not found', 'user_not_found');
  end if;
  update auth.users u
     set encrypted_password = extensions.crypt(new_password, extensions.gen_salt('bf')), updated_at = now()
   where u.id = admin_reset_password.user_id;
end;
$$;

-- From 20261125001000_plan_clone_and_import.sql.
create or replace function public.plan_clone(source_plan_id uuid, fiscal_year integer)
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

-- From 20261126030100_framework_clone_and_plan_create.sql.
create or replace function public.framework_clone(source_framework_id uuid, fiscal_year integer)
returns uuid
language plpgsql
set search_path = ''
as $$
-- Copies the scheme, group weights, pass score and notes; every indicator (number, name, group, weight,
-- description) with its items; and the grade bands with their conditions. The name's year is replaced.
declare
  v_src public.frameworks;
  v_new uuid;
begin
  select * into v_src from public.frameworks f where f.id = framework_clone.source_framework_id;
  if not found then
    perform private.raise_not_found('Framework not found', 'not_found');
  end if;
  if not (select private.is_org_admin(v_src.organization_id)) then
    raise exception 'Only the ITA coordinator (admin) can copy frameworks' using errcode = '42501', hint = 'admin_required';
  end if;
  if framework_clone.fiscal_year is null or framework_clone.fiscal_year not between 2500 and 2700 then
    raise exception 'The fiscal year must be a Buddhist Era year such as 2566'
      using errcode = '23514', hint = 'invalid_fiscal_year';
  end if;
  if exists (select 1 from public.frameworks f
             where f.organization_id = v_src.organization_id and f.scheme = v_src.scheme
               and f.fiscal_year = framework_clone.fiscal_year) then
    raise exception 'This organisation already has a % framework for %', v_src.scheme, framework_clone.fiscal_year
      using errcode = '23505', hint = 'framework_exists';
  end if;

  insert into public.frameworks (organization_id, scheme, fiscal_year, name, iit_weight, eit_weight, oit_weight,
                                 pass_score, notes)
  values (v_src.organization_id, v_src.scheme, framework_clone.fiscal_year,
          replace(v_src.name, v_src.fiscal_year::text, framework_clone.fiscal_year::text),
          v_src.iit_weight, v_src.eit_weight, v_src.oit_weight, v_src.pass_score, v_src.notes)
  returning id into v_new;

  insert into public.framework_indicators (framework_id, organization_id, no, name, "group", weight, description)
  select v_new, i.organization_id, i.no, i.name, i."group", i.weight, i.description
  from public.framework_indicators i
  where i.framework_id = v_src.id;

  insert into public.framework_items (indicator_id, organization_id, code, title, sort_order)
  select ni.id, it.organization_id, it.code, it.title, it.sort_order
  from public.framework_items it
  join public.framework_indicators oi on oi.id = it.indicator_id and oi.framework_id = v_src.id
  join public.framework_indicators ni on ni.framework_id = v_new and ni.no = oi.no;

  insert into public.framework_grade_bands (framework_id, organization_id, label, min_score, max_score, conditions,
                                            sort_order)
  select v_new, b.organization_id, b.label, b.min_score, b.max_score, b.conditions, b.sort_order
  from public.framework_grade_bands b
  where b.framework_id = v_src.id;

  return v_new;
end;
$$;
