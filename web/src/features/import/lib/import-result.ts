import { importedPlanSchema, type ImportedPlan } from './imported-plan-schema';
import type { IndicatorGroupTable } from './indicator-groups';
import type { Problem, ProblemList } from './problems';

export type ImportFormat = 'text' | 'docx' | 'xlsx' | 'csv';

export interface ImportResult {
  /** The reader used; null when the file type is not supported. */
  format: ImportFormat | null;
  /**
   * The plan, validated with `importedPlanSchema`; null when too little could be read to build one.
   * A plan may come with errors (for a preview): save it only when no problem is an error.
   */
  plan: ImportedPlan | null;
  problems: Problem[];
}

export interface ParseOptions {
  /** Indicator number → group per fiscal year; defaults to `DEFAULT_INDICATOR_GROUPS`. */
  groups?: IndicatorGroupTable;
}

/** Validates what a reader built; a failed validation becomes an error instead of an exception. */
export function finalizePlan(draft: unknown, problems: ProblemList, format: ImportFormat | null): ImportResult {
  const parsed = importedPlanSchema.safeParse(draft);
  if (!parsed.success && !problems.hasErrors) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    problems.add('invalid_plan', null, { detail });
  }
  return { format, plan: parsed.success ? parsed.data : null, problems: sortProblems(problems.items) };
}

/** Whole-file problems first, then by line (stable within a line). */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
    .map(({ p }) => p);
}
