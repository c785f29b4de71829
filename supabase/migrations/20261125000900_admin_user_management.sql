-- User management for the ITA coordinator from the SPA, which never holds the service_role key.
-- security definer (they write auth.users), callable only by an active admin, and only for users of
-- the admin's own organisation.

create function private.require_org_admin()
returns uuid
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  v_org uuid := (select private.current_org_id());
begin
  if v_org is null or not (select private.is_org_admin(v_org)) then
    raise exception 'Only the ITA coordinator (admin) can do this' using errcode = '42501', hint = 'admin_required';
  end if;
  return v_org;
end;
$$;
revoke execute on function private.require_org_admin() from public;
grant execute on function private.require_org_admin() to authenticated, service_role;

create function private.check_password(p_password text)
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  if p_password is null or length(p_password) < 8 or length(p_password) > 72 then
    raise exception 'Passwords must be 8 to 72 characters long' using errcode = '23514', hint = 'weak_password';
  end if;
end;
$$;
revoke execute on function private.check_password(text) from public;

create function public.admin_create_user(
  email text, password text, full_name text, "position" text, role public.user_role, department_id uuid default null
)
returns public.profiles
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_org uuid := private.require_org_admin();
  v_id uuid := gen_random_uuid();
  v_email text := lower(btrim(admin_create_user.email));
  v_dept uuid := admin_create_user.department_id;
  v_profile public.profiles;
begin
  if v_email is null or v_email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
    raise exception 'Enter a valid e-mail address' using errcode = '23514', hint = 'invalid_email';
  end if;
  perform private.check_password(admin_create_user.password);
  if nullif(btrim(admin_create_user.full_name), '') is null then
    raise exception 'The full name is required' using errcode = '23514', hint = 'full_name_required';
  end if;
  if v_dept is not null and not exists (
    select 1 from public.departments d where d.id = v_dept and d.organization_id = v_org
  ) then
    raise exception 'Unknown department' using errcode = '23503', hint = 'department_not_found';
  end if;
  if v_dept is null and admin_create_user.role in ('head', 'staff') then
    raise exception 'Heads and staff need a department' using errcode = '23514', hint = 'department_required';
  end if;
  if exists (select 1 from auth.users u where lower(u.email) = v_email) then
    raise exception 'A user with this e-mail address already exists' using errcode = '23505', hint = 'email_exists';
  end if;

  insert into auth.users (
    instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
    raw_app_meta_data, raw_user_meta_data, created_at, updated_at,
    confirmation_token, recovery_token, email_change_token_new, email_change
  ) values (
    '00000000-0000-0000-0000-000000000000', v_id, 'authenticated', 'authenticated', v_email,
    extensions.crypt(admin_create_user.password, extensions.gen_salt('bf')), now(),
    '{"provider": "email", "providers": ["email"]}'::jsonb,
    jsonb_build_object('full_name', btrim(admin_create_user.full_name)), now(), now(),
    '', '', '', ''
  );
  insert into auth.identities (provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at)
  values (
    v_id::text, v_id,
    jsonb_build_object('sub', v_id::text, 'email', v_email, 'email_verified', true, 'phone_verified', false),
    'email', now(), now(), now()
  );
  insert into public.profiles (id, organization_id, department_id, email, full_name, "position", role)
  values (v_id, v_org, v_dept, v_email, btrim(admin_create_user.full_name), admin_create_user."position",
          admin_create_user.role)
  returning * into v_profile;
  return v_profile;
end;
$$;
comment on function public.admin_create_user(text, text, text, text, public.user_role, uuid) is
  'Admin only: creates a confirmed e-mail/password user (auth.users + auth.identities) and their profile in the admin''s organisation.';

create function public.admin_update_user(
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
comment on function public.admin_update_user(uuid, public.user_role, uuid, text, text) is
  'Admin only: changes role, department, name or position of a user of the organisation (null keeps the value). '
  'Nobody changes their own role or department.';

create function public.admin_set_user_active(user_id uuid, active boolean)
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
comment on function public.admin_set_user_active(uuid, boolean) is
  'Admin only: disables (bans in auth, ends sessions, every policy denies) or re-enables a user. History is kept.';

create function public.admin_reset_password(user_id uuid, new_password text)
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
comment on function public.admin_reset_password(uuid, text) is 'Admin only: sets a new password for a user of the organisation.';

revoke execute on function public.admin_create_user(text, text, text, text, public.user_role, uuid),
  public.admin_update_user(uuid, public.user_role, uuid, text, text), public.admin_set_user_active(uuid, boolean),
  public.admin_reset_password(uuid, text) from public, anon;
grant execute on function public.admin_create_user(text, text, text, text, public.user_role, uuid),
  public.admin_update_user(uuid, public.user_role, uuid, text, text), public.admin_set_user_active(uuid, boolean),
  public.admin_reset_password(uuid, text) to authenticated;

-- A user moved to another department leaves the open measures of the old one.
create function private.profiles_after_department_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from public.measure_assignees a
   using public.measures m
   where a.user_id = new.id and m.id = a.measure_id
     and a.department_id is distinct from new.department_id
     and m.status not in ('approved', 'cancelled');
  return null;
end;
$$;

create trigger profiles_after_department_change after update of department_id on public.profiles
  for each row when (old.department_id is distinct from new.department_id)
  execute function private.profiles_after_department_change();
