-- Trusted backfills (the demo seed, an import of past work run as service_role) can record events at the
-- time they really happened instead of now(): one clock, private.event_time(), for every trigger that stamps
-- "when" on a workflow row (measures, assignees, evidence, progress reports, comments, profiles) and on its
-- history (activity_log.occurred_at, reviews.reviewed_at). Who did it still comes from auth.uid(), i.e. the
-- request.jwt.claims setting, which a backfill sets per step as PostgREST would.
--
-- The time comes from the transaction-local setting ita.backfill_at, and only when the database role is not
-- anon or authenticated: every REST request runs as one of those (or service_role, which cannot run
-- set_config through the API), so the setting cannot move the clock for anything an end user does. Without
-- it everything is exactly as before (now()). activity_log and reviews stay append-only: nothing here
-- updates or deletes them; they are written by the same triggers at insert time.
--
-- The trigger functions below are the ones of the earlier migrations with now() replaced by
-- private.event_time(); measures_notify also writes no notifications during a backfill.

create function private.backfill_time()
returns timestamptz
language plpgsql
stable
set search_path = ''
as $$
declare
  v_raw text := nullif(btrim(current_setting('ita.backfill_at', true)), '');
  v_at timestamptz;
begin
  if v_raw is null then
    return null;
  end if;
  -- End users never backfill: the setting is ignored for the API's user roles, whatever set it.
  if coalesce(nullif(current_setting('role', true), ''), 'none') in ('anon', 'authenticated')
     or current_user in ('anon', 'authenticated') then
    return null;
  end if;
  begin
    v_at := v_raw::timestamptz;
  exception when others then
    raise exception 'ita.backfill_at must be a timestamp with time zone, got "%"', v_raw
      using errcode = '22007', hint = 'invalid_backfill_time';
  end;
  if v_at > now() then
    raise exception 'ita.backfill_at (%) is in the future: a backfill records the past', v_raw
      using errcode = '22008', hint = 'backfill_in_future';
  end if;
  return v_at;
