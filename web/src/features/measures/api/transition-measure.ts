import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mergeMeasureRow, noRowUpdated } from '@/features/measures/api/measure-cache';
import { unwrap } from '@/lib/errors';
import { invalidateMeasureData } from '@/lib/query-roots';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { useSupabase } from '@/lib/supabase-context';

/** The workflow steps, one RPC each (see the *_measure functions in the migrations). */
export const MEASURE_ACTIONS = ['start', 'submit', 'approve', 'return', 'reopen', 'cancel'] as const;
export type MeasureAction = (typeof MEASURE_ACTIONS)[number];

export interface TransitionMeasureVariables {
  id: string;
  /** The version on screen when the person chose the action. */
  version: number;
  action: MeasureAction;
  /** Required to return, reopen and cancel; an optional note to submit and approve. */
  reason: string | null;
}

/** Moves a measure along the workflow. The database decides who may (role, assignment, evidence, reason). */
export async function transitionMeasure(supabase: AppSupabaseClient, vars: TransitionMeasureVariables) {
  const row = await callTransition(supabase, vars);
  if (!row) throw noRowUpdated();
  return row;
}

async function callTransition(
  supabase: AppSupabaseClient,
  { id, version, action, reason }: TransitionMeasureVariables,
) {
  const base = { measure_id: id, expected_version: version };
  const note = reason ?? undefined;
  switch (action) {
    case 'start':
      return unwrap(await supabase.rpc('start_measure', base));
    case 'submit':
      return unwrap(await supabase.rpc('submit_measure', { ...base, note }));
    case 'approve':
      return unwrap(await supabase.rpc('approve_measure', { ...base, note }));
    case 'return':
      return unwrap(await supabase.rpc('return_measure', { ...base, reason: reason ?? '' }));
    case 'reopen':
      return unwrap(await supabase.rpc('reopen_measure', { ...base, reason: reason ?? '' }));
    case 'cancel':
      return unwrap(await supabase.rpc('cancel_measure', { ...base, reason: reason ?? '' }));
  }
}

/** The page shows workflow errors beside the buttons (a missing evidence file, a conflict…), not as a toast. */
export function useTransitionMeasure() {
  const supabase = useSupabase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: TransitionMeasureVariables) => transitionMeasure(supabase, vars),
    meta: { errorToast: false },
    onSuccess: async (row) => {
      mergeMeasureRow(queryClient, row);
      await invalidateMeasureData(queryClient);
    },
  });
}
