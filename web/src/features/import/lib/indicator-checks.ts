import { groupFor, indicatorsForYear, type IndicatorGroupTable } from './indicator-groups';
import type { ProblemList } from './problems';

/** Checks shared by every reader: groups from the year's table, official names, the indicator set. */

export interface GroupContext {
  groups: IndicatorGroupTable;
  fiscalYearBe: number | null;
  problems: ProblemList;
}

/** The group written in the file wins over the table (with a warning when they differ). */
export function resolveGroup(
  ctx: GroupContext,
  no: number,
  line: number | null,
  given: string | null = null,
): string | null {
  const fromTable = groupFor(ctx.groups, ctx.fiscalYearBe, no);
  if (given) {
    if (fromTable && fromTable !== given) {
      ctx.problems.add('group_mismatch', line, { no, given, expected: fromTable, year: ctx.fiscalYearBe ?? '' });
    }
    return given;
  }
  if (fromTable === null && indicatorsForYear(ctx.groups, ctx.fiscalYearBe)) {
    ctx.problems.add('unknown_group', line, { no, year: ctx.fiscalYearBe ?? '' });
  }
  return fromTable;
}

/** The indicator's name, or the official one from the year's table (reported) when the file has none. */
export function resolveName(ctx: GroupContext, no: number, line: number | null, name: string): string {
  if (name) return name;
  const official = indicatorsForYear(ctx.groups, ctx.fiscalYearBe)?.find((k) => k.no === no)?.name;
  if (official) ctx.problems.add('name_from_table', line, { no, name: official });
  else ctx.problems.add('missing_name', line, { no });
  return official ?? '';
}

/**
 * After all indicators are read: a year without a table (reported when it left a group empty), and the
 * indicators of the year that are missing.
 */
export function checkIndicatorSet(ctx: GroupContext, indicators: { no: number; group: string | null }[]): void {
  if (indicators.length === 0 || ctx.fiscalYearBe === null) return;
  const known = indicatorsForYear(ctx.groups, ctx.fiscalYearBe);
  if (!known) {
    if (indicators.some((i) => i.group === null)) ctx.problems.add('no_group_table', null, { year: ctx.fiscalYearBe });
    return;
  }
  const numbers = indicators.map((i) => i.no);
  const missing = known.filter((k) => !numbers.includes(k.no)).map((k) => k.no);
  if (missing.length > 0)
    ctx.problems.add('missing_indicators', null, { list: missing.join(', '), year: ctx.fiscalYearBe });
}
