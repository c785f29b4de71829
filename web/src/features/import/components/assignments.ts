import {
  buildImportPayload,
  findDepartment,
  fiscalYearEnd,
  type DepartmentRef,
} from '@/features/import/lib/build-import-payload';
import type { ImportedPlan } from '@/features/import/lib/imported-plan-schema';

/** The owner department and due date chosen for one imported measure. */
export interface Assignment {
  /** '' = not chosen yet. */
  departmentId: string;
  /** ISO C.E.; null = not chosen. */
  dueDate: string | null;
  /** The department as written in the file when it matched none of the organisation's. */
  unmatched: string | null;
}

/** Per indicator, per measure (the plan's order). */
export type Assignments = Assignment[][];

/**
 * The starting choices: the department named in the file when it matches one of the organisation's (by name,
 * code, or name without "ฝ่าย"), and the file's due date or else the last day of the fiscal year.
 */
export function defaultAssignments(plan: ImportedPlan, departments: readonly DepartmentRef[]): Assignments {
  const yearEnd = fiscalYearEnd(plan.fiscal_year_be);
  return plan.indicators.map((ind) =>
    ind.measures.map((_, i) => {
      const detail = ind.measure_details?.[i];
      const match = detail?.department ? findDepartment(departments, detail.department) : null;
      return {
        departmentId: match?.id ?? '',
        dueDate: detail?.due_date ?? yearEnd,
        unmatched: detail?.department && !match ? detail.department : null,
      };
    }),
  );
}

/** Gives every measure without a department this one. */
export function fillMissingDepartments(assignments: Assignments, departmentId: string): Assignments {
  return assignments.map((row) => row.map((a) => (a.departmentId ? a : { ...a, departmentId })));
}

export function updateAssignment(
  assignments: Assignments,
  indicator: number,
  measure: number,
  patch: Partial<Assignment>,
): Assignments {
  return assignments.map((row, i) =>
    i === indicator ? row.map((a, j) => (j === measure ? { ...a, ...patch } : a)) : row,
  );
}

/**
 * The RPC payload for the plan with the coordinator's choices, and what still prevents saving
 * (`buildImportPayload`: measures without a department, indicators without a group).
 */
export function payloadFor(
  plan: ImportedPlan,
  assignments: Assignments,
  { organizationId, departments }: { organizationId: string; departments: readonly DepartmentRef[] },
) {
  const chosen: ImportedPlan = {
    ...plan,
    indicators: plan.indicators.map((ind, i) => ({
      ...ind,
      measure_details: ind.measures.map((_, j) => {
        const a = assignments[i]?.[j];
        return { department: a?.departmentId || null, due_date: a?.dueDate ?? null };
      }),
    })),
  };
  const missingDue = assignments.flat().filter((a) => !a.dueDate).length;
  const built = buildImportPayload(chosen, { organizationId, departments });
  return { ...built, missingDue };
}
