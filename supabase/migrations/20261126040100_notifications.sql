-- In-app notifications: workflow events written by a trigger on measures (submitted -> the department's
-- heads; returned and approved -> the assignees) and deadline reminders (due in 30, 7 and 1 days, overdue)
-- written by private.generate_due_notifications(), which the app calls for the signed-in user through
-- public.refresh_my_notifications() and a scheduled job can call for everyone (pg_cron, below).
-- The same SQL runs on the embedded stack and on hosted Supabase.

create type public.notification_kind as enum ('due_30', 'due_7', 'due_1', 'overdue', 'returned', 'submitted', 'approved');
comment on type public.notification_kind is
  'due_30/due_7/due_1: an open measure is due within 30/7/1 days; overdue: past its due date and not done; '
  'returned: sent back to its assignees; submitted: waiting for the head''s review; approved: approved, to its assignees.';

create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  measure_id uuid references public.measures (id) on delete cascade,
  kind public.notification_kind not null,
  measure_title text not null,
  due_date date,
  note text,
  actor_id uuid references public.profiles (id),
  created_at timestamptz not null default now(),
  read_at timestamptz
);
comment on table public.notifications is
  'A notification for one user about one measure: a workflow event (submitted, returned, approved) or a deadline '
  'reminder (due_30, due_7, due_1, overdue). Written by triggers and private.generate_due_notifications() only; the '
  'user reads their own and marks them read or unread (read_at).';
comment on column public.notifications.measure_title is 'The measure''s title when the notification was written.';
comment on column public.notifications.due_date is
  'The measure''s due date the reminder is about; one reminder per user, measure, kind and due date.';
comment on column public.notifications.note is 'The reason given when the measure was returned, or the approval note.';
comment on column public.notifications.actor_id is 'Who caused the event (null for reminders).';
comment on column public.notifications.read_at is
  'When the user read it (null = unread). Reminders and review requests of a measure are marked read for everyone '
  'once the measure is approved or cancelled (review requests once it is reviewed).';
alter table public.notifications enable row level security;
create index notifications_user_id_idx on public.notifications (user_id, created_at desc);
create index notifications_user_unread_idx on public.notifications (user_id) where read_at is null;
create index notifications_measure_id_idx on public.notifications (measure_id);
create index notifications_organization_id_idx on public.notifications (organization_id);
create index notifications_actor_id_idx on public.notifications (actor_id);
-- Repeated refreshes never duplicate a reminder.
create unique index notifications_reminder_once_idx on public.notifications (user_id, measure_id, kind, due_date)
  where kind in ('due_30', 'due_7', 'due_1', 'overdue');

-- Open measures with a due date, for the reminder scan (cron: every organisation at once).
create index measures_open_due_date_idx on public.measures (due_date)
  where status in ('not_started', 'in_progress', 'returned');

-- Users read and mark (read_at only) their own notifications; nobody inserts or deletes through the API.
create policy "users read their own notifications" on public.notifications
  for select to authenticated
  using (user_id = (select auth.uid()) and (select private.current_org_id()) is not null);

create policy "users mark their own notifications read" on public.notifications
  for update to authenticated
  using (user_id = (select auth.uid()) and (select private.current_org_id()) is not null)
  with check (user_id = (select auth.uid()));

revoke insert, update, delete, truncate on public.notifications from anon, authenticated;
grant update (read_at) on public.notifications to authenticated;

-- Workflow events ---------------------------------------------------------------------------------------
create function private.measures_notify()
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

create trigger measures_notify after update of status on public.measures
  for each row when (old.status is distinct from new.status)
  execute function private.measures_notify();

