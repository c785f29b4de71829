-- Assessment frameworks (ITA per fiscal year): indicators, group weights, grade bands and OIT items.
-- Org-scoped: each organisation owns its copy, so one organisation's admin can never edit another's.
-- Indicator sets, weights, bands and OIT item numbers change between years: they are data, not code.

create table public.frameworks (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null default private.current_org_id() references public.organizations (id) on delete cascade,
  scheme text not null default 'ITA' check (btrim(scheme) <> ''),
  fiscal_year integer not null check (fiscal_year between 2500 and 2700),
  name text not null check (btrim(name) <> ''),
  iit_weight numeric(5, 2) not null default 0 check (iit_weight between 0 and 100),
  eit_weight numeric(5, 2) not null default 0 check (eit_weight between 0 and 100),
  oit_weight numeric(5, 2) not null default 0 check (oit_weight between 0 and 100),
  pass_score numeric(5, 2),
  notes text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, scheme, fiscal_year),
  unique (id, organization_id)
);
comment on table public.frameworks is
  'An assessment scheme for one fiscal year (B.E.), e.g. ITA 2565, owned by one organisation: group weights and pass score.';
comment on column public.frameworks.fiscal_year is 'Buddhist Era fiscal year, e.g. 2565 = 1 Oct 2021 – 30 Sep 2022.';
alter table public.frameworks enable row level security;
create index frameworks_organization_id_idx on public.frameworks (organization_id);

create table public.framework_indicators (
  id uuid primary key default gen_random_uuid(),
  framework_id uuid not null,
  organization_id uuid not null default private.current_org_id(),
  no integer not null check (no > 0),
  name text not null check (btrim(name) <> ''),
  "group" public.indicator_group not null,
  weight numeric(5, 2) check (weight between 0 and 100),
  description text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (framework_id, organization_id) references public.frameworks (id, organization_id) on delete cascade,
  unique (framework_id, no),
  unique (id, organization_id)
);
comment on table public.framework_indicators is 'An indicator of a framework (e.g. 1 การปฏิบัติหน้าที่, IIT) with its weight within its group.';
alter table public.framework_indicators enable row level security;
create index framework_indicators_organization_id_idx on public.framework_indicators (organization_id);

create table public.framework_grade_bands (
  id uuid primary key default gen_random_uuid(),
  framework_id uuid not null,
  organization_id uuid not null default private.current_org_id(),
  label text not null check (btrim(label) <> ''),
  min_score numeric(5, 2) not null check (min_score between 0 and 100),
  max_score numeric(5, 2) not null check (max_score between 0 and 100),
  conditions jsonb not null default '{}'::jsonb,
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  foreign key (framework_id, organization_id) references public.frameworks (id, organization_id) on delete cascade,
  unique (framework_id, label),
  check (min_score <= max_score)
);
comment on table public.framework_grade_bands is
  'Grade bands of a framework: AA..F up to 2565, ผ่านดีเยี่ยม..ต้องปรับปรุงโดยด่วน from 2566; '
  'conditions holds per-tool requirements (e.g. {"min_group_scores": {"OIT": 85}}).';
alter table public.framework_grade_bands enable row level security;
create index framework_grade_bands_framework_id_idx on public.framework_grade_bands (framework_id);
create index framework_grade_bands_organization_id_idx on public.framework_grade_bands (organization_id);

create table public.framework_items (
  id uuid primary key default gen_random_uuid(),
  indicator_id uuid not null,
  organization_id uuid not null default private.current_org_id(),
  code text not null check (btrim(code) <> ''),
  title text not null check (btrim(title) <> ''),
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  foreign key (indicator_id, organization_id) references public.framework_indicators (id, organization_id) on delete cascade,
  unique (indicator_id, code)
);
comment on table public.framework_items is 'Numbered items of an indicator (e.g. OIT items O1, O2 …), which change between years.';
alter table public.framework_items enable row level security;
create index framework_items_organization_id_idx on public.framework_items (organization_id);

create trigger frameworks_set_updated_at before update on public.frameworks
  for each row execute function private.set_updated_at();
create trigger framework_indicators_set_updated_at before update on public.framework_indicators
  for each row execute function private.set_updated_at();

-- Policies: members read their organisation's frameworks; its admins maintain them.
create policy "members read frameworks" on public.frameworks
  for select to authenticated using (organization_id = (select private.current_org_id()));
create policy "admins create frameworks" on public.frameworks
  for insert to authenticated
  with check (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');
create policy "admins update frameworks" on public.frameworks
  for update to authenticated
  using (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin')
  with check (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');
create policy "admins delete frameworks" on public.frameworks
  for delete to authenticated
  using (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');

create policy "members read framework indicators" on public.framework_indicators
  for select to authenticated using (organization_id = (select private.current_org_id()));
create policy "admins create framework indicators" on public.framework_indicators
  for insert to authenticated
  with check (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');
create policy "admins update framework indicators" on public.framework_indicators
  for update to authenticated
  using (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin')
  with check (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');
create policy "admins delete framework indicators" on public.framework_indicators
  for delete to authenticated
  using (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');

create policy "members read grade bands" on public.framework_grade_bands
  for select to authenticated using (organization_id = (select private.current_org_id()));
create policy "admins create grade bands" on public.framework_grade_bands
  for insert to authenticated
  with check (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');
create policy "admins update grade bands" on public.framework_grade_bands
  for update to authenticated
  using (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin')
  with check (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');
create policy "admins delete grade bands" on public.framework_grade_bands
  for delete to authenticated
  using (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');

create policy "members read framework items" on public.framework_items
  for select to authenticated using (organization_id = (select private.current_org_id()));
create policy "admins create framework items" on public.framework_items
  for insert to authenticated
  with check (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');
create policy "admins update framework items" on public.framework_items
  for update to authenticated
  using (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin')
  with check (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');
create policy "admins delete framework items" on public.framework_items
  for delete to authenticated
  using (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');

revoke truncate on public.frameworks, public.framework_indicators, public.framework_grade_bands, public.framework_items
  from anon, authenticated;
