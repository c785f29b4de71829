import { Alert, Badge, List, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ImportFormat } from '@/features/import/lib/import-result';
import type { Problem } from '@/features/import/lib/problems';

/** What the reader could not read, errors first in the eye (red), with the line or row where it was. */
export function ImportProblems({ problems, format }: { problems: readonly Problem[]; format: ImportFormat | null }) {
  const { t, i18n } = useTranslation();
  const isEnglish = i18n.resolvedLanguage === 'en';
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;

  if (problems.length === 0) {
    return (
      <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden="true" />}>
        {t('importer.problems.none')}
      </Alert>
    );
  }
  const where = (line: number) =>
    format === 'xlsx'
      ? t('importer.problems.row', { line })
      : format === 'docx'
        ? t('importer.problems.tableRow', { line })
        : t('importer.problems.line', { line });

  return (
    <Alert
      color={errors ? 'red' : 'yellow'}
      variant="light"
      icon={<IconAlertTriangle aria-hidden="true" />}
      title={
        errors
          ? t('importer.problems.errorsTitle', { errors, warnings })
          : t('importer.problems.warningsTitle', { warnings })
      }
      role={errors ? 'alert' : undefined}
    >
      {errors ? <Text size="sm">{t('importer.problems.errorsHelp')}</Text> : null}
      <List size="sm" spacing={6} mt="xs" listStyleType="none" aria-label={t('importer.problems.listLabel')}>
        {problems.map((p, i) => (
          <List.Item key={i} data-severity={p.severity}>
            <Badge
              size="sm"
              variant="light"
              color={p.severity === 'error' ? 'red' : 'yellow'}
              c={p.severity === 'error' ? 'red.9' : 'yellow.9'}
              mr={6}
            >
              {p.severity === 'error' ? t('importer.problems.error') : t('importer.problems.warning')}
            </Badge>
            {p.line !== null ? (
              <Text span fw={700} size="sm" mr={6}>
                {where(p.line)}
              </Text>
            ) : null}
            <Text span size="sm">
              {isEnglish ? p.message_en : p.message_th}
            </Text>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
