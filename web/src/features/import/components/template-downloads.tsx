import { Button, Group, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_TYPE, saveFile, XLSX_TYPE } from '@/features/import/components/download';
import type { IndicatorGroupTable } from '@/features/import/lib/indicator-groups';

/** The import template (TEMPLATE.md) pre-filled with the fiscal year's indicators, as .xlsx or .csv. */
export function TemplateDownloads({ fiscalYear, groups }: { fiscalYear: number; groups: IndicatorGroupTable }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<'xlsx' | 'csv' | null>(null);

  const handleDownload = async (kind: 'xlsx' | 'csv') => {
    setPending(kind);
    try {
      // exceljs is large: the template builder loads only when asked for.
      const { buildImportTemplateXlsx, buildImportTemplateCsv } =
        await import('@/features/import/lib/build-import-template');
      const options = { fiscalYearBe: fiscalYear, groups };
      const name = `แม่แบบนำเข้าแผน-${fiscalYear}.${kind}`;
      if (kind === 'xlsx') saveFile(name, await buildImportTemplateXlsx(options), XLSX_TYPE);
      else saveFile(name, buildImportTemplateCsv(options), CSV_TYPE);
    } finally {
      setPending(null);
    }
  };

  return (
    <div>
      <Text size="sm" c="dimmed" mb="xs">
        {t('importer.template.help', { year: fiscalYear })}
      </Text>
      <Group gap="sm">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconDownload aria-hidden="true" size={16} />}
          loading={pending === 'xlsx'}
          onClick={() => void handleDownload('xlsx')}
        >
          {t('importer.template.xlsx')}
        </Button>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconDownload aria-hidden="true" size={16} />}
          loading={pending === 'csv'}
          onClick={() => void handleDownload('csv')}
        >
          {t('importer.template.csv')}
        </Button>
      </Group>
    </div>
  );
}
