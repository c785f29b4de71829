-- Dashboard: every figure of the progress dashboard in one call, computed in the database as the caller
-- (security invoker), so row-level security decides what is counted: the director and the ITA coordinator
-- see the organisation, heads their department, staff the measures assigned to them.
--
-- The ITA score model (overall score, grade, points at stake, what-if) lives in the SPA
-- (web/src/features/dashboard/lib/score-model.ts); this function hands it the framework data
-- (group and indicator weights, grade bands with their conditions) and the plan's indicator scores.

-- Bangkok "today": the default as-of date of the dashboard and reminder functions.
create function private.bangkok_today()
returns date
language sql
stable
set search_path = ''
as $$
  select (now() at time zone 'Asia/Bangkok')::date
$$;
comment on function private.bangkok_today() is 'Today''s calendar date in Asia/Bangkok, whatever the session time zone.';
revoke execute on function private.bangkok_today() from public;
grant execute on function private.bangkok_today() to authenticated, service_role;

-- The fiscal-year calendar (B.E. year -> months), shared by the burn-up.
create function private.fiscal_year_months(p_fiscal_year integer)
returns setof date
language sql
immutable
set search_path = ''
as $$
  select generate_series(
    make_date(p_fiscal_year - 543 - 1, 10, 1),
    make_date(p_fiscal_year - 543, 9, 1),
    interval '1 month'
  )::date
$$;
comment on function private.fiscal_year_months(integer) is
  'First day of each month of a B.E. fiscal year, October to September (2565 -> 2021-10-01 .. 2022-09-01).';
revoke execute on function private.fiscal_year_months(integer) from public;
grant execute on function private.fiscal_year_months(integer) to authenticated, service_role;

