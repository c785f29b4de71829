import type { TablesInsert } from '@/lib/database.types';
import { unwrap } from '@/lib/errors';
import type { AppSupabaseClient } from '@/lib/supabase-handle';
import { renderWithProviders } from '@/testing/render';
import type { WebTestStack } from '@/testing/test-stack';
import { MeasurePage, type EvidenceSlotProps } from '@/features/measures/components/measure-page';
import type { MeasureViewer } from '@/features/measures/lib/measure-permissions';

/** Seeded ids (supabase/seed.sql): สำนักงานเขตดินแดง, plan 2565, indicator 4, departments and people. */
export const SEED = {
  plan2565: '50000000-0000-4000-8000-000000000165',
  indicator4: '60000000-0000-4000-8000-000000000104',
  finance: '20000000-0000-4000-8000-000000000103',
  registry: '20000000-0000-4000-8000-000000000102',
  headFinance: '30000000-0000-4000-8000-000000000103',
  staffFinance: '30000000-0000-4000-8000-000000000104',
  staff2Finance: '30000000-0000-4000-8000-000000000105',
  staffRegistry: '30000000-0000-4000-8000-000000000109',
  /** Returned to ฝ่ายทะเบียน, assigned to staff.registry. */
  returnedRegistryMeasure: '70000000-0000-4000-8000-000000000101',
  /** Approved, ฝ่ายการคลัง, with a return and an approval in its history. */
  approvedFinanceMeasure: '70000000-0000-4000-8000-000000000104',
} as const;

/** The data of a supabase-js result that must hold one row (test set-up and checks). */
export function one<T>(result: { data: T; error: { message: string } | null; status: number }): NonNullable<T> {
  const row = unwrap(result);
  if (row === null || row === undefined) throw new Error('expected a row');
  return row;
}

let sequence = 0;

/**
 * A fresh measure of ฝ่ายการคลัง for one test (service role: any status, no workflow checks), so tests never
 * depend on each other's changes.
 */
export async function createMeasure(
  stack: WebTestStack,
  { assignees = [], ...fields }: Partial<TablesInsert<'measures'>> & { assignees?: string[] } = {},
) {
  sequence += 1;
  const service = stack.service();
  const row = one(
    await service
      .from('measures')
      .insert({
        plan_id: SEED.plan2565,
        plan_indicator_id: SEED.indicator4,
        department_id: SEED.finance,
        no: 100 + sequence,
        title: `มาตรการทดสอบที่ ${sequence} เผยแพร่ขั้นตอนการยืมพัสดุ`,
        start_date: '2021-10-01',
        due_date: '2022-03-31',
        status: 'in_progress',
        percent_complete: 20,
        ...fields,
      })
      .select('id, title, version')
      .single(),
  );
  if (assignees.length > 0) {
    unwrap(
      await service
        .from('measure_assignees')
        .insert(assignees.map((userId) => ({ measure_id: row.id, user_id: userId }))),
    );
  }
  return row;
}

/** The viewer the route would pass: the signed-in user's role and department. */
export async function viewerOf(client: AppSupabaseClient): Promise<MeasureViewer> {
  const { data } = await client.auth.getUser();
  if (!data.user) throw new Error('not signed in');
  const profile = one(await client.from('profiles').select('id, role, department_id').eq('id', data.user.id).single());
  return { id: profile.id, role: profile.role, departmentId: profile.department_id };
}

/** A stand-in for the evidence feature's panel: shows what the page passes to it. */
function EvidenceProbe({ canUpload, canRemove, canRemoveAny, measure }: EvidenceSlotProps) {
  return (
    <p>
      evidence-slot {measure.status} v{measure.version} upload:{String(canUpload)} remove:{String(canRemove)}
      {canRemoveAny ? ' remove-any' : ''}
    </p>
  );
}

/** Signs in as `email` and renders the measure page for that person. */
export async function renderMeasurePage(stack: WebTestStack, email: string, measureId: string) {
  const client = await stack.signIn(email);
  const viewer = await viewerOf(client);
  const result = renderWithProviders(
    <MeasurePage measureId={measureId} viewer={viewer} renderEvidence={(props) => <EvidenceProbe {...props} />} />,
    { client },
  );
  return { ...result, client, viewer };
}
