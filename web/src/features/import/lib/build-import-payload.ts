import { BE_OFFSET, formatBeDate } from './be-date';
import type { ImportedPlan } from './imported-plan-schema';
import { ProblemList, type Problem } from './problems';
import { DEFAULT_TITLE_PREFIX } from './template-columns';
import { normalizeSpaces } from './thai-text';

/**
 * The argument of the `create_plan_from_import(payload jsonb)` RPC: the imported plan with every measure as
 * `{ title, department_id, due_date }` (ISO C.E.), plus the organisation. Pure: the caller supplies the
 * organisation's departments; shared by the CLI and the app's import screen.
 */

export interface ImportPayloadMeasure {
  title: string;
  department_id: string;
  due_date: string;
}

export interface ImportPayload {
  organization_id: string;
  agency: string;
  fiscal_year_be: number;
  title: string;
  ita_score: number | null;
  ita_grade: string | null;
  indicators: {
    no: number;
    name: string;
    group: string;
    score: number | null;
    analysis: string;
    agency_analysis: string;
    measures: ImportPayloadMeasure[];
  }[];
}

export interface DepartmentRef {
  id: string;
  name: string;
  code?: string | null;
}

export interface PayloadOptions {
  organizationId: string;
  departments: readonly DepartmentRef[];
  /** Department (id, name or code) for measures whose file names none. */
  defaultDepartment?: string;
  /** ISO due date for measures without one; defaults to the last day of the fiscal year (30 Sep). */
  defaultDueDate?: string;
}

const key = (s: string) => normalizeSpaces(s).toLowerCase();

/** Matches a department by id, code or name; "ปกครอง" also finds "ฝ่ายปกครอง". */
export function findDepartment(departments: readonly DepartmentRef[], ref: string): DepartmentRef | null {
  const k = key(ref);
  const bare = (s: string) => key(s).replace(/^ฝ่าย\s*/, '');
  return (
    departments.find((d) => d.id === ref || key(d.name) === k || (d.code && key(d.code) === k)) ??
    departments.find((d) => bare(d.name) === bare(ref)) ??
    null
  );
}

export function fiscalYearEnd(fiscalYearBe: number): string {
  return `${fiscalYearBe - BE_OFFSET}-09-30`;
}

export function buildImportPayload(
  plan: ImportedPlan,
  options: PayloadOptions,
): { payload: ImportPayload | null; problems: Problem[] } {
  const problems = new ProblemList();
  const names = options.departments.map((d) => d.name).join(', ') || '-';
  const fallback = options.defaultDepartment ? findDepartment(options.departments, options.defaultDepartment) : null;
  if (options.defaultDepartment && !fallback) {
    problems.add('unknown_department', null, { name: options.defaultDepartment, list: names });
  }
  const dueDefault = options.defaultDueDate ?? fiscalYearEnd(plan.fiscal_year_be);
  let usedDefaultDue = false;
  let missingDepartment = 0;
  const unknown = new Set<string>();

  const indicators = plan.indicators.map((ind) => {
    if (!ind.group) problems.add('missing_group', null, { no: ind.no });
    const measures = ind.measures.map((title, i): ImportPayloadMeasure => {
      const detail = ind.measure_details?.[i];
      const named = detail?.department ? findDepartment(options.departments, detail.department) : null;
      if (detail?.department && !named) unknown.add(detail.department);
      const department = named ?? (detail?.department ? null : fallback);
      if (!department && !detail?.department) missingDepartment++;
      if (!detail?.due_date) usedDefaultDue = true;
      return { title, department_id: department?.id ?? '', due_date: detail?.due_date ?? dueDefault };
    });
    return {
      no: ind.no,
      name: ind.name,
      group: ind.group ?? '',
      score: ind.score,
      analysis: ind.analysis,
      agency_analysis: ind.agency_analysis,
      measures,
    };
  });

  for (const name of unknown) problems.add('unknown_department', null, { name, list: names });
  if (missingDepartment > 0) problems.add('missing_department', null, { count: missingDepartment, list: names });
  if (usedDefaultDue) problems.add('default_due_date', null, { date: formatBeDate(dueDefault) });

  const payload: ImportPayload = {
    organization_id: options.organizationId,
    agency: plan.agency,
    fiscal_year_be: plan.fiscal_year_be,
    title: plan.title || `${DEFAULT_TITLE_PREFIX} ${plan.fiscal_year_be}`,
    ita_score: plan.ita_score,
    ita_grade: plan.ita_grade,
    indicators,
  };
  return { payload: problems.hasErrors ? null : payload, problems: problems.items };
}
