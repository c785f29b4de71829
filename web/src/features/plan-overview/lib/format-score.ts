/** An ITA score with two decimals, as the assessment reports print it: "75.28". */
export function formatScore(score: number, language?: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'th-TH', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    numberingSystem: 'latn',
  } as Intl.NumberFormatOptions).format(score);
}
