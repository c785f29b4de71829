-- Admin RPCs behind the coordinator's screens: copy a year's assessment framework into a new fiscal year, and
-- create an empty plan for a year with the indicators of that year's framework. Each is one transaction and runs
-- as the caller (security invoker), so row-level security applies as for any admin write.

create function public.framework_clone(source_framework_id uuid, fiscal_year integer)
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
comment on function public.framework_clone(uuid, integer) is
  'Admin only: copies a framework (weights, indicators with items, grade bands) into another fiscal year of the same '
  'organisation. Hints: framework_exists, invalid_fiscal_year. Returns the new framework id.';

create function public.plan_create(fiscal_year integer, title text)
returns uuid
language plpgsql
set search_path = ''
as $$
-- A draft plan for the admin's organisation, linked to that year's ITA framework when there is one, with the
-- framework's indicators (number, name, group; no score or analysis yet). Without a framework the plan starts
-- without indicators and the coordinator adds them.
declare
  v_org uuid := private.require_org_admin();
  v_framework uuid;
  v_plan uuid;
begin
  if plan_create.fiscal_year is null or plan_create.fiscal_year not between 2500 and 2700 then
    raise exception 'The fiscal year must be a Buddhist Era year such as 2566'
      using errcode = '23514', hint = 'invalid_fiscal_year';
  end if;
  if nullif(btrim(plan_create.title), '') is null then
    raise exception 'The plan needs a title' using errcode = '23514', hint = 'title_required';
  end if;
  if exists (select 1 from public.plans p where p.organization_id = v_org and p.fiscal_year = plan_create.fiscal_year) then
    raise exception 'This organisation already has a plan for %', plan_create.fiscal_year
      using errcode = '23505', hint = 'plan_exists';
  end if;
  select f.id into v_framework from public.frameworks f
   where f.organization_id = v_org and f.scheme = 'ITA' and f.fiscal_year = plan_create.fiscal_year;

  insert into public.plans (organization_id, framework_id, fiscal_year, title, status)
  values (v_org, v_framework, plan_create.fiscal_year, btrim(plan_create.title), 'draft')
  returning id into v_plan;

  insert into public.plan_indicators (plan_id, organization_id, framework_indicator_id, no, name, "group")
  select v_plan, v_org, fi.id, fi.no, fi.name, fi."group"
  from public.framework_indicators fi
  where fi.framework_id = v_framework
  order by fi.no;

  return v_plan;
end;
$$;
comment on function public.plan_create(integer, text) is
  'Admin only: creates a draft plan for a fiscal year with the indicators of that year''s ITA framework. '
  'Hints: plan_exists, invalid_fiscal_year, title_required. Returns the plan id.';

revoke execute on function public.framework_clone(uuid, integer), public.plan_create(integer, text) from public, anon;
grant execute on function public.framework_clone(uuid, integer), public.plan_create(integer, text) to authenticated;
