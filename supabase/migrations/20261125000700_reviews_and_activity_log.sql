-- Review decisions (approve/return) with the evidence set at that moment, and the append-only
-- activity log. Both are written only by triggers.

create table public.reviews (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null,
  department_id uuid not null,
  measure_id uuid not null,
  decision public.review_decision not null,
  note text,
  reviewer_id uuid references public.profiles (id),
  reviewed_at timestamptz not null default now(),
  measure_version integer not null,
  evidence_snapshot jsonb not null default '[]'::jsonb,
  foreign key (measure_id, organization_id) references public.measures (id, organization_id),
  foreign key (measure_id, department_id) references public.measures (id, department_id) on update cascade
);
comment on table public.reviews is
  'A head''s or admin''s decision on a submitted measure: who, when, approved/returned, note (the reason when returned) and '
  'the evidence files (id, name, sha256, version) current at that moment. Written by trigger; never edited.';
comment on column public.reviews.reviewed_at is
  'When the decision was made: now(), or the time a trusted backfill supplied (private.event_time()).';
alter table public.reviews enable row level security;
create index reviews_measure_id_idx on public.reviews (measure_id, reviewed_at);
create index reviews_organization_id_idx on public.reviews (organization_id);
create index reviews_department_id_idx on public.reviews (department_id);
create index reviews_reviewer_id_idx on public.reviews (reviewer_id);

create table public.activity_log (
  id bigint generated always as identity primary key,
  organization_id uuid not null,
  department_id uuid,
  plan_id uuid,
  measure_id uuid,
  entity text not null,
  entity_id text not null,
  action text not null,
  actor_id uuid,
  actor_role public.user_role,
  occurred_at timestamptz not null default now(),
  detail jsonb not null default '{}'::jsonb,
  snapshot jsonb not null
);
comment on table public.activity_log is
  'Append-only record of every create, assignment, status change, upload, approval and comment: actor, time, action, '
  'details (from/to status, reason, changed fields) and a JSON snapshot of the row. Written by triggers only; no one, '
  'not even admins or service_role, can update or delete it. No foreign keys, so history outlives what it describes.';
comment on column public.activity_log.action is
  'e.g. measure.create, measure.update, measure.start, measure.submit, measure.approve, measure.return, measure.reopen, '
  'measure.cancel, measure.assign, measure.unassign, evidence.upload, evidence.remove, progress.report, comment.create.';
comment on column public.activity_log.actor_id is
  'auth.uid() of the caller; null for service_role and set-up steps (shown as "ระบบ"). The demo seed sets '
  'request.jwt.claims per step, so its history names the people who acted.';
comment on column public.activity_log.occurred_at is
  'When it happened: now(), or the time a trusted backfill supplied (private.event_time()).';
alter table public.activity_log enable row level security;
create index activity_log_organization_id_idx on public.activity_log (organization_id, occurred_at desc);
create index activity_log_department_id_idx on public.activity_log (department_id);
create index activity_log_measure_id_idx on public.activity_log (measure_id, id);

-- Append-only: raises on update, delete and truncate for everyone.
create function private.append_only()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  -- Reviews follow their measure to another department (foreign key cascade); nothing else changes.
  if tg_table_name = 'reviews' and tg_op = 'UPDATE'
     and (to_jsonb(new) - 'department_id') = (to_jsonb(old) - 'department_id') then
    return new;
  end if;
  raise exception '% is append-only: rows cannot be updated or deleted', tg_table_name
    using errcode = '42501', hint = 'append_only';
end;
$$;

create trigger activity_log_append_only before update or delete on public.activity_log
  for each row execute function private.append_only();
create trigger activity_log_no_truncate before truncate on public.activity_log
  for each statement execute function private.append_only();
create trigger reviews_append_only before update or delete on public.reviews
  for each row execute function private.append_only();
create trigger reviews_no_truncate before truncate on public.reviews
  for each statement execute function private.append_only();

revoke insert, update, delete, truncate on public.activity_log from anon, authenticated, service_role;
revoke insert, update, delete, truncate on public.reviews from anon, authenticated, service_role;

