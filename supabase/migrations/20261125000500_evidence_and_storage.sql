-- Evidence files attached to measures, and the private "evidence" storage bucket with policies that
-- mirror the table policies. Object keys are ASCII: <organization_id>/<department_id>/<measure_id>/<uuid>.<ext>;
-- the original (often Thai) file name is kept in evidence.original_filename.

create table public.evidence (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null default private.current_org_id(),
  department_id uuid not null default private.current_department_id(),
  measure_id uuid not null,
  submission_id uuid not null default gen_random_uuid(),
  storage_bucket text not null default 'evidence',
  storage_path text not null unique,
  original_filename text not null check (btrim(original_filename) <> ''),
  mime_type text not null,
  size_bytes bigint not null check (size_bytes >= 0),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  effective_date date,
  description text,
  provided_by_department_id uuid,
  provided_by_user_id uuid default auth.uid() references public.profiles (id),
  replaces_evidence_id uuid references public.evidence (id) on delete set null,
  superseded_by uuid references public.evidence (id) on delete set null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  foreign key (measure_id, organization_id) references public.measures (id, organization_id) on delete cascade,
  foreign key (measure_id, department_id) references public.measures (id, department_id) on delete cascade on update cascade,
  foreign key (provided_by_department_id, organization_id) references public.departments (id, organization_id)
);
comment on table public.evidence is
  'A file attached to a measure as evidence (หลักฐาน). Several files may share a submission_id. Re-uploading inserts a '
  'new row with replaces_evidence_id; the old row stays, marked superseded_by. Rows are never edited by users.';
comment on column public.evidence.storage_path is 'Key in the evidence bucket: <organization_id>/<department_id>/<measure_id>/<uuid>.<ext> (ASCII).';
comment on column public.evidence.original_filename is 'The file name as uploaded (may be Thai); use it as the download name.';
comment on column public.evidence.effective_date is 'When the evidenced activity happened (not the upload time).';
comment on column public.evidence.provided_by_department_id is 'The department that provided the evidence (defaults to the uploader''s).';
alter table public.evidence enable row level security;
create index evidence_measure_id_idx on public.evidence (measure_id);
create index evidence_organization_id_idx on public.evidence (organization_id);
create index evidence_department_id_idx on public.evidence (department_id);
create index evidence_provided_by_user_id_idx on public.evidence (provided_by_user_id);
create index evidence_replaces_evidence_id_idx on public.evidence (replaces_evidence_id);

create function private.evidence_before_insert()
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

create function private.evidence_after_insert()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.replaces_evidence_id is not null then
    update public.evidence set superseded_by = new.id where id = new.replaces_evidence_id;
  end if;
  return null;
end;
$$;

create function private.evidence_before_delete()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if (select auth.uid()) is not null
     and exists (select 1 from public.measures m where m.id = old.measure_id and m.status = 'approved') then
    raise exception 'This measure is approved and locked: its evidence cannot be removed'
      using errcode = 'P0001', hint = 'measure_locked';
  end if;
  return old;
end;
$$;

create trigger evidence_before_insert before insert on public.evidence
  for each row execute function private.evidence_before_insert();
create trigger evidence_after_insert after insert on public.evidence
  for each row execute function private.evidence_after_insert();
create trigger evidence_before_delete before delete on public.evidence
  for each row execute function private.evidence_before_delete();

create policy "members read evidence of measures they can read" on public.evidence
  for select to authenticated
  using (
    organization_id = (select private.current_org_id())
    and ((select private.current_user_role()) in ('admin', 'director')
         or department_id = (select private.current_department_id()))
  );

create policy "assignees, heads and admins add evidence" on public.evidence
  for insert to authenticated
  with check (organization_id = (select private.current_org_id()) and (select private.can_work_on_measure(measure_id)));

-- No update policy: evidence rows are immutable for users (re-upload creates a new version).

create policy "uploaders, heads and admins remove evidence" on public.evidence
  for delete to authenticated
  using (
    organization_id = (select private.current_org_id())
    and (provided_by_user_id = (select auth.uid()) or (select private.can_manage_measure(measure_id)))
  );

revoke truncate on public.evidence from anon, authenticated;

-- Storage ---------------------------------------------------------------------------------
insert into storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
values (
  'evidence', 'evidence', false, 52428800,
  array[
    'application/pdf',
    'image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/heif',
    'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.ms-powerpoint', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'
  ]
)
on conflict (id) do nothing;

-- Storage helpers: the measure an object key points at, and what the caller may do with it.
create function private.evidence_object_measure(p_name text)
returns uuid
language sql
immutable
set search_path = ''
as $$
  select case when array_length(string_to_array(p_name, '/'), 1) = 4
              then private.try_uuid((string_to_array(p_name, '/'))[3]) end
$$;

create function private.can_upload_evidence_object(p_name text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.measures m
    where m.id = private.evidence_object_measure(p_name)
      and (string_to_array(p_name, '/'))[1] = m.organization_id::text
      and (string_to_array(p_name, '/'))[2] = m.department_id::text
      and (string_to_array(p_name, '/'))[4] ~ '^[0-9a-f-]{36}(\.[A-Za-z0-9]{1,10})?$'
      and m.status not in ('approved', 'cancelled')
  )
  and (select private.can_work_on_measure(private.evidence_object_measure(p_name)))
$$;

create function private.can_read_evidence_object(p_name text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.measures m
    where m.id = private.evidence_object_measure(p_name)
      and (string_to_array(p_name, '/'))[1] = m.organization_id::text
  )
  and (select private.can_read_measure(private.evidence_object_measure(p_name)))
$$;

create function private.can_delete_evidence_object(p_name text, p_owner_id text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.measures m
    where m.id = private.evidence_object_measure(p_name)
      and (string_to_array(p_name, '/'))[1] = m.organization_id::text
      and m.status <> 'approved'
  )
  and (
    p_owner_id = (select auth.uid())::text
    or (select private.can_manage_measure(private.evidence_object_measure(p_name)))
  )
$$;

revoke execute on function private.evidence_object_measure(text), private.can_upload_evidence_object(text),
  private.can_read_evidence_object(text), private.can_delete_evidence_object(text, text) from public;
grant execute on function private.evidence_object_measure(text), private.can_upload_evidence_object(text),
  private.can_read_evidence_object(text), private.can_delete_evidence_object(text, text) to authenticated, service_role;

create policy "evidence objects: read where the measure is readable" on storage.objects
  for select to authenticated
  using (bucket_id = 'evidence' and (select private.can_read_evidence_object(name)));

create policy "evidence objects: upload where the caller may add evidence" on storage.objects
  for insert to authenticated
  with check (bucket_id = 'evidence' and (select private.can_upload_evidence_object(name)));

-- No update policy: an object is never overwritten; a new version is a new object.

create policy "evidence objects: uploader, head or admin delete while not approved" on storage.objects
  for delete to authenticated
  using (bucket_id = 'evidence' and (select private.can_delete_evidence_object(name, coalesce(owner_id, owner::text))));
