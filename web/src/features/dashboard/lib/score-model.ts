/**
 * The ITA score model: overall score, grade, points at stake, what-if and the smallest set of gains that
 * reaches the next grade. Pure functions fed by the framework data from the database (group weights,
 * indicator weights, grade bands with their conditions), so a new year's framework needs no code change.
 *
 * Scoring. Each assessment tool (group: IIT, EIT, OIT) has a weight W_g (2565: 30/30/40). A group's score is
 * the mean of its indicators' scores, weighted by the indicators' weights within the group (equal weights →
 * the plain mean; 2565's OIT indicators weigh 22 and 18). The overall score is Σ W_g × group score / Σ W_g.
 * Equivalently every indicator has an effective weight (its share of the overall, W_g × w_i / Σ_group w):
 * overall = Σ effective weight × score / 100, and raising an indicator by x points raises the overall by
 * effective weight × x / 100 (its "points at stake" are effective weight × (100 − score) / 100).
 *
 * Missing scores. A group's score is known when all its indicators have scores. When exactly one group is
 * unknown and the overall score is known (a plan that recorded only indicators 1–8 and the overall score, as
 * Din Daeng's 2565 plan: 75.28), that group's score is implied: (overall × Σ W − Σ other W_g × G_g) / W_x
 * (≈ 80.77 for Din Daeng's OIT), and the group is modelled as one unit. With more groups unknown the recorded
 * overall is still graded and what-ifs move it linearly (the unknown groups held as they are). With every score
 * known the overall is computed (and a recorded overall that differs is reported, not used).
 *
 * Grades. Scores are compared as published, rounded to 2 decimals (84.995 → 85.00). The score band is the
 * band with the highest minimum the score reaches (so 85.00 is A, 84.99 B, whatever the bands' maxima say).
 * From 2566 a band may carry per-tool conditions ({"min_group_scores": {"OIT": 85}}, {"min_indicator_scores":
 * {"9": 80}}): when they are not met, the grade is the next band down whose conditions are met.
 */

export const INDICATOR_GROUPS = ['IIT', 'EIT', 'OIT'] as const;
export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number];

export interface FrameworkIndicator {
  no: number;
  name: string;
  group: IndicatorGroup;
  /** Percentage of the overall score (2565: 6 for IIT, 10 for EIT, 22/18 for OIT); null = equal shares. */
  weight: number | null;
}

export interface BandConditions {
  minGroupScores?: Partial<Record<IndicatorGroup, number>>;
  /** By indicator number. */
  minIndicatorScores?: Record<number, number>;
}

export interface GradeBand {
  label: string;
  minScore: number;
  maxScore: number;
  conditions: BandConditions;
}

export interface ScoreFramework {
  groupWeights: Record<IndicatorGroup, number>;
  indicators: FrameworkIndicator[];
  bands: GradeBand[];
}

/** Something the model can raise: an indicator with a score, or a group whose score is implied. */
export interface ScoreUnit {
  /** `i6` for indicator 6, `gOIT` for an implied group. */
  key: string;
  kind: 'indicator' | 'group';
  group: IndicatorGroup;
  /** Indicator number (indicators only). */
  no?: number;
  name: string;
  score: number;
  /** Share of the overall score in percent (effective weight). */
  weight: number;
}

export interface GroupScore {
  group: IndicatorGroup;
  weight: number;
  score: number | null;
  source: 'indicators' | 'implied' | 'missing';
}

export interface UnmetCondition {
  kind: 'group' | 'indicator';
  /** Group name or indicator number. */
  target: string;
  required: number;
  actual: number | null;
}

export interface GradeResult {
  label: string;
  /** The band the score alone reaches (differs from `label` when conditions hold the grade back). */
  scoreBandLabel: string;
  /** Bands the score reaches whose conditions are not met, best first. */
  heldBack: { label: string; unmet: UnmetCondition[] }[];
}