-- Cheap under row-level security: each reference to a table with a policy evaluates the policy's helpers
-- (private.current_org_id() and friends) again, and helpers inside correlated subqueries showed up in the
-- bench. So every protected table is read once (plan indicators, assignees and profiles of the overdue
-- measures, framework indicators and bands as uncorrelated CTEs).
create function public.plan_dashboard(
  p_fiscal_year integer,
  p_as_of date default private.bangkok_today()
)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  with
  me as (
    select (select auth.uid()) as uid,
           (select private.current_org_id()) as org_id,
           (select private.current_user_role()) as role,
           (select private.current_department_id()) as dept_id
  ),
  plan as (
    select p.id, p.fiscal_year, p.title, p.status, p.ita_score, p.ita_grade, p.framework_id
    from public.plans p, me
    where p.organization_id = me.org_id and p.fiscal_year = p_fiscal_year
  ),
  -- The caller's measures of the plan. RLS already limits heads and staff to their department; the same
  -- scope is written out here so the figures are identical for a superuser running this SQL (bench), and
  -- staff see only the measures they are assigned to.
  scoped as (
    select m.id, m.no, m.title, m.plan_indicator_id, m.department_id, m.status, m.due_date, m.percent_complete,
           m.status <> 'cancelled' as counts,
           m.status not in ('approved', 'cancelled') and m.due_date < p_as_of as is_overdue,
           case when m.status = 'approved'
                then (coalesce(m.approved_at, m.status_changed_at) at time zone 'Asia/Bangkok')::date end as approved_on
    from public.measures m, me
    where m.plan_id = (select id from plan)
      and m.organization_id = me.org_id
      and (me.role in ('admin', 'director')
           or (me.role = 'head' and m.department_id = me.dept_id)
           or (me.role = 'staff' and m.department_id = me.dept_id and exists (
                 select 1 from public.measure_assignees a where a.measure_id = m.id and a.user_id = me.uid)))
  ),
  -- One pass, three groupings: per indicator, per department and the whole scope.
  figures as (
    select s.plan_indicator_id, s.department_id,
           grouping(s.plan_indicator_id) as g_indicator, grouping(s.department_id) as g_department,
           jsonb_build_object(
             'measures', count(*) filter (where s.counts),
             'not_started', count(*) filter (where s.status = 'not_started'),
             'in_progress', count(*) filter (where s.status = 'in_progress'),
             'submitted', count(*) filter (where s.status = 'submitted'),
             'returned', count(*) filter (where s.status = 'returned'),
             'approved', count(*) filter (where s.status = 'approved'),
             'cancelled', count(*) filter (where s.status = 'cancelled'),
             'percent_approved',
               round(100.0 * count(*) filter (where s.status = 'approved') / nullif(count(*) filter (where s.counts), 0), 2),
             'percent_complete', round(avg(s.percent_complete) filter (where s.counts), 2),
             'overdue', count(*) filter (where s.is_overdue),
             'next_due', min(s.due_date) filter (where s.status not in ('approved', 'cancelled') and s.due_date >= p_as_of)
           ) as figures
    from scoped s
    group by grouping sets ((s.plan_indicator_id), (s.department_id), ())
  ),
  empty as (
    select jsonb_build_object('measures', 0, 'not_started', 0, 'in_progress', 0, 'submitted', 0, 'returned', 0,
      'approved', 0, 'cancelled', 0, 'percent_approved', null, 'percent_complete', null, 'overdue', 0,
      'next_due', null) as figures
  ),
  -- Each table protected by RLS is read once (every reference evaluates its policy's helpers again).
  pis as materialized (
    select pi.id, pi.no, pi.name, pi."group", pi.score, pi.framework_indicator_id
    from public.plan_indicators pi
    where pi.plan_id = (select id from plan)
  ),
  indicators as (
    select coalesce(jsonb_agg(jsonb_build_object(
             'id', pi.id, 'no', pi.no, 'name', pi.name, 'group', pi."group", 'score', pi.score,
             'framework_indicator_id', pi.framework_indicator_id,
             'figures', coalesce(f.figures, (select figures from empty))
           ) order by pi.no), '[]'::jsonb) as list
    from pis pi
    left join figures f on f.plan_indicator_id = pi.id and f.g_indicator = 0
  ),
  overdue as materialized (
    select s.id, s.no, s.title, s.status, s.due_date, s.department_id, s.plan_indicator_id
    from scoped s where s.is_overdue
  ),
  owners as (
    select a.measure_id,
           jsonb_agg(jsonb_build_object('id', p.id, 'full_name', p.full_name) order by p.full_name) as list
    from public.measure_assignees a
    join public.profiles p on p.id = a.user_id
    where a.measure_id in (select id from overdue)
    group by a.measure_id
  ),
  overdue_lists as (
    select o.department_id,
           jsonb_agg(jsonb_build_object(
             'id', o.id, 'no', o.no, 'title', o.title, 'status', o.status, 'due_date', o.due_date,
             'indicator_no', pi.no, 'owners', coalesce(ow.list, '[]'::jsonb)
           ) order by o.due_date, pi.no, o.no) as list
    from overdue o
    join pis pi on pi.id = o.plan_indicator_id
    left join owners ow on ow.measure_id = o.id
    group by o.department_id
  ),
  departments as (
    select coalesce(jsonb_agg(jsonb_build_object(
             'id', d.id, 'name', d.name, 'code', d.code,
             'figures', f.figures,
             'overdue_measures', coalesce(o.list, '[]'::jsonb)
           ) order by d.sort_order, d.name), '[]'::jsonb) as list
    from figures f
    join public.departments d on d.id = f.department_id
    left join overdue_lists o on o.department_id = f.department_id
    where f.g_department = 0 and f.g_indicator = 1
  ),
  -- Burn-up: per month of the fiscal year, measures due by the end of the month (the plan's deadlines) and
  -- measures approved by then. Months after the as-of date have no "completed" figure yet.
  burnup as (
    select coalesce(jsonb_agg(jsonb_build_object(
             'month', mo.month,
             'due', (select count(*) from scoped s
                     where s.counts and s.due_date >= mo.month and s.due_date < (mo.month + interval '1 month')::date),
             'planned_cumulative', (select count(*) from scoped s
                     where s.counts and s.due_date < (mo.month + interval '1 month')::date),
             'completed', case when mo.month <= p_as_of then (select count(*) from scoped s
                     where s.approved_on >= mo.month and s.approved_on < (mo.month + interval '1 month')::date) end,
             'completed_cumulative', case when mo.month <= p_as_of then (select count(*) from scoped s
                     where s.approved_on < (mo.month + interval '1 month')::date) end
           ) order by mo.month), '[]'::jsonb) as list
    from private.fiscal_year_months(p_fiscal_year) as mo (month)
    where exists (select 1 from plan)
  ),
  framework_indicators as (
    select coalesce(jsonb_agg(jsonb_build_object('id', fi.id, 'no', fi.no, 'name', fi.name, 'group', fi."group",
             'weight', fi.weight) order by fi.no), '[]'::jsonb) as list
    from public.framework_indicators fi
    where fi.framework_id = (select framework_id from plan)
  ),
  framework_bands as (
    select coalesce(jsonb_agg(jsonb_build_object('label', b.label, 'min_score', b.min_score, 'max_score', b.max_score,
             'conditions', b.conditions) order by b.min_score desc, b.sort_order), '[]'::jsonb) as list
    from public.framework_grade_bands b
    where b.framework_id = (select framework_id from plan)
  ),
  framework as (
    select jsonb_build_object(
             'id', f.id, 'fiscal_year', f.fiscal_year, 'name', f.name, 'pass_score', f.pass_score,
             'group_weights', jsonb_build_object('IIT', f.iit_weight, 'EIT', f.eit_weight, 'OIT', f.oit_weight),
             'indicators', (select list from framework_indicators),
             'bands', (select list from framework_bands)
           ) as data
    from public.frameworks f
    where f.id = (select framework_id from plan)
  )
  select case when exists (select 1 from plan) then jsonb_build_object(
    'as_of', p_as_of,
    'scope', (select jsonb_build_object(
                'role', me.role, 'department_id', me.dept_id,
                'kind', case when me.role in ('admin', 'director') then 'organization'
                             when me.role = 'head' then 'department' else 'own' end)
              from me),
    'plan', (select jsonb_build_object('id', p.id, 'fiscal_year', p.fiscal_year, 'title', p.title, 'status', p.status,
               'ita_score', p.ita_score, 'ita_grade', p.ita_grade) from plan p),
    'framework', (select data from framework),
    'totals', coalesce((select figures from figures where g_indicator = 1 and g_department = 1),
                       (select figures from empty)),
    'indicators', (select list from indicators),
    'departments', (select list from departments),
    'burnup', (select list from burnup)
  ) end
$$;
comment on function public.plan_dashboard(integer, date) is
  'The dashboard of the caller''s plan for a B.E. fiscal year, as of a date (default: today in Bangkok), or null when '
  'there is no such plan. Runs as the caller: the director and admins see the organisation, heads their department, '
  'staff their own measures. Per indicator and per department: measures by status, percent approved, percent complete '
  '(mean of the measures'' percent_complete), overdue count (due before the as-of date and not approved/cancelled), '
  'next due date; per department the overdue measures with their owners; a monthly burn-up (due vs approved); and the '
  'framework data the score model needs. Cancelled measures are listed but not counted.';
revoke execute on function public.plan_dashboard(integer, date) from public, anon;
grant execute on function public.plan_dashboard(integer, date) to authenticated, service_role;

-- An index for the policy's filter: the policy adds organization_id = current_org_id() (and, for heads and
-- staff, department_id = their department) to the function's plan_id filter. Without an index on all three the
-- planner may walk every measure of the organisation (all its years) through measures_status_idx; with it, the
-- cost follows the plan's own rows. Assignees are read by measure_id (primary key).
create index measures_organization_plan_department_idx on public.measures (organization_id, plan_id, department_id);
