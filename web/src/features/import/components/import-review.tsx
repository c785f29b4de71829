import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { openConfirmDialog } from '@/components/confirm-dialog';
import { useCreatePlanFromImport } from '@/features/import/api/create-plan-from-import';
import type { ImportContext } from '@/features/import/api/get-import-context';
import { payloadFor, type Assignments } from '@/features/import/components/assignments';
import { ImportAssignments } from '@/features/import/components/import-assignments';
import { ImportPlanSummary } from '@/features/import/components/import-plan-summary';
import { ImportProblems } from '@/features/import/components/import-problems';
import type { ImportResult } from '@/features/import/lib/import-result';
import { hasErrors } from '@/features/import/lib/problems';
import { normalizeSpaces } from '@/features/import/lib/thai-text';
import { toUserMessage } from '@/lib/errors';

interface ImportReviewProps {
  organizationId: string;
  context: ImportContext;
  sourceName: string;
  result: ImportResult;
  assignments: Assignments;
  onAssignmentsChange: (next: Assignments) => void;
  onBack: () => void;
  onSaved: (planId: string, counts: { fiscalYear: number; indicators: number; measures: number }) => void;
}

/** Step 2–3: the preview, the problems, the choices per measure, and the one confirmed write. */
export function ImportReview({
  organizationId,
  context,
  sourceName,
  result,
  assignments,
  onAssignmentsChange,
  onBack,
  onSaved,
}: ImportReviewProps) {
  const { t } = useTranslation();
  const mutation = useCreatePlanFromImport();
  const { plan } = result;
  const built = plan ? payloadFor(plan, assignments, { organizationId, departments: context.departments }) : null;
  const planExists = plan ? context.planYears.includes(plan.fiscal_year_be) : false;
  const agencyDiffers =
    plan?.agency && normalizeSpaces(plan.agency) !== normalizeSpaces(context.organizationName) ? plan.agency : null;
  const blockers = [
    ...(hasErrors(result.problems) ? [t('importer.review.blockFileErrors')] : []),
    ...(planExists && plan ? [t('importer.review.blockPlanExists', { year: plan.fiscal_year_be })] : []),
    ...(built ? built.problems.filter((p) => p.severity === 'error').map((p) => p.message_th) : []),
    ...(built?.missingDue ? [t('importer.review.blockDueDates', { count: built.missingDue })] : []),
    ...(plan?.indicators.some((i) => !i.group)
      ? [t('importer.review.blockGroups', { year: plan.fiscal_year_be })]
      : []),
  ];
  const measureCount = plan?.indicators.reduce((n, i) => n + i.measures.length, 0) ?? 0;

  const handleSave = async () => {
    if (!plan || !built?.payload || blockers.length) return;
    const confirmed = await openConfirmDialog({
      title: t('importer.review.confirmTitle', { year: plan.fiscal_year_be }),
      message: t('importer.review.confirmMessage', {
        organization: context.organizationName,
        indicators: plan.indicators.length,
        measures: measureCount,
      }),
      confirmLabel: t('importer.review.save'),
    });
    if (!confirmed.confirmed) return;
    mutation.mutate(built.payload, {
      onSuccess: (planId) =>
        onSaved(planId, {
          fiscalYear: plan.fiscal_year_be,
          indicators: plan.indicators.length,
          measures: measureCount,
        }),
    });
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        <Text>{t('importer.review.source', { name: sourceName })}</Text>
        <Button variant="default" leftSection={<IconArrowLeft aria-hidden="true" size={16} />} onClick={onBack}>
          {t('importer.review.chooseAnother')}
        </Button>
      </Group>
      <ImportProblems problems={result.problems} format={result.format} />
      {plan ? (
        <>
          {agencyDiffers ? (
            <Alert color="yellow" variant="light">
              {t('importer.review.agencyDiffers', { file: agencyDiffers, organization: context.organizationName })}
            </Alert>
          ) : null}
          <ImportPlanSummary plan={plan} />
          <ImportAssignments
            plan={plan}
            departments={context.departments}
            assignments={assignments}
            onChange={onAssignmentsChange}
          />
          {mutation.error ? (
            <Alert color="red" role="alert" title={t('importer.review.failedTitle')}>
              <Text size="sm">{toUserMessage(mutation.error, t)}</Text>
              <Text size="sm" mt={4}>
                {t('importer.review.nothingSaved')}
              </Text>
            </Alert>
          ) : null}
          {blockers.length ? (
            <Alert color="orange" variant="light" title={t('importer.review.blockedTitle')}>
              <List size="sm">
                {blockers.map((b) => (
                  <List.Item key={b}>{b}</List.Item>
                ))}
              </List>
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button
              size="md"
              leftSection={<IconDeviceFloppy aria-hidden="true" size={18} />}
              disabled={blockers.length > 0}
              loading={mutation.isPending}
              onClick={() => void handleSave()}
            >
              {t('importer.review.save')}
            </Button>
          </Group>
        </>
      ) : (
        <Alert color="red" variant="light">
          {t('importer.review.noPlan')}
        </Alert>
      )}
    </Stack>
  );
}