export interface ScoreAssessment {
  framework: ScoreFramework;
  /** Overall score (2 decimals) or null when it cannot be known. */
  overall: number | null;
  /** Unrounded overall, for what-if arithmetic. */
  overallExact: number | null;
  overallSource: 'computed' | 'recorded' | null;
  /** The overall score recorded on the plan, when given. */
  recordedOverall: number | null;
  /** The recorded overall differs from the one computed from all indicator scores (by more than 0.01). */
  recordedMismatch: boolean;
  groups: Record<IndicatorGroup, GroupScore>;
  units: ScoreUnit[];
  /** Indicator scores by number, as given (null = missing). */
  indicatorScores: Record<number, number | null>;
  grade: GradeResult | null;
}

const EPSILON = 1e-9;

/** Half-up rounding to 2 decimals of a decimal score (84.995 → 85, not 84.99 as binary floats would). */
export function roundScore(value: number): number {
  const shifted = Number(`${Number(value.toFixed(10))}e2`);
  return Number(`${Math.round(shifted)}e-2`);
}

/** Rounds up to 2 decimals (targets that must reach a threshold). */
function ceilScore(value: number): number {
  return Number(`${Math.ceil(Number(`${Number(value.toFixed(10))}e2`) - EPSILON)}e-2`);
}

const totalWeight = (framework: ScoreFramework) =>
  INDICATOR_GROUPS.reduce((sum, g) => sum + framework.groupWeights[g], 0);

/** Effective weights (percent of the overall) of a framework's indicators, by number. */
export function effectiveWeights(framework: ScoreFramework): Map<number, number> {
  const out = new Map<number, number>();
  for (const group of INDICATOR_GROUPS) {
    const members = framework.indicators.filter((i) => i.group === group);
    if (members.length === 0) continue;
    const weights = members.map((i) => i.weight);
    const sum = weights.reduce<number>((s, w) => s + (w ?? 0), 0);
    const useOwn = weights.every((w) => w !== null) && sum > 0;
    for (const i of members) {
      out.set(i.no, framework.groupWeights[group] * (useOwn ? (i.weight ?? 0) / sum : 1 / members.length) || 0);
    }
  }
  return out;
}

function meetsConditions(
  conditions: BandConditions,
  groups: Record<IndicatorGroup, number | null>,
  indicators: Record<number, number | null>,
): UnmetCondition[] {
  const unmet: UnmetCondition[] = [];
  for (const [group, required] of Object.entries(conditions.minGroupScores ?? {})) {
    const actual = groups[group as IndicatorGroup];
    if (required === undefined) continue;
    if (actual === null || roundScore(actual) < required - EPSILON) {
      unmet.push({ kind: 'group', target: group, required, actual: actual === null ? null : roundScore(actual) });
    }
  }
  for (const [no, required] of Object.entries(conditions.minIndicatorScores ?? {})) {
    const actual = indicators[Number(no)] ?? null;
    if (actual === null || roundScore(actual) < required - EPSILON) {
      unmet.push({ kind: 'indicator', target: no, required, actual: actual === null ? null : roundScore(actual) });
    }
  }
  return unmet;
}

const bandsBestFirst = (bands: GradeBand[]) => [...bands].sort((a, b) => b.minScore - a.minScore);

/**
 * The grade of an overall score: the best band the (rounded) score reaches whose conditions hold.
 * Group and indicator scores are needed only for bands with conditions (unknown = not met).
 */
export function gradeFor(
  bands: GradeBand[],
  overall: number,
  groups: Record<IndicatorGroup, number | null> = { IIT: null, EIT: null, OIT: null },
  indicators: Record<number, number | null> = {},
): GradeResult | null {
  const score = roundScore(overall);
  const reached = bandsBestFirst(bands).filter((b) => score >= b.minScore - EPSILON);
  const heldBack: GradeResult['heldBack'] = [];
  for (const band of reached) {
    const unmet = meetsConditions(band.conditions, groups, indicators);
    if (unmet.length === 0) return { label: band.label, scoreBandLabel: reached[0]!.label, heldBack };
    heldBack.push({ label: band.label, unmet });
  }
  return null;
}

