import type { Enums } from '@/lib/database.types';
import {
  assessScores,
  parseBandConditions,
  type IndicatorGroup,
  type ScoreAssessment,
  type ScoreFramework,
} from './score-model';

/**
 * The shape of `public.plan_dashboard(p_fiscal_year, p_as_of)` (jsonb, so the generated types say `Json`).
 * Every figure is computed in the database as the caller; the SPA only renders and runs the score model.
 */
export interface DashboardFigures {
  /** Measures counted (all but cancelled). */
  measures: number;
  not_started: number;
  in_progress: number;
  submitted: number;
  returned: number;
  approved: number;
  cancelled: number;
  /** approved / measures × 100, 2 decimals; null without measures. */
  percent_approved: number | null;
  /** Mean percent_complete of the measures, 2 decimals; null without measures. */
  percent_complete: number | null;
  /** Due before the as-of date and neither approved nor cancelled. */
  overdue: number;
  /** Earliest due date on or after the as-of date of an open measure (ISO). */
  next_due: string | null;
}

export interface DashboardIndicator {
  id: string;
  no: number;
  name: string;
  group: IndicatorGroup;
  score: number | null;
  framework_indicator_id: string | null;
  figures: DashboardFigures;
}

export interface OverdueMeasure {
  id: string;
  no: number | null;
  title: string;
  status: Enums<'measure_status'>;
  due_date: string;
  indicator_no: number;
  owners: { id: string; full_name: string }[];
}

export interface DashboardDepartment {
  id: string;
  name: string;
  code: string | null;
  figures: DashboardFigures;
  overdue_measures: OverdueMeasure[];
}

export interface BurnupMonth {
  /** First day of the month (ISO). */
  month: string;
  /** Measures due in the month. */
  due: number;
  /** Measures due by the end of the month: the plan's deadlines. */
  planned_cumulative: number;
  /** Measures approved in the month; null for months after the as-of date. */
  completed: number | null;
  completed_cumulative: number | null;
}

export interface DashboardFramework {
  id: string;
  fiscal_year: number;
  name: string;
  pass_score: number | null;
  group_weights: Record<IndicatorGroup, number>;
  indicators: { id: string; no: number; name: string; group: IndicatorGroup; weight: number | null }[];
  bands: { label: string; min_score: number; max_score: number; conditions: unknown }[];
}

export interface Dashboard {
  as_of: string;
  scope: { role: Enums<'user_role'>; department_id: string | null; kind: 'organization' | 'department' | 'own' };
  plan: {
    id: string;
    fiscal_year: number;
    title: string;
    status: Enums<'plan_status'>;
    ita_score: number | null;
    ita_grade: string | null;
  };
  framework: DashboardFramework | null;
  totals: DashboardFigures;
  indicators: DashboardIndicator[];
  departments: DashboardDepartment[];
  burnup: BurnupMonth[];
}

/** The score model's view of the framework the plan answers. */
export function toScoreFramework(framework: DashboardFramework): ScoreFramework {
  return {
    groupWeights: framework.group_weights,
    indicators: framework.indicators.map((i) => ({ no: i.no, name: i.name, group: i.group, weight: i.weight })),
    bands: framework.bands.map((b) => ({
      label: b.label,
      minScore: b.min_score,
      maxScore: b.max_score,
      conditions: parseBandConditions(b.conditions),
    })),
  };
}

/** Scores the plan: its indicator scores (matched to the framework by indicator number) and recorded overall. */
export function assessDashboard(dashboard: Dashboard): ScoreAssessment | null {
  if (!dashboard.framework) return null;
  const framework = toScoreFramework(dashboard.framework);
  const byId = new Map(dashboard.framework.indicators.map((i) => [i.id, i.no]));
  const scores: Record<number, number | null> = {};
  const names = new Map<number, string>();
  for (const indicator of dashboard.indicators) {
    const no = (indicator.framework_indicator_id && byId.get(indicator.framework_indicator_id)) || indicator.no;
    scores[no] = indicator.score;
    names.set(no, indicator.name);
  }
  // The plan's wording of an indicator, as in the rest of the dashboard.
  framework.indicators = framework.indicators.map((i) => ({ ...i, name: names.get(i.no) ?? i.name }));
  return assessScores(framework, scores, dashboard.plan.ita_score);
}