-- Writing the log ---------------------------------------------------------------------------------
create function private.record_activity(
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
comment on function private.record_activity(uuid, uuid, uuid, uuid, text, text, text, jsonb, jsonb) is
  'Appends one activity_log row: actor = auth.uid() (and their role), occurred_at = private.event_time().';
revoke execute on function private.record_activity(uuid, uuid, uuid, uuid, text, text, text, jsonb, jsonb) from public;

create function private.log_activity()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_row jsonb := case when tg_op = 'DELETE' then to_jsonb(old) else to_jsonb(new) end;
  v_old jsonb := case when tg_op = 'INSERT' then null else to_jsonb(old) end;
  v_action text;
  v_detail jsonb := '{}'::jsonb;
  v_plan uuid;
  v_measure uuid;
  v_entity_id text;
  v_changed text[];
begin
  if tg_table_name = 'measures' then
    v_measure := (v_row ->> 'id')::uuid;
    v_plan := (v_row ->> 'plan_id')::uuid;
    if tg_op = 'UPDATE' then
      v_changed := private.measure_changed_columns(old, new);
      if old.status is distinct from new.status then
        v_action := 'measure.' || coalesce(private.measure_transition(old.status, new.status), 'status');
        v_detail := jsonb_build_object('from', old.status, 'to', new.status, 'reason', new.status_reason);
      else
        v_action := 'measure.update';
      end if;
      v_detail := v_detail || jsonb_build_object('changed', to_jsonb(v_changed), 'version', new.version);
    else
      v_action := case tg_op when 'INSERT' then 'measure.create' else 'measure.delete' end;
    end if;
  elsif tg_table_name = 'measure_assignees' then
    v_measure := (v_row ->> 'measure_id')::uuid;
    v_action := case tg_op when 'INSERT' then 'measure.assign' when 'DELETE' then 'measure.unassign' end;
    v_detail := jsonb_build_object('user_id', v_row ->> 'user_id');
  elsif tg_table_name = 'evidence' then
    v_measure := (v_row ->> 'measure_id')::uuid;
    v_action := case tg_op when 'INSERT' then 'evidence.upload' when 'DELETE' then 'evidence.remove' end;
    v_detail := jsonb_build_object('original_filename', v_row ->> 'original_filename',
      'version', (v_row ->> 'version')::integer, 'replaces_evidence_id', v_row ->> 'replaces_evidence_id');
  elsif tg_table_name = 'progress_reports' then
    v_measure := (v_row ->> 'measure_id')::uuid;
    if tg_op = 'UPDATE' and (v_row - 'department_id' - 'updated_at') = (v_old - 'department_id' - 'updated_at') then
      return null;
    end if;
    v_action := case tg_op when 'INSERT' then 'progress.report' when 'UPDATE' then 'progress.update' else 'progress.delete' end;
    v_detail := jsonb_build_object('period', v_row ->> 'period', 'percent', (v_row ->> 'percent')::integer);
  elsif tg_table_name = 'comments' then
    v_measure := (v_row ->> 'measure_id')::uuid;
    if tg_op = 'UPDATE' and (v_row ->> 'body') = (v_old ->> 'body') then
      return null;
    end if;
    v_action := case tg_op when 'INSERT' then 'comment.create' when 'UPDATE' then 'comment.edit' else 'comment.delete' end;
  elsif tg_table_name = 'plans' then
    v_plan := (v_row ->> 'id')::uuid;
    v_action := 'plan.' || case tg_op when 'INSERT' then 'create' when 'UPDATE' then 'update' else 'delete' end;
  elsif tg_table_name = 'profiles' then
    v_action := 'user.' || case tg_op when 'INSERT' then 'create' when 'UPDATE' then 'update' else 'delete' end;
    if tg_op = 'UPDATE' then
      v_detail := jsonb_build_object('changed', (
        select coalesce(jsonb_agg(n.key order by n.key), '[]'::jsonb)
        from jsonb_each(v_row) n join jsonb_each(v_old) o using (key)
        where n.value is distinct from o.value and n.key <> 'updated_at'));
    end if;
  elsif tg_table_name = 'departments' then
    v_action := 'department.' || case tg_op when 'INSERT' then 'create' when 'UPDATE' then 'update' else 'delete' end;
  else
    v_action := tg_table_name || '.' || lower(tg_op);
  end if;
  if v_action is null then
    return null;
  end if;
  v_entity_id := coalesce(v_row ->> 'id', (v_row ->> 'measure_id') || '/' || (v_row ->> 'user_id'));
  perform private.record_activity(
    (v_row ->> 'organization_id')::uuid,
    case when tg_table_name in ('plans', 'departments') then null
         when tg_table_name = 'profiles' then null
         else (v_row ->> 'department_id')::uuid end,
    v_plan, v_measure, tg_table_name, v_entity_id, v_action, v_detail, v_row);
  return null;
end;
$$;
comment on function private.log_activity() is 'Trigger: one activity_log row per changed row of the audited tables.';

create trigger measures_log after insert or update or delete on public.measures
  for each row execute function private.log_activity();
create trigger measure_assignees_log after insert or delete on public.measure_assignees
  for each row execute function private.log_activity();
create trigger evidence_log after insert or delete on public.evidence
  for each row execute function private.log_activity();
create trigger progress_reports_log after insert or update or delete on public.progress_reports
  for each row execute function private.log_activity();
create trigger comments_log after insert or update or delete on public.comments
  for each row execute function private.log_activity();
create trigger plans_log after insert or update or delete on public.plans
  for each row execute function private.log_activity();
create trigger profiles_log after insert or update on public.profiles
  for each row execute function private.log_activity();
create trigger departments_log after insert or update or delete on public.departments
  for each row execute function private.log_activity();

-- Reviews: written when a measure is approved or returned, with the evidence current at that moment.
create function private.measures_record_review()
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

create trigger measures_record_review after update of status on public.measures
  for each row
  when (old.status = 'submitted' and new.status in ('approved', 'returned'))
  execute function private.measures_record_review();

-- Policies: readers of a measure read its reviews and history; organisation-level history is for
-- admins and the director. No insert/update/delete policies on either table.
create policy "members read reviews of measures they can read" on public.reviews
  for select to authenticated
  using (
    organization_id = (select private.current_org_id())
    and ((select private.current_user_role()) in ('admin', 'director')
         or department_id = (select private.current_department_id()))
  );

create policy "members read the history of what they can read" on public.activity_log
  for select to authenticated
  using (
    organization_id = (select private.current_org_id())
    and ((select private.current_user_role()) in ('admin', 'director')
         or department_id = (select private.current_department_id()))
  );