function groupScoresOf(assessment: Pick<ScoreAssessment, 'groups'>): Record<IndicatorGroup, number | null> {
  return { IIT: assessment.groups.IIT.score, EIT: assessment.groups.EIT.score, OIT: assessment.groups.OIT.score };
}

/**
 * Scores a plan: indicator scores by number (missing = null or absent) and, optionally, the overall score
 * the plan recorded (used to imply one missing group).
 */
export function assessScores(
  framework: ScoreFramework,
  scores: Record<number, number | null>,
  recordedOverall: number | null = null,
): ScoreAssessment {
  const weights = effectiveWeights(framework);
  const total = totalWeight(framework);
  const groups = {} as Record<IndicatorGroup, GroupScore>;
  const units: ScoreUnit[] = [];
  const unknown: IndicatorGroup[] = [];

  for (const group of INDICATOR_GROUPS) {
    const weight = framework.groupWeights[group];
    const members = framework.indicators.filter((i) => i.group === group).sort((a, b) => a.no - b.no);
    const known = members.every((i) => typeof scores[i.no] === 'number');
    if (members.length > 0 && known) {
      const memberWeight = members.reduce((s, i) => s + (weights.get(i.no) ?? 0), 0);
      const score =
        memberWeight > 0
          ? members.reduce((s, i) => s + (weights.get(i.no) ?? 0) * scores[i.no]!, 0) / memberWeight
          : members.reduce((s, i) => s + scores[i.no]!, 0) / members.length;
      groups[group] = { group, weight, score, source: 'indicators' };
      for (const i of members) {
        units.push({
          key: `i${i.no}`,
          kind: 'indicator',
          group,
          no: i.no,
          name: i.name,
          score: scores[i.no]!,
          weight: weights.get(i.no) ?? 0,
        });
      }
    } else {
      groups[group] = { group, weight, score: null, source: 'missing' };
      if (weight > 0) unknown.push(group);
    }
  }

  const weightedKnown = () =>
    INDICATOR_GROUPS.reduce((s, g) => s + (groups[g].score === null ? 0 : groups[g].weight * groups[g].score!), 0);
  let overallExact: number | null = null;
  let overallSource: ScoreAssessment['overallSource'] = null;
  let recordedMismatch = false;

  if (unknown.length === 0 && total > 0) {
    overallExact = weightedKnown() / total;
    overallSource = 'computed';
    recordedMismatch =
      recordedOverall !== null && Math.abs(roundScore(overallExact) - recordedOverall) > 0.01 + EPSILON;
  } else if (recordedOverall !== null) {
    // The overall is known from the plan; the model stays linear around it (unknown groups held fixed).
    overallExact = recordedOverall;
    overallSource = 'recorded';
    if (unknown.length === 1) {
      const missing = unknown[0]!;
      const implied = (recordedOverall * total - weightedKnown()) / groups[missing].weight;
      if (implied >= -EPSILON && implied <= 100 + EPSILON) {
        const score = Math.min(100, Math.max(0, implied));
        groups[missing] = { ...groups[missing], score, source: 'implied' };
        units.push({
          key: `g${missing}`,
          kind: 'group',
          group: missing,
          name: missing,
          score,
          weight: groups[missing].weight,
        });
      } else {
        recordedMismatch = true;
      }
    }
  }

  const assessment: ScoreAssessment = {
    framework,
    overall: overallExact === null ? null : roundScore(overallExact),
    overallExact,
    overallSource,
    recordedOverall,
    recordedMismatch,
    groups,
    units,
    indicatorScores: { ...scores },
    grade: null,
  };
  assessment.grade =
    overallExact === null ? null : gradeFor(framework.bands, overallExact, groupScoresOf(assessment), scores);
  return assessment;
}

export interface PointsAtStake {
  unit: ScoreUnit;
  /** Overall points the unit would add at 100: weight × (100 − score) / Σ group weights. */
  points: number;
}

