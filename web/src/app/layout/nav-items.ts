import {
  IconBell,
  IconBuilding,
  IconCalendarStats,
  IconChartBar,
  IconChecklist,
  IconClipboardCheck,
  IconFileImport,
  IconFileText,
  IconLayoutList,
  IconListCheck,
  IconSettings,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import type { PathName } from '@/config/paths';

export interface NavItem {
  name: PathName;
  labelKey: `nav.${string}`;
  icon: Icon;
}

/** The navbar, in order; each role sees the items `config/paths.ts` lets it open. */
export const MAIN_NAV: readonly NavItem[] = [
  { name: 'myWork', labelKey: 'nav.myWork', icon: IconChecklist },
  { name: 'review', labelKey: 'nav.review', icon: IconClipboardCheck },
  { name: 'plan', labelKey: 'nav.plan', icon: IconLayoutList },
  { name: 'dashboard', labelKey: 'nav.dashboard', icon: IconChartBar },
  { name: 'reports', labelKey: 'nav.reports', icon: IconFileText },
  { name: 'notifications', labelKey: 'nav.notifications', icon: IconBell },
];

export const ADMIN_NAV: readonly NavItem[] = [
  { name: 'admin', labelKey: 'nav.adminHome', icon: IconSettings },
  { name: 'adminDepartments', labelKey: 'nav.departments', icon: IconBuilding },
  { name: 'adminUsers', labelKey: 'nav.users', icon: IconUsers },
  { name: 'adminFrameworks', labelKey: 'nav.frameworks', icon: IconListCheck },
  { name: 'adminPlans', labelKey: 'nav.plans', icon: IconCalendarStats },
  { name: 'adminImport', labelKey: 'nav.import', icon: IconFileImport },
];
