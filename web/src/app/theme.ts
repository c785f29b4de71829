import {
  createTheme,
  DEFAULT_THEME,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type VariantColorsResolver,
} from '@mantine/core';

const FONT_STACK = 'Sarabun, "Noto Sans Thai", "Leelawadee UI", Tahoma, system-ui, sans-serif';
// Thai tone marks and stacked vowels need room: never below 1.5.
const LINE_HEIGHT = '1.6';

/** A default palette with darker shades 8 and 9 (the rest unchanged). */
function withDarkShades(name: 'green' | 'orange' | 'teal' | 'lime' | 'yellow' | 'red', shade8: string, shade9: string) {
  const [c0, c1, c2, c3, c4, c5, c6, c7] = DEFAULT_THEME.colors[name] ?? [];
  if (!c0 || !c1 || !c2 || !c3 || !c4 || !c5 || !c6 || !c7) throw new Error(`Mantine has no ${name} palette`);
  return [c0, c1, c2, c3, c4, c5, c6, c7, shade8, shade9] satisfies MantineColorsTuple;
}

/**
 * Mantine's shades 8–9 of these colours are too light for text: white on a filled button (shade 8) and the
 * light variant's text (shade 9 on shade 1: status badges, alerts, avatar initials) fall below 4.5:1
 * (green 3.4–3.8, orange 3.6–4.3, teal 4.3, lime 3.3, yellow 2.7; red 8 is 4.3 on a grey table row). Same hues,
 * darkened until white on shade 8 and shade 9 on shades 1 and 2 reach 4.6:1 (axe-core in the browser tests,
 * e2e/tests/50-accessibility.spec.ts).
 */
const COLORS = {
  green: withDarkShades('green', '#28863a', '#237133'),
  orange: withDarkShades('orange', '#c84d0a', '#ab390c'),
  teal: withDarkShades('teal', '#08855f', '#077050'),
  lime: withDarkShades('lime', '#4f810c', '#48730a'),
  yellow: withDarkShades('yellow', '#aa6300', '#a35400'),
  red: withDarkShades('red', '#c92a2a', '#a82424'),
};

/**
 * Mantine draws the text of subtle and transparent buttons in at most shade 6 of their colour, whatever shade is
 * asked for (`color="red.8"` came out #fa5252, 3.3:1 on white): keep the shade asked for.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'subtle' && input.variant !== 'transparent') return colors;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || parsed.shade === undefined) return colors;
  return { ...colors, color: `var(--mantine-color-${parsed.color}-${parsed.shade})` };
};

/**
 * The app's theme. Colours are chosen for WCAG AA contrast on white: filled buttons use shade 8 of the
 * primary colour (#1971c2, 4.9:1 with white text), dimmed and placeholder text are darker than Mantine's defaults.
 */
export const theme = createTheme({
  fontFamily: FONT_STACK,
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, monospace',
  headings: {
    fontFamily: FONT_STACK,
    fontWeight: '700',
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.5' },
      h2: { fontSize: '1.375rem', lineHeight: '1.5' },
      h3: { fontSize: '1.125rem', lineHeight: '1.5' },
      h4: { fontSize: '1rem', lineHeight: '1.5' },
    },
  },
  lineHeights: { xs: LINE_HEIGHT, sm: LINE_HEIGHT, md: LINE_HEIGHT, lg: LINE_HEIGHT, xl: LINE_HEIGHT },
  colors: COLORS,
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  variantColorResolver,
  focusRing: 'auto',
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Badge: { defaultProps: { tt: 'none' } },
    // A table wider than the screen scrolls sideways: its scroll area takes the keyboard focus (arrow keys scroll).
    TableScrollContainer: { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Error messages and borders: red 8 (5.5:1 on white) rather than Mantine's red 6 (3.3:1).
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  },
  dark: {},
});
