-- Private schema for authorisation helpers and trigger functions (never exposed by the REST API),
-- the domain enums, the event clock and small generic helpers.

create schema if not exists private;
comment on schema private is 'Authorisation helpers and trigger functions; not exposed through the REST API.';
revoke all on schema private from public;
-- Policies call private.* helpers as the caller, so the API roles need usage (never anon).
grant usage on schema private to authenticated, service_role;

-- Enums ----------------------------------------------------------------------
create type public.user_role as enum ('admin', 'director', 'head', 'staff');
comment on type public.user_role is
  'admin = ITA coordinator, director = ผู้อำนวยการเขต, head = หัวหน้าฝ่าย, staff = เจ้าหน้าที่.';

create type public.indicator_group as enum ('IIT', 'EIT', 'OIT');
comment on type public.indicator_group is 'ITA assessment tool: internal (IIT), external (EIT) or open data (OIT).';

create type public.plan_status as enum ('draft', 'active', 'closed');

create type public.measure_status as enum ('not_started', 'in_progress', 'submitted', 'returned', 'approved', 'cancelled');
comment on type public.measure_status is
  'Workflow: not_started -> in_progress -> submitted -> approved; submitted -> returned -> in_progress; '
  'approved -> in_progress (reopen); any open state -> cancelled -> not_started (reopen).';

create type public.report_period as enum ('q1', 'q2', 'q3', 'q4', 'half_year', 'annual');
comment on type public.report_period is 'Reporting period within a fiscal year: quarters, 6-month and annual reports.';

create type public.review_decision as enum ('approved', 'returned');

-- The event clock -------------------------------------------------------------------
-- Trusted backfills (the demo seed, an import of past work run as service_role) can record events at the
-- time they really happened instead of now(): one clock, private.event_time(), for every trigger that stamps
-- "when" on a workflow row (measures, assignees, evidence, progress reports, comments, profiles) and on its
-- history (activity_log.occurred_at, reviews.reviewed_at). Who did it still comes from auth.uid(), i.e. the
-- request.jwt.claims setting, which a backfill sets per step as PostgREST would.
--
-- The time comes from the transaction-local setting ita.backfill_at, and only when the database role is not
-- anon or authenticated: every REST request runs as one of those (or service_role, which cannot run
-- set_config through the API), so the setting cannot move the clock for anything an end user does. Without
-- it every stamp is now(). activity_log and reviews stay append-only: their triggers write them at insert
-- time; nothing updates or deletes them. measures_notify writes no notifications during a backfill.

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

-- Generic helpers ----------------------------------------------------------------
create function private.set_updated_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := private.event_time();
  return new;
end;
$$;
comment on function private.set_updated_at() is 'Trigger: keeps updated_at current.';

create function private.try_uuid(value text)
returns uuid
language plpgsql
immutable
set search_path = ''
as $$
begin
  return value::uuid;
exception when invalid_text_representation then
  return null;
end;
$$;
comment on function private.try_uuid(text) is 'Casts text to uuid, or null when it is not one (storage path segments).';

-- "Not found" from the RPCs answers 404, not 500. PostgREST (hosted and local alike) answers every P0 code
-- but P0001 with HTTP 500, and the SPA retries 5xx answers: a measure deleted while someone had it open, or
-- any signed-in user calling plan_clone with a random id, would be a server error (found by the hostile REST
-- fuzzing suite on PostgreSQL 15). SQLSTATE 'PGRST' is PostgREST's way for a function to choose the answer:
-- status 404, and the body clients read (code P0002, the message and the hint).
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

revoke execute on all functions in schema private from public;
grant execute on function private.try_uuid(text) to authenticated, service_role;
