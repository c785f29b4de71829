import { useTranslation } from 'react-i18next';
import type { AdminDepartment } from '@/features/admin/api/get-departments';

/**
 * Department choices for a form: active departments, plus the current one when it has been deactivated
 * (so editing does not silently change it), and an empty "none" entry when `noneLabel` is given.
 */
export function useDepartmentOptions(
  departments: readonly AdminDepartment[] | undefined,
  { current, noneLabel }: { current?: string | null; noneLabel?: string } = {},
) {
  const { t } = useTranslation();
  const options = (departments ?? [])
    .filter((d) => d.is_active || d.id === current)
    .map((d) => ({
      value: d.id,
      label: d.is_active ? d.name : t('admin.departments.inactiveOption', { name: d.name }),
    }));
  return [{ value: '', label: noneLabel ?? t('admin.common.choose'), disabled: !noneLabel }, ...options];
}
