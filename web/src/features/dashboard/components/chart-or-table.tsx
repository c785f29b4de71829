import { Box, SegmentedControl, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PanelErrorBoundary } from '@/features/dashboard/components/panel-error-boundary';

interface ChartOrTableProps {
  /** What the chart shows, for the view switch's accessible name. */
  label: string;
  chart: ReactNode;
  /** The same numbers as an accessible table (with a caption). */
  table: ReactNode;
  defaultView?: 'chart' | 'table';
}

/**
 * A chart with its table alternative: a switch shows either. While the chart shows, the table stays in the
 * page for screen readers (visually hidden) and the chart's SVG is hidden from them.
 */
export function ChartOrTable({ label, chart, table, defaultView = 'chart' }: ChartOrTableProps) {
  const { t } = useTranslation();
  const [view, setView] = useState(defaultView);
  return (
    <Stack gap="sm">
      <SegmentedControl
        size="xs"
        style={{ alignSelf: 'flex-start' }}
        value={view}
        onChange={(value) => setView(value === 'table' ? 'table' : 'chart')}
        aria-label={t('dashboard.view.label', { name: label })}
        data={[
          { value: 'chart', label: t('dashboard.view.chart') },
          { value: 'table', label: t('dashboard.view.table') },
        ]}
      />
      {view === 'chart' ? (
        <>
          <Box aria-hidden="true">
            <PanelErrorBoundary>
              <Suspense fallback={<Skeleton h={280} radius="md" />}>{chart}</Suspense>
            </PanelErrorBoundary>
          </Box>
          <VisuallyHidden>{table}</VisuallyHidden>
        </>
      ) : (
        table
      )}
    </Stack>
  );
}
