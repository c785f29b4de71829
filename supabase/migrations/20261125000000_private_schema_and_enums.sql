-- Private schema for authorisation helpers and trigger functions (never exposed by the REST API),
-- the domain enums, and small generic helpers.

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

-- Generic helpers ----------------------------------------------------------------
create function private.set_updated_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
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

revoke execute on all functions in schema private from public;
grant execute on function private.try_uuid(text) to authenticated, service_role;