/** Points at stake per indicator (or implied group), largest first. */
export function pointsAtStake(assessment: ScoreAssessment): PointsAtStake[] {
  const total = totalWeight(assessment.framework);
  if (total <= 0) return [];
  return assessment.units
    .map((unit) => ({ unit, points: (unit.weight * (100 - unit.score)) / total }))
    .sort((a, b) => b.points - a.points || a.unit.key.localeCompare(b.unit.key, 'en', { numeric: true }));
}

export interface WhatIfResult {
  overall: number;
  overallExact: number;
  grade: GradeResult | null;
  groups: Record<IndicatorGroup, number | null>;
}

/** The overall score and grade if the given units (by key: `i6`, `gOIT`) had these scores. */
export function whatIf(assessment: ScoreAssessment, changes: Record<string, number>): WhatIfResult | null {
  if (assessment.overallExact === null) return null;
  const total = totalWeight(assessment.framework);
  let overallExact = assessment.overallExact;
  const groups = groupScoresOf(assessment);
  const indicators = { ...assessment.indicatorScores };
  for (const unit of assessment.units) {
    const next = changes[unit.key];
    if (next === undefined) continue;
    const value = Math.min(100, Math.max(0, next));
    const delta = value - unit.score;
    overallExact += (unit.weight * delta) / total;
    const groupWeight = assessment.groups[unit.group].weight;
    const current = groups[unit.group];
    if (current !== null && groupWeight > 0) groups[unit.group] = current + (unit.weight * delta) / groupWeight;
    if (unit.no !== undefined) indicators[unit.no] = value;
  }
  return {
    overall: roundScore(overallExact),
    overallExact,
    grade: gradeFor(assessment.framework.bands, overallExact, groups, indicators),
    groups,
  };
}

export interface Gain {
  unit: ScoreUnit;
  from: number;
  to: number;
}

export interface NextGradePlan {
  targetLabel: string;
  targetScore: number;
  gains: Gain[];
  result: WhatIfResult;
}

/** The band above the current grade (by minimum score), or null at the top or without a grade. */
export function nextBand(assessment: ScoreAssessment): GradeBand | null {
  if (!assessment.grade) return null;
  const bands = bandsBestFirst(assessment.framework.bands);
  const index = bands.findIndex((b) => b.label === assessment.grade!.label);
  return index > 0 ? bands[index - 1]! : null;
}

const MAX_EXHAUSTIVE_UNITS = 14;

/**
 * The smallest set of indicator gains that reaches the next grade: the fewest indicators (or implied groups)
 * to raise, and among those the least total raise (highest weights first, each at most to 100), meeting the
 * band's minimum and its conditions. Null at the top grade, without a grade, or when even 100 everywhere
 * cannot reach it.
 */
