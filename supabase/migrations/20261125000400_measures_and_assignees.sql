-- Measures (มาตรการ): the tracked tasks, their assignees, the access helpers built on them,
-- and the workflow rules, enforced here so that a direct REST write cannot bypass them.

create table public.measures (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null default private.current_org_id(),
  plan_id uuid not null,
  plan_indicator_id uuid not null,
  department_id uuid not null,
  no integer,
  title text not null check (btrim(title) <> ''),
  detail text,
  start_date date,
  due_date date,
  status public.measure_status not null default 'not_started',
  status_reason text,
  percent_complete integer not null default 0 check (percent_complete between 0 and 100),
  version integer not null default 1,
  status_changed_at timestamptz,
  status_changed_by uuid references public.profiles (id),
  submitted_at timestamptz,
  approved_at timestamptz,
  approved_by uuid references public.profiles (id),
  source_measure_id uuid references public.measures (id) on delete set null,
  created_by uuid default auth.uid() references public.profiles (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (plan_id, organization_id) references public.plans (id, organization_id),
  foreign key (plan_indicator_id, plan_id) references public.plan_indicators (id, plan_id),
  foreign key (department_id, organization_id) references public.departments (id, organization_id),
  check (start_date is null or due_date is null or start_date <= due_date),
  unique (id, organization_id),
  unique (id, department_id)
);
comment on table public.measures is
  'An improvement measure (มาตรการ) of a plan indicator, owned by a department: the tracked task with assignees, '
  'dates, status workflow and optimistic-concurrency version.';
comment on column public.measures.organization_id is 'Set from the plan by trigger.';
comment on column public.measures.status is 'Changed only along the workflow (see type measure_status); use the *_measure RPCs.';
comment on column public.measures.status_reason is
  'Reason or note given with the latest status change (required to return, reopen and cancel); null otherwise.';
comment on column public.measures.version is
  'Optimistic concurrency: send the version you read; a different one fails with PT409 (HTTP 409). Bumped by every update.';
comment on column public.measures.source_measure_id is 'The measure this one was cloned from (plan_clone).';
alter table public.measures enable row level security;
create index measures_organization_id_idx on public.measures (organization_id);
create index measures_department_id_idx on public.measures (department_id);
create index measures_plan_id_idx on public.measures (plan_id);
create index measures_plan_indicator_id_idx on public.measures (plan_indicator_id);
create index measures_status_idx on public.measures (organization_id, status);

create table public.measure_assignees (
  measure_id uuid not null,
  user_id uuid not null references public.profiles (id),
  organization_id uuid not null default private.current_org_id(),
  department_id uuid not null default private.current_department_id(),
  assigned_by uuid default auth.uid() references public.profiles (id),
  assigned_at timestamptz not null default now(),
  primary key (measure_id, user_id),
  foreign key (measure_id, organization_id) references public.measures (id, organization_id) on delete cascade,
  foreign key (measure_id, department_id) references public.measures (id, department_id) on delete cascade on update cascade
);
comment on table public.measure_assignees is
  'People responsible for a measure; always members of the measure''s department. organization_id and department_id '
  'are copied from the measure by trigger.';
alter table public.measure_assignees enable row level security;
create index measure_assignees_user_id_idx on public.measure_assignees (user_id);
create index measure_assignees_organization_id_idx on public.measure_assignees (organization_id);
create index measure_assignees_department_id_idx on public.measure_assignees (department_id);

-- Access helpers on measures -----------------------------------------------------------

create function private.is_measure_assignee(p_measure_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.measure_assignees a
    where a.measure_id = p_measure_id and a.user_id = (select auth.uid())
  )
$$;
comment on function private.is_measure_assignee(uuid) is 'Whether the caller is assigned to the measure.';

create function private.can_read_measure(p_measure_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1
    from public.measures m
    join public.profiles p on p.id = (select auth.uid()) and p.is_active and p.organization_id = m.organization_id
    where m.id = p_measure_id
      and (p.role in ('admin', 'director') or p.department_id = m.department_id)
  )
$$;
comment on function private.can_read_measure(uuid) is
  'Admins and the director read every measure of their organisation; heads and staff those of their department.';

create function private.can_manage_measure(p_measure_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1
    from public.measures m
    join public.profiles p on p.id = (select auth.uid()) and p.is_active and p.organization_id = m.organization_id
    where m.id = p_measure_id
      and (p.role = 'admin' or (p.role = 'head' and p.department_id = m.department_id))
  )
$$;
comment on function private.can_manage_measure(uuid) is 'Admins, and the head of the owner department: edit, assign, approve, return.';

create function private.can_work_on_measure(p_measure_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select (select private.can_manage_measure(p_measure_id))
    or exists (
      select 1
      from public.measures m
      join public.measure_assignees a on a.measure_id = m.id and a.user_id = (select auth.uid())
      join public.profiles p on p.id = a.user_id and p.is_active
        and p.organization_id = m.organization_id and p.department_id = m.department_id
      where m.id = p_measure_id
    )
$$;
comment on function private.can_work_on_measure(uuid) is
  'Managers plus the measure''s active assignees: start, submit, report progress, upload evidence.';

revoke execute on function private.is_measure_assignee(uuid), private.can_read_measure(uuid),
  private.can_manage_measure(uuid), private.can_work_on_measure(uuid) from public;
grant execute on function private.is_measure_assignee(uuid), private.can_read_measure(uuid),
  private.can_manage_measure(uuid), private.can_work_on_measure(uuid) to authenticated, service_role;

-- Workflow -----------------------------------------------------------------------------
-- The transition table, as data the triggers and RPCs share.
create function private.measure_transition(p_from public.measure_status, p_to public.measure_status)
returns text
language sql
immutable
set search_path = ''
as $$
  select case
    when p_from = 'not_started' and p_to = 'in_progress' then 'start'
    when p_from = 'returned' and p_to = 'in_progress' then 'start'
    when p_from = 'in_progress' and p_to = 'submitted' then 'submit'
    when p_from = 'submitted' and p_to = 'approved' then 'approve'
    when p_from = 'submitted' and p_to = 'returned' then 'return'
    when p_from = 'approved' and p_to = 'in_progress' then 'reopen'
    when p_from = 'cancelled' and p_to = 'not_started' then 'reopen'
    when p_from in ('not_started', 'in_progress', 'submitted', 'returned') and p_to = 'cancelled' then 'cancel'
  end
$$;
comment on function private.measure_transition(public.measure_status, public.measure_status) is
  'The workflow action for a status change, or null when the change is not allowed.';

-- Columns the triggers maintain; never compared as "user changes".
create function private.measure_managed_columns()
returns text[]
language sql
immutable
set search_path = ''
as $$
  select array['version', 'updated_at', 'status_changed_at', 'status_changed_by', 'submitted_at', 'approved_at',
               'approved_by', 'created_at', 'created_by']
$$;

create function private.measure_changed_columns(p_old public.measures, p_new public.measures)
returns text[]
language sql
stable
set search_path = ''
as $$
  select coalesce(array_agg(n.key order by n.key), '{}')
  from jsonb_each(to_jsonb(p_new)) n
  join jsonb_each(to_jsonb(p_old)) o using (key)
  where n.value is distinct from o.value and n.key <> all (private.measure_managed_columns())
$$;
comment on function private.measure_changed_columns(public.measures, public.measures) is
  'Names of the user-visible columns that differ between two versions of a measure.';

create function private.measures_before_insert()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
begin
  select p.organization_id into new.organization_id from public.plans p where p.id = new.plan_id;
  new.version := 1;
  if v_uid is not null then
    new.created_at := private.event_time();
    new.updated_at := private.event_time();
    -- End users start every measure at the beginning of the workflow.
    if new.status <> 'not_started' then
      raise exception 'A new measure starts as not started'
        using errcode = 'P0001', hint = 'transition_not_allowed';
    end if;
    new.created_by := v_uid;
    new.status_reason := null;
    new.status_changed_at := null;
    new.status_changed_by := null;
    new.submitted_at := null;
    new.approved_at := null;
    new.approved_by := null;
  end if;
  return new;
end;
$$;

create function private.measures_before_update()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_role public.user_role;
  v_dept uuid;
  v_is_manager boolean := true;
  v_changed text[];
  v_action text;
  v_reason text;
  v_staff_fields constant text[] := array['status', 'status_reason', 'percent_complete'];
begin
  if new.version is distinct from old.version then
    raise exception 'This measure was changed by someone else (your version %, current %). Reload and try again.',
      new.version, old.version
      using errcode = 'PT409', hint = 'version_conflict';
  end if;

  v_changed := private.measure_changed_columns(old, new);
  if 'id' = any (v_changed) or 'organization_id' = any (v_changed) or 'plan_id' = any (v_changed) then
    raise exception 'A measure cannot be moved to another plan or organisation'
      using errcode = '42501', hint = 'field_not_allowed';
  end if;

  if v_uid is not null then
    select p.role, p.department_id into v_role, v_dept
    from public.profiles p where p.id = v_uid and p.is_active and p.organization_id = old.organization_id;
    if v_role is null then
      raise exception 'You cannot change this measure' using errcode = '42501', hint = 'not_allowed';
    end if;
    v_is_manager := v_role = 'admin' or (v_role = 'head' and v_dept = old.department_id);
    if not v_is_manager and not (
      v_role in ('staff', 'head') and v_dept = old.department_id
      and exists (select 1 from public.measure_assignees a where a.measure_id = old.id and a.user_id = v_uid)
    ) then
      raise exception 'You cannot change this measure' using errcode = '42501', hint = 'not_allowed';
    end if;
    if not v_is_manager and exists (select unnest(v_changed) except select unnest(v_staff_fields)) then
      raise exception 'Assignees may change only the progress and the status of a measure'
        using errcode = '42501', hint = 'field_not_allowed';
    end if;
    if 'department_id' = any (v_changed) and v_role <> 'admin' then
      raise exception 'Only the ITA coordinator can move a measure to another department'
        using errcode = '42501', hint = 'field_not_allowed';
    end if;
  end if;

  v_reason := case when new.status_reason is distinct from old.status_reason then nullif(btrim(new.status_reason), '') end;

  if new.status = old.status then
    new.status_reason := old.status_reason;
    if v_uid is not null and old.status in ('approved', 'cancelled') and cardinality(v_changed) > 0
       and v_changed <> array['status_reason'] then
      raise exception 'This measure is % and locked; reopen it first', old.status
        using errcode = 'P0001', hint = 'measure_locked';
    end if;
  else
    v_action := private.measure_transition(old.status, new.status);
    if v_action is null then
      raise exception 'A measure cannot go from % to %', old.status, new.status
        using errcode = 'P0001', hint = 'transition_not_allowed';
    end if;
    if v_uid is not null then
      if v_action in ('approve', 'return', 'reopen', 'cancel') and not v_is_manager then
        raise exception 'Only the head of the department or the ITA coordinator can % a measure', v_action
          using errcode = '42501', hint = 'transition_forbidden';
      end if;
      if v_action in ('start', 'submit') and v_role = 'director' then
        raise exception 'The director cannot % a measure', v_action
          using errcode = '42501', hint = 'transition_forbidden';
      end if;
      if v_action = 'submit' and not exists (
        select 1 from public.evidence e where e.measure_id = old.id and e.superseded_by is null
      ) then
        raise exception 'Attach at least one evidence file before submitting'
          using errcode = 'P0001', hint = 'evidence_required';
      end if;
      if v_action in ('return', 'reopen', 'cancel') and v_reason is null then
        raise exception 'A reason is required to % a measure', v_action
          using errcode = 'P0001', hint = 'reason_required';
      end if;
    end if;
    new.status_reason := v_reason;
    new.status_changed_at := private.event_time();
    new.status_changed_by := v_uid;
    if v_action = 'submit' then
      new.submitted_at := private.event_time();
    elsif v_action = 'approve' then
      new.approved_at := private.event_time();
      new.approved_by := v_uid;
      new.percent_complete := 100;
    elsif v_action = 'reopen' then
      new.approved_at := null;
      new.approved_by := null;
    end if;
  end if;

  if 'department_id' = any (v_changed) then
    -- Assignees belong to the owner department: moving the measure unassigns them.
    delete from public.measure_assignees a where a.measure_id = old.id;
  end if;

  new.version := old.version + 1;
  new.updated_at := private.event_time();
  new.created_at := old.created_at;
  new.created_by := old.created_by;
  if v_uid is not null and new.status = old.status then
    new.status_changed_at := old.status_changed_at;
    new.status_changed_by := old.status_changed_by;
    new.submitted_at := old.submitted_at;
    new.approved_at := old.approved_at;
    new.approved_by := old.approved_by;
  end if;
  return new;
end;
$$;
comment on function private.measures_before_update() is
  'Trigger: optimistic concurrency (PT409), who may change what, the transition table, evidence/reason rules and the approved lock.';

create function private.measures_before_delete()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if (select auth.uid()) is not null and old.status not in ('not_started', 'cancelled') then
    raise exception 'Only measures that are not started or cancelled can be deleted; cancel it instead'
      using errcode = 'P0001', hint = 'measure_not_deletable';
  end if;
  return old;
end;
$$;

create trigger measures_before_insert before insert on public.measures
  for each row execute function private.measures_before_insert();
create trigger measures_before_update before update on public.measures
  for each row execute function private.measures_before_update();
create trigger measures_before_delete before delete on public.measures
  for each row execute function private.measures_before_delete();

-- Assignees: copy organisation and department from the measure, check membership and the lock.
create function private.measure_assignees_before_write()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_measure public.measures;
begin
  if tg_op = 'DELETE' then
    select * into v_measure from public.measures m where m.id = old.measure_id;
    if found and (select auth.uid()) is not null and v_measure.status = 'approved' then
      raise exception 'This measure is approved and locked; reopen it first'
        using errcode = 'P0001', hint = 'measure_locked';
    end if;
    return old;
  end if;
  select * into v_measure from public.measures m where m.id = new.measure_id;
  if not found then
    return new; -- the foreign key reports it
  end if;
  new.organization_id := v_measure.organization_id;
  new.department_id := v_measure.department_id;
  if tg_op = 'INSERT' then
    if (select auth.uid()) is not null then
      new.assigned_at := private.event_time();
      new.assigned_by := (select auth.uid());
      if v_measure.status in ('approved', 'cancelled') then
        raise exception 'This measure is % and locked; reopen it first', v_measure.status
          using errcode = 'P0001', hint = 'measure_locked';
      end if;
    end if;
  end if;
  if not exists (
    select 1 from public.profiles p
    where p.id = new.user_id and p.is_active and p.organization_id = v_measure.organization_id
      and p.department_id = v_measure.department_id and p.role in ('head', 'staff')
  ) then
    raise exception 'Assignees must be active members of the measure''s department'
      using errcode = '23514', hint = 'assignee_not_in_department';
  end if;
  return new;
end;
$$;

create trigger measure_assignees_before_insert before insert or update on public.measure_assignees
  for each row execute function private.measure_assignees_before_write();
create trigger measure_assignees_before_delete before delete on public.measure_assignees
  for each row execute function private.measure_assignees_before_write();

-- Policies ---------------------------------------------------------------------------------
create policy "members read measures of their department, admins and the director all" on public.measures
  for select to authenticated
  using (
    organization_id = (select private.current_org_id())
    and ((select private.current_user_role()) in ('admin', 'director')
         or department_id = (select private.current_department_id()))
  );

create policy "heads create measures in their department, admins in any" on public.measures
  for insert to authenticated
  with check (
    organization_id = (select private.current_org_id())
    and ((select private.current_user_role()) = 'admin'
         or ((select private.current_user_role()) = 'head' and department_id = (select private.current_department_id())))
  );

create policy "heads and admins update, assignees update their own measures" on public.measures
  for update to authenticated
  using (
    organization_id = (select private.current_org_id())
    and ((select private.current_user_role()) = 'admin'
         or ((select private.current_user_role()) in ('head', 'staff')
             and department_id = (select private.current_department_id())
             and ((select private.current_user_role()) = 'head' or (select private.is_measure_assignee(id)))))
  )
  with check (
    organization_id = (select private.current_org_id())
    and ((select private.current_user_role()) = 'admin'
         or ((select private.current_user_role()) in ('head', 'staff')
             and department_id = (select private.current_department_id())))
  );

create policy "heads delete measures of their department, admins any" on public.measures
  for delete to authenticated
  using (
    organization_id = (select private.current_org_id())
    and ((select private.current_user_role()) = 'admin'
         or ((select private.current_user_role()) = 'head' and department_id = (select private.current_department_id())))
  );

create policy "members read assignees of measures they can read" on public.measure_assignees
  for select to authenticated
  using (
    organization_id = (select private.current_org_id())
    and ((select private.current_user_role()) in ('admin', 'director')
         or department_id = (select private.current_department_id()))
  );

create policy "heads and admins assign" on public.measure_assignees
  for insert to authenticated
  with check (organization_id = (select private.current_org_id()) and (select private.can_manage_measure(measure_id)));

create policy "heads and admins unassign" on public.measure_assignees
  for delete to authenticated
  using (organization_id = (select private.current_org_id()) and (select private.can_manage_measure(measure_id)));

revoke truncate on public.measures, public.measure_assignees from anon, authenticated;
