import { Anchor, Breadcrumbs, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '@/config/paths';
import type { MeasureDetail } from '@/features/measures/api/get-measure';

/** Plan overview (of the measure's fiscal year) › indicator › this measure. */
export function MeasureBreadcrumbs({ measure }: { measure: MeasureDetail }) {
  const { t } = useTranslation();
  const fiscalYear = measure.plan?.fiscal_year;
  return (
    <nav aria-label={t('measures.breadcrumbs.label')}>
      <Breadcrumbs separatorMargin={6} styles={{ root: { flexWrap: 'wrap', rowGap: 4 } }}>
        <Anchor
          size="sm"
          renderRoot={(props) => (
            <Link to={paths.plan.path} search={fiscalYear ? { fy: fiscalYear } : true} {...props} />
          )}
        >
          {fiscalYear ? t('measures.breadcrumbs.plan', { year: fiscalYear }) : t('nav.plan')}
        </Anchor>
        {measure.indicator ? (
          <Text size="sm" c="dimmed">
            {t('measures.breadcrumbs.indicator', { no: measure.indicator.no, name: measure.indicator.name })}
          </Text>
        ) : null}
        <Text size="sm" aria-current="page">
          {measure.no === null ? t('measures.pageTitle') : t('measures.measureNo', { no: measure.no })}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}
