import { Card, SimpleGrid, Text } from '@mantine/core';
import {
  IconBuilding,
  IconCalendarStats,
  IconFileImport,
  IconListCheck,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';

const SECTIONS = [
  { to: paths.adminDepartments.path, labelKey: 'nav.departments', icon: IconBuilding },
  { to: paths.adminUsers.path, labelKey: 'nav.users', icon: IconUsers },
  { to: paths.adminFrameworks.path, labelKey: 'nav.frameworks', icon: IconListCheck },
  { to: paths.adminPlans.path, labelKey: 'nav.plans', icon: IconCalendarStats },
  { to: paths.adminImport.path, labelKey: 'nav.import', icon: IconFileImport },
] as const satisfies readonly { to: string; labelKey: string; icon: Icon }[];

/** /admin: the ITA coordinator's starting point. */
export function AdminHomePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.admin')} description={t('pages.adminDescription')} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {SECTIONS.map(({ to, labelKey, icon: SectionIcon }) => (
          <Card key={to} component={Link} to={to} withBorder padding="lg">
            <SectionIcon aria-hidden="true" size={28} />
            <Text fw={700} mt="sm">
              {t(labelKey)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
