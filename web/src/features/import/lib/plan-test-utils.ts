/** Test helpers shared by the importer's tests (not used by the app). */
import fixtureText from '@/testing/fixtures/ita-2565-dindaeng.txt?raw';
import expectedJson from '@/testing/fixtures/ita-2565-dindaeng.expected.json';
import type { ImportedPlan } from './imported-plan-schema';

export const FIXTURE_TEXT: string = fixtureText;
export const EXPECTED_PLAN = expectedJson as ImportedPlan;

/** Runs of whitespace (incl. NBSP) → one space, trimmed, in every string of a JSON-like value. */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return value.replace(/[\s\u00A0]+/g, ' ').trim() as T;
  if (Array.isArray(value)) return value.map(normalizeDeep) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeDeep(v)])) as T;
  }
  return value;
}

/** The plan without the optional per-measure details, i.e. in the expected.json shape. */
export function withoutDetails(plan: ImportedPlan | null): ImportedPlan | null {
  if (!plan) return plan;
  return { ...plan, indicators: plan.indicators.map(({ measure_details: _, ...rest }) => rest) };
}

/** The expected plan with one indicator replaced by `patch(indicator)`. */
export function expectedWith(no: number, patch: (i: ImportedPlan['indicators'][number]) => object): ImportedPlan {
  return {
    ...EXPECTED_PLAN,
    indicators: EXPECTED_PLAN.indicators.map((i) => (i.no === no ? { ...i, ...patch(i) } : i)),
  };
}

/** Line `n` (1-based) of the fixture, to build variants with `replaceLine`. */
export function fixtureLine(n: number): string {
  return FIXTURE_TEXT.split('\n')[n - 1] ?? '';
}

export function replaceLine(text: string, n: number, replacement: string): string {
  const lines = text.split('\n');
  lines[n - 1] = replacement;
  return lines.join('\n');
}
