import { Alert, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  IconBuilding,
  IconCalendarStats,
  IconFileImport,
  IconListCheck,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { useAdminSummary, type AdminSummary } from '@/features/admin/api/get-admin-summary';

interface Section {
  to: string;
  labelKey: 'nav.departments' | 'nav.users' | 'nav.frameworks' | 'nav.plans' | 'nav.import';
  icon: Icon;
  detail: (s: AdminSummary) => ReactNode;
}

/** /admin: the ITA coordinator's starting point: what is set up, the selected year's plan, and shortcuts. */
export function AdminHomePage({ organizationId, fiscalYear }: { organizationId: string; fiscalYear: number }) {
  const { t } = useTranslation();
  const summary = useAdminSummary({ organizationId, fiscalYear });

  const sections: Section[] = [
    {
      to: paths.adminDepartments.path,
      labelKey: 'nav.departments',
      icon: IconBuilding,
      detail: (s) => t('admin.home.departments', { count: s.activeDepartments }),
    },
    {
      to: paths.adminUsers.path,
      labelKey: 'nav.users',
      icon: IconUsers,
      detail: (s) =>
        s.disabledUsers
          ? t('admin.home.usersWithDisabled', { count: s.activeUsers, disabled: s.disabledUsers })
          : t('admin.home.users', { count: s.activeUsers }),
    },
    {
      to: paths.adminFrameworks.path,
      labelKey: 'nav.frameworks',
      icon: IconListCheck,
      detail: (s) =>
        s.frameworkYears.length
          ? t('admin.home.frameworks', { years: s.frameworkYears.join(', ') })
          : t('admin.home.noFrameworks'),
    },
    {
      to: paths.adminPlans.path,
      labelKey: 'nav.plans',
      icon: IconCalendarStats,
      detail: (s) =>
        s.planYears.length ? t('admin.home.plans', { years: s.planYears.join(', ') }) : t('admin.home.noPlans'),
    },
    { to: paths.adminImport.path, labelKey: 'nav.import', icon: IconFileImport, detail: () => t('admin.home.import') },
  ];

  return (
    <>
      <PageHeader title={t('nav.admin')} description={t('pages.adminDescription')} />
      {summary.isPending ? (
        <LoadingSkeleton />
      ) : summary.isError ? (
        <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <Stack gap="lg">
          <Card withBorder padding="lg" component="section" aria-labelledby="admin-plan-heading">
            <Title order={2} size="h3" id="admin-plan-heading">
              {t('admin.home.planHeading', { year: fiscalYear })}
            </Title>
            {summary.data.plan ? (
              <Group justify="space-between" align="center" mt="sm" wrap="wrap">
                <Stack gap={4} style={{ minWidth: 0, flex: '1 1 320px' }}>
                  <Text>{summary.data.plan.title}</Text>
                  <Group gap="xs">
                    <Badge variant="light">{t(`planStatus.${summary.data.plan.status}`)}</Badge>
                    <Text size="sm" c="dimmed">
                      {t('admin.home.measures', { count: summary.data.plan.measures })}
                    </Text>
                  </Group>
                </Stack>
                <Button
                  renderRoot={(props) => (
                    <Link {...props} to={paths.adminPlan.path} params={{ planId: summary.data.plan?.id ?? '' }} />
                  )}
                >
                  {t('admin.home.openPlan')}
                </Button>
              </Group>
            ) : (
              <Alert color="yellow" variant="light" mt="sm" title={t('admin.home.noPlanTitle', { year: fiscalYear })}>
                <Text size="sm">{t('admin.home.noPlanText')}</Text>
                <Group gap="sm" mt="sm">
                  <Button size="xs" component={Link} to={paths.adminImport.path}>
                    {t('admin.home.importPlan')}
                  </Button>
                  <Button size="xs" variant="default" component={Link} to={paths.adminPlans.path}>
                    {t('admin.home.createPlan')}
                  </Button>
                </Group>
              </Alert>
            )}
          </Card>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {sections.map(({ to, labelKey, icon: SectionIcon, detail }) => (
              <Card key={to} component={Link} to={to} withBorder padding="lg">
                <SectionIcon aria-hidden="true" size={28} />
                <Text fw={700} mt="sm">
                  {t(labelKey)}
                </Text>
                <Text size="sm" c="dimmed">
                  {detail(summary.data)}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}
