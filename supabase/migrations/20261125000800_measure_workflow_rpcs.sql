-- RPCs for the measure workflow. They run as the caller (security invoker): row-level security and the
-- workflow trigger on measures decide, exactly as for a direct PATCH. Each takes the version the caller
-- last read; a different current version fails with PT409 (HTTP 409, hint version_conflict).

create function private.transition_measure(
  p_measure_id uuid, p_expected_version integer, p_status public.measure_status, p_reason text
)
returns public.measures
language plpgsql
set search_path = ''
as $$
declare
  v_row public.measures;
begin
  if p_expected_version is null then
    raise exception 'The expected version is required' using errcode = 'P0001', hint = 'version_required';
  end if;
  update public.measures m
     set status = p_status, status_reason = p_reason, version = p_expected_version
   where m.id = p_measure_id
  returning m.* into v_row;
  if not found then
    if (select private.can_read_measure(p_measure_id)) then
      raise exception 'You cannot change this measure' using errcode = '42501', hint = 'not_allowed';
    end if;
    perform private.raise_not_found('Measure not found', 'not_found');
  end if;
  return v_row;
end;
$$;
revoke execute on function private.transition_measure(uuid, integer, public.measure_status, text) from public;
grant execute on function private.transition_measure(uuid, integer, public.measure_status, text) to authenticated, service_role;

create function public.start_measure(measure_id uuid, expected_version integer)
returns public.measures
language sql
set search_path = ''
as $$ select private.transition_measure($1, $2, 'in_progress', null) $$;
comment on function public.start_measure(uuid, integer) is
  'not_started/returned -> in_progress. Assignees, the head of the department and admins.';

create function public.submit_measure(measure_id uuid, expected_version integer, note text default null)
returns public.measures
language sql
set search_path = ''
as $$ select private.transition_measure($1, $2, 'submitted', $3) $$;
comment on function public.submit_measure(uuid, integer, text) is
  'in_progress -> submitted; needs at least one current evidence file (hint evidence_required).';

create function public.approve_measure(measure_id uuid, expected_version integer, note text default null)
returns public.measures
language sql
set search_path = ''
as $$ select private.transition_measure($1, $2, 'approved', $3) $$;
comment on function public.approve_measure(uuid, integer, text) is
  'submitted -> approved (locks the measure); records a review with the evidence set. Head of the department or admin.';

create function public.return_measure(measure_id uuid, expected_version integer, reason text)
returns public.measures
language sql
set search_path = ''
as $$ select private.transition_measure($1, $2, 'returned', $3) $$;
comment on function public.return_measure(uuid, integer, text) is
  'submitted -> returned with a reason (hint reason_required); records a review. Head of the department or admin.';

create function public.reopen_measure(measure_id uuid, expected_version integer, reason text)
returns public.measures
language plpgsql
set search_path = ''
as $$
declare
  v_status public.measure_status;
begin
  select m.status into v_status from public.measures m where m.id = $1;
  return private.transition_measure($1, $2,
    case when v_status = 'cancelled' then 'not_started'::public.measure_status else 'in_progress'::public.measure_status end,
    $3);
end;
$$;
comment on function public.reopen_measure(uuid, integer, text) is
  'approved -> in_progress, cancelled -> not_started, with a reason. Head of the department or admin.';

create function public.cancel_measure(measure_id uuid, expected_version integer, reason text)
returns public.measures
language sql
set search_path = ''
as $$ select private.transition_measure($1, $2, 'cancelled', $3) $$;
comment on function public.cancel_measure(uuid, integer, text) is
  'Any open state -> cancelled, with a reason. Head of the department or admin.';

revoke execute on function public.start_measure(uuid, integer), public.submit_measure(uuid, integer, text),
  public.approve_measure(uuid, integer, text), public.return_measure(uuid, integer, text),
  public.reopen_measure(uuid, integer, text), public.cancel_measure(uuid, integer, text) from public, anon;
grant execute on function public.start_measure(uuid, integer), public.submit_measure(uuid, integer, text),
  public.approve_measure(uuid, integer, text), public.return_measure(uuid, integer, text),
  public.reopen_measure(uuid, integer, text), public.cancel_measure(uuid, integer, text) to authenticated, service_role;
