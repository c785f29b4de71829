import { Alert, Button, Group, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { PageHeader } from '@/components/page-header';
import { useImportContext, type ImportContext } from '@/features/import/api/get-import-context';
import { defaultAssignments, type Assignments } from '@/features/import/components/assignments';
import { ImportReview } from '@/features/import/components/import-review';
import { ImportSource } from '@/features/import/components/import-source';
import type { ImportResult } from '@/features/import/lib/import-result';
import { DEFAULT_INDICATOR_GROUPS } from '@/features/import/lib/indicator-groups';
import { paths } from '@/config/paths';

type Stage =
  | { step: 'source'; isReading: boolean }
  | { step: 'review'; sourceName: string; result: ImportResult; assignments: Assignments }
  | { step: 'done'; planId: string; fiscalYear: number; indicators: number; measures: number };

async function read(input: { file: File } | { text: string }, context: ImportContext): Promise<ImportResult> {
  // The readers (and jszip for .docx, exceljs for .xlsx) load only when a file is read.
  const groups = { ...DEFAULT_INDICATOR_GROUPS, ...context.groups };
  const { parseImportFile } = await import('@/features/import/lib/parse-import-file');
  if ('text' in input) return parseImportFile('pasted.txt', new TextEncoder().encode(input.text), { groups });
  return parseImportFile(input.file.name, await input.file.arrayBuffer(), { groups, mimeType: input.file.type });
}

/**
 * /admin/import: upload the agency's O42/O43 document or the template (or paste its text), check the preview,
 * choose each measure's department and due date, and only then create the plan in one transaction.
 */
export function ImportPage({ organizationId, fiscalYear }: { organizationId: string; fiscalYear: number }) {
  const { t } = useTranslation();
  const context = useImportContext(organizationId);
  const [stage, setStage] = useState<Stage>({ step: 'source', isReading: false });

  const header = <PageHeader title={t('nav.import')} description={t('importer.description')} />;
  if (context.isPending)
    return (
      <>
        {header}
        <LoadingSkeleton />
      </>
    );
  if (context.isError)
    return (
      <>
        {header}
        <ErrorState error={context.error} onRetry={() => void context.refetch()} />
      </>
    );

  const handleInput = async (input: { file: File } | { text: string }) => {
    setStage({ step: 'source', isReading: true });
    const sourceName = 'file' in input ? input.file.name : t('importer.source.pasted');
    try {
      const result = await read(input, context.data);
      const assignments = result.plan ? defaultAssignments(result.plan, context.data.departments) : [];
      setStage({ step: 'review', sourceName, result, assignments });
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      setStage({
        step: 'review',
        sourceName,
        assignments: [],
        result: {
          format: null,
          plan: null,
          problems: [
            {
              line: null,
              severity: 'error',
              code: 'unreadable_file',
              message_th: t('importer.source.unreadable', { reason }),
              message_en: `The file could not be read: ${reason}`,
            },
          ],
        },
      });
    }
  };

  return (
    <>
      {header}
      {stage.step === 'source' ? (
        <ImportSource
          fiscalYear={fiscalYear}
          groups={{ ...DEFAULT_INDICATOR_GROUPS, ...context.data.groups }}
          isReading={stage.isReading}
          onFile={(file) => void handleInput({ file })}
          onText={(text) => void handleInput({ text })}
        />
      ) : stage.step === 'review' ? (
        <ImportReview
          organizationId={organizationId}
          context={context.data}
          sourceName={stage.sourceName}
          result={stage.result}
          assignments={stage.assignments}
          onAssignmentsChange={(assignments) => setStage({ ...stage, assignments })}
          onBack={() => setStage({ step: 'source', isReading: false })}
          onSaved={(planId, counts) => setStage({ step: 'done', planId, ...counts })}
        />
      ) : (
        <Alert
          color="green"
          variant="light"
          icon={<IconCircleCheck aria-hidden="true" />}
          title={t('importer.done.title', { year: stage.fiscalYear })}
          role="status"
        >
          <Text size="sm">{t('importer.done.text', { indicators: stage.indicators, measures: stage.measures })}</Text>
          <Group gap="sm" mt="sm">
            <Button
              size="xs"
              renderRoot={(props) => <Link {...props} to={paths.adminPlan.path} params={{ planId: stage.planId }} />}
            >
              {t('importer.done.openPlan')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setStage({ step: 'source', isReading: false })}>
              {t('importer.done.another')}
            </Button>
          </Group>
        </Alert>
      )}
    </>
  );
}
