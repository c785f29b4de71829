import { roundScore } from '@/features/dashboard/lib/score-model';
import type { DisplayLocale } from '@/lib/dates';

const INTL: Record<DisplayLocale, string> = { th: 'th-TH-u-nu-latn', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: DisplayLocale, min: number, max: number) {
  const key = `${locale}:${min}:${max}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL[locale], { minimumFractionDigits: min, maximumFractionDigits: max });
    cache.set(key, f);
  }
  return f;
}

/** An ITA score as published: two decimals, half up on the decimal value ("75.28"); "–" when unknown. */
export function formatScore(value: number | null | undefined, locale: DisplayLocale = 'th'): string {
  return value === null || value === undefined ? '–' : numberFormat(locale, 2, 2).format(roundScore(value));
}

/** A percentage with at most one decimal ("28.6%"); "–" when there is nothing to divide. */
export function formatPercent(value: number | null | undefined, locale: DisplayLocale = 'th'): string {
  return value === null || value === undefined ? '–' : `${numberFormat(locale, 0, 1).format(value)}%`;
}

/** Overall points (points at stake, gaps): two decimals. */
export function formatPoints(value: number, locale: DisplayLocale = 'th'): string {
  return numberFormat(locale, 2, 2).format(roundScore(value));
}

export const displayLocale = (language: string | undefined): DisplayLocale => (language === 'en' ? 'en' : 'th');