-- Deadline reminders -----------------------------------------------------------------------------------
create function private.generate_due_notifications(p_user_id uuid, p_as_of date)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_count integer;
begin
  with open_measures as (
    select m.id, m.organization_id, m.department_id, m.title, m.due_date
    from public.measures m
    join public.plans pl on pl.id = m.plan_id and pl.status = 'active'
    where m.status in ('not_started', 'in_progress', 'returned')
      and m.due_date <= p_as_of + 30
  ),
  recipients as (
    -- The measure's active assignees …
    select a.user_id, m.*
    from open_measures m
    join public.measure_assignees a on a.measure_id = m.id
    join public.profiles p on p.id = a.user_id and p.is_active and p.department_id = m.department_id
    where p_user_id is null or a.user_id = p_user_id
    union
    -- … or, when nobody (active) is assigned, the department's heads.
    select p.id, m.*
    from open_measures m
    join public.profiles p on p.organization_id = m.organization_id and p.department_id = m.department_id
      and p.role = 'head' and p.is_active
    where (p_user_id is null or p.id = p_user_id)
      and not exists (
        select 1 from public.measure_assignees a
        join public.profiles ap on ap.id = a.user_id and ap.is_active
        where a.measure_id = m.id)
  )
  insert into public.notifications (user_id, organization_id, measure_id, kind, measure_title, due_date)
  select r.user_id, r.organization_id, r.id,
         case when r.due_date < p_as_of then 'overdue'
              when r.due_date - p_as_of <= 1 then 'due_1'
              when r.due_date - p_as_of <= 7 then 'due_7'
              else 'due_30' end::public.notification_kind,
         r.title, r.due_date
  from recipients r
  on conflict (user_id, measure_id, kind, due_date) where kind in ('due_30', 'due_7', 'due_1', 'overdue') do nothing;
  get diagnostics v_count = row_count;
  return v_count;
end;
$$;
comment on function private.generate_due_notifications(uuid, date) is
  'Writes the deadline reminders due as of a date for one user (or everyone when p_user_id is null): for each open '
  'measure (not started, in progress, returned) of an active plan, the most urgent of due_30 (due within 30 days), '
  'due_7, due_1 (due tomorrow or today) and overdue, to its active assignees or, when it has none, the department''s '
  'heads. Idempotent: a reminder exists once per user, measure, kind and due date. Returns the number written.';
revoke execute on function private.generate_due_notifications(uuid, date) from public;
grant execute on function private.generate_due_notifications(uuid, date) to service_role;

-- security definer: writes the caller's own reminders, which nobody may insert through the API.
create function public.refresh_my_notifications(p_as_of date default private.bangkok_today())
returns integer
language plpgsql
volatile
security definer
set search_path = ''
as $$
declare
  v_uid uuid := (select auth.uid());
  v_unread integer;
begin
  if v_uid is null or (select private.current_org_id()) is null then
    return 0;
  end if;
  perform private.generate_due_notifications(v_uid, p_as_of);
  select count(*)::integer into v_unread from public.notifications n where n.user_id = v_uid and n.read_at is null;
  return v_unread;
end;
$$;
comment on function public.refresh_my_notifications(date) is
  'Writes the caller''s deadline reminders as of a date (default: today in Bangkok) and returns how many of the '
  'caller''s notifications are unread (the header''s count). Idempotent; the app calls it on sign-in and every few minutes.';
revoke execute on function public.refresh_my_notifications(date) from public, anon;
grant execute on function public.refresh_my_notifications(date) to authenticated, service_role;

create function public.mark_notifications_read(p_ids uuid[] default null, p_read boolean default true)
returns integer
language sql
volatile
security invoker
set search_path = ''
as $$
  with changed as (
    update public.notifications n
       set read_at = case when p_read then now() end
     where n.user_id = (select auth.uid())
       and (p_ids is null or n.id = any (p_ids))
       and (n.read_at is null) = p_read
    returning 1
  )
  select count(*)::integer from changed
$$;
comment on function public.mark_notifications_read(uuid[], boolean) is
  'Marks the caller''s notifications read (p_read true) or unread: those listed, or all of them when p_ids is null. '
  'Returns how many changed.';
revoke execute on function public.mark_notifications_read(uuid[], boolean) from public, anon;
grant execute on function public.mark_notifications_read(uuid[], boolean) to authenticated, service_role;

-- Hosted Supabase: schedule the reminders for everyone with pg_cron (Database -> Extensions -> pg_cron), so
-- reminders appear even for users who have not opened the app. The embedded stack has no pg_cron; there the
-- app's refresh_my_notifications() call does the same work per user. To schedule by hand:
--   select cron.schedule('ita-deadline-reminders', '0 23 * * *',   -- 06:00 in Bangkok (UTC+7)
--     $$select private.generate_due_notifications(null, private.bangkok_today())$$);
do $$
begin
  if exists (select 1 from pg_catalog.pg_extension where extname = 'pg_cron') then
    perform cron.schedule('ita-deadline-reminders', '0 23 * * *',
      'select private.generate_due_notifications(null, private.bangkok_today())');
  end if;
end;
$$;
