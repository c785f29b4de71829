import { createTheme, type CSSVariablesResolver } from '@mantine/core';

const FONT_STACK = 'Sarabun, "Noto Sans Thai", "Leelawadee UI", Tahoma, system-ui, sans-serif';
// Thai tone marks and stacked vowels need room: never below 1.5.
const LINE_HEIGHT = '1.6';

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
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  focusRing: 'auto',
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Badge: { defaultProps: { tt: 'none' } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
  },
  dark: {},
});
