-- Tenants (organisations), their departments (ฝ่าย) and one profile per auth user,
-- plus the identity helpers every policy uses.

create table public.organizations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (btrim(name) <> ''),
  short_name text,
  code text unique,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.organizations is 'A public agency (หน่วยงาน), e.g. สำนักงานเขตดินแดง: the tenant boundary. Nothing crosses it.';
alter table public.organizations enable row level security;

create table public.departments (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  name text not null check (btrim(name) <> ''),
  code text,
  sort_order integer not null default 0,
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, name),
  -- Target of composite foreign keys that keep child rows in the same organisation.
  unique (id, organization_id)
);
comment on table public.departments is 'A department (ฝ่าย) of an organisation; owns measures and groups users.';
alter table public.departments enable row level security;
create index departments_organization_id_idx on public.departments (organization_id);

create table public.profiles (
  id uuid primary key references auth.users (id),
  organization_id uuid not null references public.organizations (id),
  department_id uuid,
  email text,
  full_name text not null check (btrim(full_name) <> ''),
  position text,
  role public.user_role not null default 'staff',
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (department_id, organization_id) references public.departments (id, organization_id),
  -- Heads and staff work in a department; the director and the ITA coordinator may not.
  constraint profiles_department_required check (role in ('admin', 'director') or department_id is not null)
);
comment on table public.profiles is
  'One per auth user: organisation, department, name, position and role. Users are disabled (is_active = false), '
  'never deleted, so their history stays attributable.';
comment on column public.profiles.email is 'Copy of auth.users.email for display in the admin screens (the SPA cannot read auth.users).';
comment on column public.profiles.is_active is 'false = disabled: sign-in refused (auth.users.banned_until) and every policy denies.';
alter table public.profiles enable row level security;
create index profiles_organization_id_idx on public.profiles (organization_id);
create index profiles_department_id_idx on public.profiles (department_id);

create trigger organizations_set_updated_at before update on public.organizations
  for each row execute function private.set_updated_at();
create trigger departments_set_updated_at before update on public.departments
  for each row execute function private.set_updated_at();

-- Identity helpers -------------------------------------------------------------
-- security definer: they read profiles, which the caller reaches only through these.
-- A disabled or unknown user gets null from each, so every policy denies.

create function private.current_org_id()
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  select p.organization_id from public.profiles p where p.id = (select auth.uid()) and p.is_active
$$;
comment on function private.current_org_id() is 'The caller''s organisation, or null when not an active user.';

create function private.current_user_role()
returns public.user_role
language sql
stable
security definer
set search_path = ''
as $$
  select p.role from public.profiles p where p.id = (select auth.uid()) and p.is_active
$$;
comment on function private.current_user_role() is 'The caller''s role, or null when not an active user.';

create function private.current_department_id()
returns uuid
language sql
stable
security definer
set search_path = ''
as $$
  select p.department_id from public.profiles p where p.id = (select auth.uid()) and p.is_active
$$;
comment on function private.current_department_id() is 'The caller''s department, or null.';

create function private.is_org_admin(org_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.profiles p
    where p.id = (select auth.uid()) and p.is_active and p.role = 'admin' and p.organization_id = org_id
  )
$$;
comment on function private.is_org_admin(uuid) is 'Whether the caller is an active admin (ITA coordinator) of this organisation.';

revoke execute on function private.current_org_id(), private.current_user_role(), private.current_department_id(),
  private.is_org_admin(uuid) from public;
grant execute on function private.current_org_id(), private.current_user_role(), private.current_department_id(),
  private.is_org_admin(uuid) to authenticated, service_role;

-- Profile guard -------------------------------------------------------------
-- Nobody moves a profile to another organisation; nobody changes their own role, department or active flag.
create function private.profiles_guard()
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
comment on function private.profiles_guard() is 'Trigger: protects organisation, role, department and active flag of profiles.';

create trigger profiles_guard before update on public.profiles
  for each row execute function private.profiles_guard();

-- Keeps auth in step with the active flag: disabled users cannot sign in and lose their sessions.
create function private.profiles_sync_auth()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.is_active then
    update auth.users set banned_until = null, updated_at = now() where id = new.id;
  else
    update auth.users set banned_until = now() + interval '100 years', updated_at = now() where id = new.id;
    delete from auth.sessions where user_id = new.id;
  end if;
  return null;
end;
$$;
comment on function private.profiles_sync_auth() is 'Trigger: bans/unbans the auth user and ends their sessions when is_active changes.';

create trigger profiles_sync_auth after update of is_active on public.profiles
  for each row when (old.is_active is distinct from new.is_active)
  execute function private.profiles_sync_auth();

-- Policies ---------------------------------------------------------------------------
create policy "members read their organisation" on public.organizations
  for select to authenticated
  using (id = (select private.current_org_id()));

create policy "admins update their organisation" on public.organizations
  for update to authenticated
  using (id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin')
  with check (id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');

create policy "members read departments of their organisation" on public.departments
  for select to authenticated
  using (organization_id = (select private.current_org_id()));

create policy "admins create departments" on public.departments
  for insert to authenticated
  with check (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');

create policy "admins update departments" on public.departments
  for update to authenticated
  using (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin')
  with check (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');

create policy "admins delete departments" on public.departments
  for delete to authenticated
  using (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');

create policy "members read profiles of their organisation" on public.profiles
  for select to authenticated
  using (organization_id = (select private.current_org_id()));

-- Profiles are created by admin_create_user() and never deleted (disable instead): no insert/delete policies.
create policy "users update their own profile, admins any in the organisation" on public.profiles
  for update to authenticated
  using (
    organization_id = (select private.current_org_id())
    and (id = (select auth.uid()) or (select private.current_user_role()) = 'admin')
  )
  with check (
    organization_id = (select private.current_org_id())
    and (id = (select auth.uid()) or (select private.current_user_role()) = 'admin')
  );

revoke truncate on public.organizations, public.departments, public.profiles from anon, authenticated;
