-- An organisation's assessment cycle for a fiscal year, and its per-indicator results and analysis.

create table public.plans (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null default private.current_org_id() references public.organizations (id) on delete cascade,
  framework_id uuid,
  fiscal_year integer not null check (fiscal_year between 2500 and 2700),
  title text not null check (btrim(title) <> ''),
  ita_score numeric(5, 2) check (ita_score between 0 and 100),
  ita_grade text,
  status public.plan_status not null default 'draft',
  source_plan_id uuid references public.plans (id) on delete set null,
  created_by uuid default auth.uid() references public.profiles (id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (framework_id, organization_id) references public.frameworks (id, organization_id),
  unique (organization_id, fiscal_year),
  unique (id, organization_id)
);
comment on table public.plans is
  'An organisation''s ITA improvement plan for one fiscal year (B.E.): overall score and grade of the assessment it answers, and status.';
comment on column public.plans.fiscal_year is 'Buddhist Era fiscal year (e.g. 2565).';
comment on column public.plans.source_plan_id is 'The plan this one was cloned from (plan_clone).';
alter table public.plans enable row level security;
create index plans_organization_id_idx on public.plans (organization_id);
create index plans_framework_id_idx on public.plans (framework_id);

create table public.plan_indicators (
  id uuid primary key default gen_random_uuid(),
  plan_id uuid not null,
  organization_id uuid not null default private.current_org_id(),
  framework_indicator_id uuid,
  no integer not null check (no > 0),
  name text not null check (btrim(name) <> ''),
  "group" public.indicator_group not null,
  score numeric(5, 2) check (score between 0 and 100),
  analysis text not null default '',
  agency_analysis text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  foreign key (plan_id, organization_id) references public.plans (id, organization_id) on delete cascade,
  foreign key (framework_indicator_id, organization_id) references public.framework_indicators (id, organization_id),
  unique (plan_id, no),
  unique (id, plan_id)
);
comment on table public.plan_indicators is
  'An indicator of a plan: its score (null until known), the assessor''s analysis (การวิเคราะห์) and the agency''s own '
  'analysis (ผลการวิเคราะห์ของหน่วยงาน).';
comment on column public.plan_indicators.analysis is 'การวิเคราะห์';
comment on column public.plan_indicators.agency_analysis is 'ผลการวิเคราะห์ของหน่วยงาน';
alter table public.plan_indicators enable row level security;
create index plan_indicators_organization_id_idx on public.plan_indicators (organization_id);
create index plan_indicators_framework_indicator_id_idx on public.plan_indicators (framework_indicator_id);

create trigger plans_set_updated_at before update on public.plans
  for each row execute function private.set_updated_at();
create trigger plan_indicators_set_updated_at before update on public.plan_indicators
  for each row execute function private.set_updated_at();

create policy "members read plans" on public.plans
  for select to authenticated using (organization_id = (select private.current_org_id()));
create policy "admins create plans" on public.plans
  for insert to authenticated
  with check (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');
create policy "admins update plans" on public.plans
  for update to authenticated
  using (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin')
  with check (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');
create policy "admins delete plans" on public.plans
  for delete to authenticated
  using (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');

create policy "members read plan indicators" on public.plan_indicators
  for select to authenticated using (organization_id = (select private.current_org_id()));
create policy "admins create plan indicators" on public.plan_indicators
  for insert to authenticated
  with check (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');
create policy "admins update plan indicators" on public.plan_indicators
  for update to authenticated
  using (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin')
  with check (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');
create policy "admins delete plan indicators" on public.plan_indicators
  for delete to authenticated
  using (organization_id = (select private.current_org_id()) and (select private.current_user_role()) = 'admin');

revoke truncate on public.plans, public.plan_indicators from anon, authenticated;