export function smallestGainsToNextGrade(assessment: ScoreAssessment): NextGradePlan | null {
  const target = nextBand(assessment);
  if (!target || assessment.overallExact === null) return null;
  const total = totalWeight(assessment.framework);
  const candidates = assessment.units.filter((u) => u.score < 100 - EPSILON && u.weight > 0);
  const byWeight = (a: ScoreUnit, b: ScoreUnit) => b.weight - a.weight || b.score - a.score;

  const allocate = (subset: ScoreUnit[]): Map<string, number> | null => {
    const to = new Map(subset.map((u) => [u.key, u.score]));
    const gain = (u: ScoreUnit) => to.get(u.key)! - u.score;
    // 1. Conditions of the target band.
    for (const [group, required] of Object.entries(target.conditions.minGroupScores ?? {})) {
      if (required === undefined) continue;
      const g = assessment.groups[group as IndicatorGroup];
      if (g.score === null || g.weight <= 0) return null;
      // Raising unit u by x raises the group by u.weight × x / W_g: the deficit in weight-points.
      let deficit = (required - g.score) * g.weight;
      for (const u of subset.filter((s) => s.group === group).sort(byWeight)) {
        if (deficit <= EPSILON) break;
        const room = (100 - to.get(u.key)!) * u.weight;
        const used = Math.min(room, deficit);
        to.set(u.key, to.get(u.key)! + used / u.weight);
        deficit -= used;
      }
      if (deficit > EPSILON) return null;
    }
    for (const [no, required] of Object.entries(target.conditions.minIndicatorScores ?? {})) {
      const unit = subset.find((u) => u.no === Number(no));
      const current = assessment.indicatorScores[Number(no)] ?? null;
      if (current !== null && current >= required - EPSILON) continue;
      if (!unit) return null;
      to.set(unit.key, Math.max(to.get(unit.key)!, required));
    }
    // 2. The band's minimum overall score.
    let gap = (target.minScore - assessment.overallExact!) * total - subset.reduce((s, u) => s + gain(u) * u.weight, 0);
    for (const u of [...subset].sort(byWeight)) {
      if (gap <= EPSILON) break;
      const room = (100 - to.get(u.key)!) * u.weight;
      const used = Math.min(room, gap);
      to.set(u.key, to.get(u.key)! + used / u.weight);
      gap -= used;
    }
    if (gap > EPSILON) return null;
    // Every unit of the set must be raised, or a smaller set would do.
    if (subset.some((u) => gain(u) <= EPSILON)) return null;
    return to;
  };

  const evaluate = (subset: ScoreUnit[]): NextGradePlan | null => {
    const to = allocate(subset);
    if (!to) return null;
    const changes = Object.fromEntries([...to].map(([k, v]) => [k, Math.min(100, ceilScore(v))]));
    const result = whatIf(assessment, changes);
    const reached = result?.grade && assessment.framework.bands.find((b) => b.label === result.grade!.label);
    if (!result || !reached || reached.minScore < target.minScore - EPSILON) return null;
    const gains = subset
      .map((unit) => ({ unit, from: unit.score, to: changes[unit.key]! }))
      .sort((a, b) => byWeight(a.unit, b.unit));
    return { targetLabel: target.label, targetScore: target.minScore, gains, result };
  };
  const cost = (p: NextGradePlan) => p.gains.reduce((s, g) => s + (g.to - g.from), 0);

  if (candidates.length <= MAX_EXHAUSTIVE_UNITS) {
    for (let size = 1; size <= candidates.length; size++) {
      let best: NextGradePlan | null = null;
      for (const subset of combinations(candidates, size)) {
        const plan = evaluate(subset);
        if (plan && (!best || cost(plan) < cost(best) - EPSILON)) best = plan;
      }
      if (best) return best;
    }
    return null;
  }
  // Many units: the largest potentials first (optimal for the overall minimum alone).
  const ranked = [...candidates].sort((a, b) => b.weight * (100 - b.score) - a.weight * (100 - a.score));
  for (let size = 1; size <= ranked.length; size++) {
    const plan = evaluate(ranked.slice(0, size));
    if (plan) return plan;
  }
  return null;
}

function* combinations<T>(items: T[], size: number, start = 0, prefix: T[] = []): Generator<T[]> {
  if (prefix.length === size) {
    yield prefix;
    return;
  }
  for (let i = start; i <= items.length - (size - prefix.length); i++) {
    yield* combinations(items, size, i + 1, [...prefix, items[i]!]);
  }
}

/** Reads a band's `conditions` jsonb ({"min_group_scores": {"OIT": 85}, "min_indicator_scores": {"9": 80}}). */
export function parseBandConditions(value: unknown): BandConditions {
  if (!value || typeof value !== 'object') return {};
  const raw = value as Record<string, unknown>;
  const numbers = (v: unknown) =>
    v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).filter((e): e is [string, number] => typeof e[1] === 'number'),
        )
      : {};
  const groups = numbers(raw.min_group_scores);
  const indicators = numbers(raw.min_indicator_scores);
  const out: BandConditions = {};
  const groupEntries = Object.entries(groups).filter(([k]) => (INDICATOR_GROUPS as readonly string[]).includes(k));
  if (groupEntries.length) out.minGroupScores = Object.fromEntries(groupEntries);
  const indicatorEntries = Object.entries(indicators).filter(([k]) => Number.isInteger(Number(k)));
  if (indicatorEntries.length)
    out.minIndicatorScores = Object.fromEntries(indicatorEntries.map(([k, v]) => [Number(k), v]));
  return out;
}
