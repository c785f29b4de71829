const UNITS = ['KB', 'MB', 'GB'] as const;
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: 'th' | 'en', fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${fractionDigits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'th' ? 'th-TH-u-nu-latn' : 'en-GB', { maximumFractionDigits: fractionDigits });
    formatters.set(key, f);
  }
  return f;
}

/** A file size for people, in binary units as the bucket limit is set: "820 ไบต์", "1.2 MB", "50 MB". */
export function formatFileSize(bytes: number, locale: 'th' | 'en' = 'th'): string {
  if (bytes < 1024) return `${numberFormat(locale, 0).format(bytes)} ${locale === 'th' ? 'ไบต์' : 'bytes'}`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${numberFormat(locale, value < 10 ? 1 : 0).format(value)} ${UNITS[unit]}`;
}
