import { wrapLabel } from '@/features/dashboard/lib/wrap-thai';

export interface ThaiAxisTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
  /** Characters per line before wrapping. */
  maxChars: number;
  locale: string;
  /** `end` for a category axis on the left (bars), `middle` under a bottom axis. */
  anchor?: 'end' | 'middle';
}

const LINE_HEIGHT = 15;

/**
 * An axis label that wraps Thai at word boundaries (recharts wraps only on spaces, and Thai has none):
 * one `<tspan>` per line, centred on the tick.
 */
export function ThaiAxisTick({ x = 0, y = 0, payload, maxChars, locale, anchor = 'end' }: ThaiAxisTickProps) {
  const lines = wrapLabel(String(payload?.value ?? ''), maxChars, { locale });
  const firstDy = anchor === 'end' ? -((lines.length - 1) * LINE_HEIGHT) / 2 : LINE_HEIGHT / 2;
  return (
    <text
      x={x}
      y={y}
      textAnchor={anchor}
      dominantBaseline="central"
      fontSize={12}
      fill="var(--chart-text-color, currentColor)"
    >
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? firstDy : LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
