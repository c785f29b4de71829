import { Anchor, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@/components/status-badge';
import { FigureCells, FigureHeaderCells } from '@/features/dashboard/components/figure-cells';
import type { DashboardDepartment } from '@/features/dashboard/lib/dashboard-data';
import { displayLocale } from '@/features/dashboard/lib/format';
import { formatDate } from '@/lib/dates';

/** Per department: the same figures, and the overdue measures with their owners. */
export function DepartmentProgress({ departments }: { departments: DashboardDepartment[] }) {
  const { t } = useTranslation();
  const withOverdue = departments.filter((d) => d.overdue_measures.length > 0);
  return (
    <section aria-labelledby="dashboard-departments">
      <Title order={2} size="h3" id="dashboard-departments" mb="sm">
        {t('dashboard.departments.title')}
      </Title>
      <Table.ScrollContainer minWidth={960}>
        <Table striped highlightOnHover withTableBorder verticalSpacing="xs">
          <Table.Caption>{t('dashboard.departments.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={{ minWidth: 200 }}>{t('dashboard.departments.department')}</Table.Th>
              <FigureHeaderCells />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {departments.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Th scope="row" fw={400}>
                  {d.name}
                </Table.Th>
                <FigureCells figures={d.figures} />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>

      <Title order={3} size="h4" mt="lg" mb="xs" id="dashboard-overdue">
        {t('dashboard.overdue.title')}
      </Title>
      {withOverdue.length === 0 ? (
        <Text c="dimmed">{t('dashboard.overdue.none')}</Text>
      ) : (
        <Stack gap="md">
          {withOverdue.map((d) => (
            <OverdueList key={d.id} department={d} />
          ))}
        </Stack>
      )}
    </section>
  );
}

function OverdueList({ department }: { department: DashboardDepartment }) {
  const { t, i18n } = useTranslation();
  const locale = displayLocale(i18n.resolvedLanguage);
  const headingId = `dashboard-overdue-${department.id}`;
  return (
    <div>
      <Text fw={700} id={headingId}>
        {t('dashboard.overdue.department', { name: department.name, count: department.overdue_measures.length })}
      </Text>
      <List spacing="xs" aria-labelledby={headingId} listStyleType="none" ml={0} pl={0}>
        {department.overdue_measures.map((m) => (
          <List.Item key={m.id}>
            <Group gap="xs" wrap="wrap" align="baseline">
              <Anchor
                renderRoot={(props) => <Link to="/measures/$measureId" params={{ measureId: m.id }} {...props} />}
                style={{ overflowWrap: 'anywhere' }}
              >
                {t('dashboard.overdue.measure', { indicator: m.indicator_no, no: m.no ?? '–', title: m.title })}
              </Anchor>
              <StatusBadge status={m.status} size="sm" />
            </Group>
            <Text size="sm" c="dimmed">
              {t('dashboard.overdue.due', { date: formatDate(m.due_date, { locale }) })}
              {' · '}
              {m.owners.length > 0
                ? t('dashboard.overdue.owners', { names: m.owners.map((o) => o.full_name).join(', ') })
                : t('dashboard.overdue.noOwners')}
            </Text>
          </List.Item>
        ))}
      </List>
    </div>
  );
}