end;
$$;
comment on function private.backfill_time() is
  'The event time a trusted backfill supplies, or null. Set it per transaction before each historical step: '
  'select set_config(''ita.backfill_at'', ''2022-03-31 14:00+07'', true) (with request.jwt.claims set to the '
  'person who acted, as PostgREST would: set_config(''request.jwt.claims'', json_build_object(''sub'', <uuid>, '
  '''role'', ''authenticated'')::text, true)). Honoured only when the database role is not anon or authenticated '
  '(a seed run by postgres, an import run as service_role); ignored for every REST user. A malformed value '
  'raises 22007 (hint invalid_backfill_time), a future one 22008 (hint backfill_in_future). Unset or empty: '
  'null, and private.event_time() is now().';

create function private.event_time()
returns timestamptz
language sql
stable
set search_path = ''
as $$
  select coalesce(private.backfill_time(), now())
$$;
comment on function private.event_time() is
  'The time triggers stamp on workflow rows and their history (created_at, status_changed_at, submitted_at, '
  'approved_at, assigned_at, activity_log.occurred_at, reviews.reviewed_at, …): now(), or the time a trusted '
  'backfill supplied in ita.backfill_at (see private.backfill_time()).';

revoke execute on function private.backfill_time(), private.event_time() from public;
-- Triggers that run as the caller (set_updated_at, profiles_guard) read the clock too.
grant execute on function private.backfill_time(), private.event_time() to authenticated, service_role;

create or replace function private.set_updated_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := private.event_time();
  return new;
end;
$$;

create or replace function private.profiles_guard()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := private.event_time();
  new.created_at := old.created_at;
  if new.id <> old.id or new.organization_id <> old.organization_id then
    raise exception 'A user cannot be moved to another organisation'
      using errcode = '42501', hint = 'organization_change_not_allowed';
  end if;
  if old.id = (select auth.uid())
     and (new.role <> old.role or new.department_id is distinct from old.department_id
          or new.is_active <> old.is_active or new.email is distinct from old.email) then
    raise exception 'You cannot change your own role, department, e-mail or active status'
      using errcode = '42501', hint = 'cannot_change_own_role';
  end if;
  if (select auth.uid()) is not null and not (select private.is_org_admin(old.organization_id))
     and (new.role <> old.role or new.department_id is distinct from old.department_id
          or new.is_active <> old.is_active or new.email is distinct from old.email) then
    raise exception 'Only the ITA coordinator can change roles, departments and accounts'
      using errcode = '42501', hint = 'not_allowed';
  end if;
  return new;
end;
$$;

create or replace function private.measures_before_insert()
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

create or replace function private.measures_before_update()
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

create or replace function private.measure_assignees_before_write()
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

create or replace function private.evidence_before_insert()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_measure public.measures;
  v_previous public.evidence;
  v_uid uuid := (select auth.uid());
  v_prefix text;
begin
  select * into v_measure from public.measures m where m.id = new.measure_id;
  if not found then
    return new; -- the foreign key reports it
  end if;
  new.organization_id := v_measure.organization_id;
  new.department_id := v_measure.department_id;
  new.superseded_by := null;
  if v_uid is not null then
    new.created_at := private.event_time();
    new.provided_by_user_id := v_uid;
    if new.provided_by_department_id is null then
      new.provided_by_department_id := (select p.department_id from public.profiles p where p.id = v_uid);
    end if;
    if v_measure.status in ('approved', 'cancelled') then
      raise exception 'This measure is % and locked; reopen it first', v_measure.status
        using errcode = 'P0001', hint = 'measure_locked';
    end if;
  end if;
  v_prefix := v_measure.organization_id || '/' || v_measure.department_id || '/' || v_measure.id || '/';
  if new.storage_bucket <> 'evidence' or left(new.storage_path, length(v_prefix)) <> v_prefix
     or substr(new.storage_path, length(v_prefix) + 1) !~ '^[0-9a-f-]{36}(\.[A-Za-z0-9]{1,10})?$' then
    raise exception 'Evidence must be stored in the evidence bucket at %<uuid>.<ext>', v_prefix
      using errcode = '23514', hint = 'invalid_storage_path';
  end if;
  new.version := 1;
  if new.replaces_evidence_id is not null then
    select * into v_previous from public.evidence e where e.id = new.replaces_evidence_id;
    if not found or v_previous.measure_id <> new.measure_id then
      raise exception 'The replaced evidence belongs to another measure'
        using errcode = '23514', hint = 'invalid_replacement';
    end if;
    if v_previous.superseded_by is not null then
      raise exception 'That evidence file was already replaced by a newer version'
        using errcode = '23514', hint = 'already_superseded';
    end if;
    new.version := v_previous.version + 1;
  end if;
  return new;
end;
$$;

create or replace function private.measure_child_before_write()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_measure public.measures;
  v_uid uuid := (select auth.uid());
begin
  if tg_op = 'UPDATE' then
    new.id := old.id;
    new.measure_id := old.measure_id;
    new.created_at := old.created_at;
    new.updated_at := private.event_time();
  elsif v_uid is not null then
    new.created_at := private.event_time();
    new.updated_at := private.event_time();
  end if;
  select * into v_measure from public.measures m where m.id = new.measure_id;
  if not found then
    return new;
  end if;
  new.organization_id := v_measure.organization_id;
  new.department_id := v_measure.department_id;
  if tg_table_name = 'comments' then
    if tg_op = 'UPDATE' then
      new.author_id := old.author_id;
    elsif v_uid is not null then
      new.author_id := v_uid;
    end if;
  elsif tg_table_name = 'progress_reports' then
    if v_uid is not null then
      new.reported_by := v_uid;
      if v_measure.status in ('approved', 'cancelled') then
        raise exception 'This measure is % and locked; reopen it first', v_measure.status
          using errcode = 'P0001', hint = 'measure_locked';
      end if;
    end if;
  end if;
  return new;
end;
$$;

create or replace function private.record_activity(
  p_organization_id uuid, p_department_id uuid, p_plan_id uuid, p_measure_id uuid,
  p_entity text, p_entity_id text, p_action text, p_detail jsonb, p_snapshot jsonb
)
returns void
language sql
security definer
set search_path = ''
as $$
  insert into public.activity_log
    (organization_id, department_id, plan_id, measure_id, entity, entity_id, action, actor_id, actor_role, occurred_at, detail, snapshot)
  values (
    p_organization_id, p_department_id, p_plan_id, p_measure_id, p_entity, p_entity_id, p_action,
    (select auth.uid()),
    (select p.role from public.profiles p where p.id = (select auth.uid())),
    private.event_time(),
    coalesce(p_detail, '{}'::jsonb), coalesce(p_snapshot, '{}'::jsonb)
  )
$$;

create or replace function private.measures_record_review()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into public.reviews
    (organization_id, department_id, measure_id, decision, note, reviewer_id, reviewed_at, measure_version, evidence_snapshot)
  values (
    new.organization_id, new.department_id, new.id,
    case new.status when 'approved' then 'approved'::public.review_decision else 'returned'::public.review_decision end,
    new.status_reason, (select auth.uid()), private.event_time(), new.version,
    coalesce((
      select jsonb_agg(jsonb_build_object(
               'id', e.id, 'original_filename', e.original_filename, 'storage_path', e.storage_path,
               'sha256', e.sha256, 'size_bytes', e.size_bytes, 'version', e.version) order by e.created_at, e.id)
      from public.evidence e
      where e.measure_id = new.id and e.superseded_by is null
    ), '[]'::jsonb)
  );
  return null;
end;
$$;

create or replace function private.measures_notify()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_actor uuid := (select auth.uid());
begin
  -- A backfill writes history; it does not notify anyone today about events of the past.
  if private.backfill_time() is not null then
    null;
  elsif new.status = 'submitted' then
    insert into public.notifications (user_id, organization_id, measure_id, kind, measure_title, due_date, note, actor_id)
    select p.id, new.organization_id, new.id, 'submitted', new.title, new.due_date, new.status_reason, v_actor
    from public.profiles p
    where p.organization_id = new.organization_id and p.department_id = new.department_id
      and p.role = 'head' and p.is_active and p.id is distinct from v_actor;
  elsif new.status in ('returned', 'approved') then
    insert into public.notifications (user_id, organization_id, measure_id, kind, measure_title, due_date, note, actor_id)
    select a.user_id, new.organization_id, new.id, new.status::text::public.notification_kind, new.title, new.due_date,
           new.status_reason, v_actor
    from public.measure_assignees a
    join public.profiles p on p.id = a.user_id and p.is_active
    where a.measure_id = new.id and a.user_id is distinct from v_actor;
  end if;

  -- What the notifications asked for is done: resolve them for everyone.
  if old.status = 'submitted' then
    update public.notifications n set read_at = private.event_time()
    where n.measure_id = new.id and n.kind = 'submitted' and n.read_at is null;
  end if;
  if new.status in ('approved', 'cancelled') then
    update public.notifications n set read_at = private.event_time()
    where n.measure_id = new.id and n.kind in ('due_30', 'due_7', 'due_1', 'overdue') and n.read_at is null;
  end if;
  return null;
end;
$$;

comment on function private.measures_notify() is
  'Trigger: notifies the department''s heads when a measure is submitted, its assignees when it is returned or '
  'approved (never the person who acted), and resolves review requests and reminders that no longer apply. '
  'A trusted backfill (private.backfill_time() not null) writes no new notifications: it records the past.';
comment on function private.record_activity(uuid, uuid, uuid, uuid, text, text, text, jsonb, jsonb) is
  'Appends one activity_log row: actor = auth.uid() (and their role), occurred_at = private.event_time().';
comment on column public.activity_log.actor_id is
  'auth.uid() of the caller; null for service_role and set-up steps (shown as "ระบบ"). The demo seed sets '
  'request.jwt.claims per step, so its history names the people who acted.';
comment on column public.activity_log.occurred_at is
  'When it happened: now(), or the time a trusted backfill supplied (private.event_time()).';
comment on column public.reviews.reviewed_at is
  'When the decision was made: now(), or the time a trusted backfill supplied (private.event_time()).';
