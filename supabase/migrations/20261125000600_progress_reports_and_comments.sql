-- Progress reports per measure and period, and comments on measures.

create table public.progress_reports (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null default private.current_org_id(),
  department_id uuid not null default private.current_department_id(),
  measure_id uuid not null,
  period public.report_period not null,
  narrative text not null default '',
  percent integer not null check (percent between 0 and 100),
  reported_by uuid default auth.uid() references public.profiles (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (measure_id, organization_id) references public.measures (id, organization_id) on delete cascade,
  foreign key (measure_id, department_id) references public.measures (id, department_id) on delete cascade on update cascade,
  unique (measure_id, period)
);
comment on table public.progress_reports is
  'Progress of a measure for a reporting period of the plan''s fiscal year (Q1–Q4, 6-month, annual): narrative and percent.';
alter table public.progress_reports enable row level security;
create index progress_reports_organization_id_idx on public.progress_reports (organization_id);
create index progress_reports_department_id_idx on public.progress_reports (department_id);
create index progress_reports_reported_by_idx on public.progress_reports (reported_by);

create table public.comments (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null default private.current_org_id(),
  department_id uuid not null default private.current_department_id(),
  measure_id uuid not null,
  author_id uuid default auth.uid() references public.profiles (id),
  body text not null check (btrim(body) <> '' and length(body) <= 10000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (measure_id, organization_id) references public.measures (id, organization_id) on delete cascade,
  foreign key (measure_id, department_id) references public.measures (id, department_id) on delete cascade on update cascade
);
comment on table public.comments is 'A comment on a measure by anyone who can read it (including the director).';
alter table public.comments enable row level security;
create index comments_measure_id_idx on public.comments (measure_id, created_at);
create index comments_organization_id_idx on public.comments (organization_id);
create index comments_department_id_idx on public.comments (department_id);
create index comments_author_id_idx on public.comments (author_id);

-- Children of a measure take organisation and department from it; user-set authorship is replaced by the caller.
create function private.measure_child_before_write()
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

create function private.progress_reports_before_delete()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if (select auth.uid()) is not null
     and exists (select 1 from public.measures m where m.id = old.measure_id and m.status = 'approved') then
    raise exception 'This measure is approved and locked; reopen it first'
      using errcode = 'P0001', hint = 'measure_locked';
  end if;
  return old;
end;
$$;

create trigger progress_reports_before_write before insert or update on public.progress_reports
  for each row execute function private.measure_child_before_write();
create trigger progress_reports_before_delete before delete on public.progress_reports
  for each row execute function private.progress_reports_before_delete();
create trigger comments_before_write before insert or update on public.comments
  for each row execute function private.measure_child_before_write();

create policy "members read progress of measures they can read" on public.progress_reports
  for select to authenticated
  using (
    organization_id = (select private.current_org_id())
    and ((select private.current_user_role()) in ('admin', 'director')
         or department_id = (select private.current_department_id()))
  );
create policy "assignees, heads and admins report progress" on public.progress_reports
  for insert to authenticated
  with check (organization_id = (select private.current_org_id()) and (select private.can_work_on_measure(measure_id)));
create policy "assignees, heads and admins update progress" on public.progress_reports
  for update to authenticated
  using (organization_id = (select private.current_org_id()) and (select private.can_work_on_measure(measure_id)))
  with check (organization_id = (select private.current_org_id()) and (select private.can_work_on_measure(measure_id)));
create policy "heads and admins delete progress reports" on public.progress_reports
  for delete to authenticated
  using (organization_id = (select private.current_org_id()) and (select private.can_manage_measure(measure_id)));

create policy "members read comments of measures they can read" on public.comments
  for select to authenticated
  using (
    organization_id = (select private.current_org_id())
    and ((select private.current_user_role()) in ('admin', 'director')
         or department_id = (select private.current_department_id()))
  );
create policy "readers of a measure comment on it" on public.comments
  for insert to authenticated
  with check (organization_id = (select private.current_org_id()) and (select private.can_read_measure(measure_id)));
create policy "authors edit their comments" on public.comments
  for update to authenticated
  using (organization_id = (select private.current_org_id()) and author_id = (select auth.uid()))
  with check (organization_id = (select private.current_org_id()) and author_id = (select auth.uid()));
create policy "authors delete their comments" on public.comments
  for delete to authenticated
  using (organization_id = (select private.current_org_id()) and author_id = (select auth.uid()));

revoke truncate on public.progress_reports, public.comments from anon, authenticated;
