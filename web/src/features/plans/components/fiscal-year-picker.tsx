import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePlans } from '@/features/plans/api/get-plans';

interface FiscalYearPickerProps {
  organizationId: string;
  /** B.E. fiscal year. */
  value: number;
  onChange: (fiscalYear: number) => void;
}

/** Chooses among the organisation's plan years (B.E.); the current choice is always listed. */
export function FiscalYearPicker({ organizationId, value, onChange }: FiscalYearPickerProps) {
  const { t } = useTranslation();
  const plans = usePlans({ organizationId });
  const years = [...new Set([value, ...(plans.data ?? []).map((p) => p.fiscal_year)])].sort((a, b) => b - a);

  return (
    <Select
      aria-label={t('header.fiscalYear')}
      data={years.map((year) => ({ value: String(year), label: t('header.fiscalYearOption', { year }) }))}
      value={String(value)}
      onChange={(next) => {
        if (next) onChange(Number(next));
      }}
      allowDeselect={false}
      checkIconPosition="right"
      w={180}
    />
  );
}
