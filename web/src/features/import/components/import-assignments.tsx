import { Button, Card, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ThaiDateInput } from '@/components/form/thai-date-input';
import { fillMissingDepartments, updateAssignment, type Assignments } from '@/features/import/components/assignments';
import type { DepartmentRef } from '@/features/import/lib/build-import-payload';
import type { ImportedPlan } from '@/features/import/lib/imported-plan-schema';

interface ImportAssignmentsProps {
  plan: ImportedPlan;
  departments: readonly DepartmentRef[];
  assignments: Assignments;
  onChange: (next: Assignments) => void;
}

/** Step 2: the owner department and due date of each measure, before anything is saved. */
export function ImportAssignments({ plan, departments, assignments, onChange }: ImportAssignmentsProps) {
  const { t } = useTranslation();
  const [bulk, setBulk] = useState('');
  const options = [
    { value: '', label: t('importer.assign.choose') },
    ...departments.map((d) => ({ value: d.id, label: d.name })),
  ];
  const missing = assignments.flat().filter((a) => !a.departmentId).length;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="import-assign-heading">
      <Title order={2} size="h3" id="import-assign-heading">
        {t('importer.assign.heading')}
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        {t('importer.assign.help')}
      </Text>
      <Group align="flex-end" gap="sm" mt="md" wrap="wrap">
        <NativeSelect
          label={t('importer.assign.bulkLabel')}
          data={options}
          value={bulk}
          onChange={(e) => setBulk(e.currentTarget.value)}
          w={{ base: '100%', sm: 280 }}
        />
        <Button
          variant="light"
          disabled={!bulk || missing === 0}
          onClick={() => onChange(fillMissingDepartments(assignments, bulk))}
        >
          {t('importer.assign.bulkApply', { count: missing })}
        </Button>
      </Group>
      <Stack gap="md" mt="lg">
        {plan.indicators.map((ind, i) => (
          <Stack key={ind.no} gap="xs">
            <Text fw={700}>{t('importer.summary.indicator', { no: ind.no, name: ind.name })}</Text>
            {ind.measures.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('importer.assign.noMeasures')}
              </Text>
            ) : null}
            {ind.measures.map((title, j) => {
              const a = assignments[i]?.[j];
              if (!a) return null;
              const ref = `${ind.no}.${j + 1}`;
              return (
                <Paper key={j} withBorder p="sm" data-measure={ref}>
                  <Text size="sm" mb="xs">
                    <Text span fw={700}>
                      {ref}
                    </Text>{' '}
                    {title}
                  </Text>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <NativeSelect
                      label={t('importer.assign.department', { ref })}
                      data={options}
                      value={a.departmentId}
                      required
                      error={!a.departmentId ? t('importer.assign.departmentMissing') : undefined}
                      description={a.unmatched ? t('importer.assign.unmatched', { name: a.unmatched }) : undefined}
                      onChange={(e) =>
                        onChange(updateAssignment(assignments, i, j, { departmentId: e.currentTarget.value }))
                      }
                    />
                    <ThaiDateInput
                      label={t('importer.assign.dueDate', { ref })}
                      value={a.dueDate}
                      required
                      error={!a.dueDate ? t('importer.assign.dueMissing') : undefined}
                      onChange={(dueDate) => onChange(updateAssignment(assignments, i, j, { dueDate }))}
                    />
                  </SimpleGrid>
                </Paper>
              );
            })}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
