import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openConfirmDialog } from '@/components/confirm-dialog';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { PageHeader } from '@/components/page-header';
import { useDepartments, type AdminDepartment } from '@/features/admin/api/get-departments';
import { useSetDepartmentActive } from '@/features/admin/api/set-department-active';
import { DepartmentFormModal } from '@/features/admin/components/department-form-modal';

/** /admin/departments: the organisation's departments (ฝ่าย): add, rename, deactivate. */
export function DepartmentsPage({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const departments = useDepartments(organizationId);
  const setActive = useSetDepartmentActive();
  // undefined: closed; null: new department.
  const [editing, setEditing] = useState<AdminDepartment | null | undefined>(undefined);

  const handleToggleActive = async (d: AdminDepartment) => {
    const result = await openConfirmDialog(
      d.is_active
        ? {
            title: t('admin.departments.deactivateTitle', { name: d.name }),
            message: t('admin.departments.deactivateMessage', { count: d.members }),
            confirmLabel: t('admin.departments.deactivate'),
            danger: true,
          }
        : {
            title: t('admin.departments.activateTitle', { name: d.name }),
            message: t('admin.departments.activateMessage'),
            confirmLabel: t('admin.departments.activate'),
          },
    );
    if (result.confirmed) setActive.mutate({ id: d.id, active: !d.is_active });
  };

  const rows = departments.data ?? [];
  const nextSortOrder = rows.reduce((max, d) => Math.max(max, d.sort_order), 0) + 1;

  return (
    <>
      <PageHeader
        title={t('nav.departments')}
        description={t('admin.departments.description')}
        actions={
          <Button leftSection={<IconPlus aria-hidden="true" size={18} />} onClick={() => setEditing(null)}>
            {t('admin.departments.create')}
          </Button>
        }
      />
      {departments.isPending ? (
        <LoadingSkeleton />
      ) : departments.isError ? (
        <ErrorState error={departments.error} onRetry={() => void departments.refetch()} />
      ) : rows.length === 0 ? (
        <EmptyState title={t('admin.departments.emptyTitle')} description={t('admin.departments.emptyText')} />
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Caption>{t('admin.departments.caption', { count: rows.length })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.departments.sortOrder')}</Table.Th>
                <Table.Th scope="col">{t('admin.departments.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.departments.code')}</Table.Th>
                <Table.Th scope="col">{t('admin.departments.members')}</Table.Th>
                <Table.Th scope="col">{t('admin.common.status')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('admin.common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.sort_order}</Table.Td>
                  <Table.Td>
                    <Text fw={500} c={d.is_active ? undefined : 'dimmed'}>
                      {d.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>{d.code ?? '-'}</Table.Td>
                  <Table.Td>{d.members}</Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={d.is_active ? 'green' : 'gray'}
                      c={d.is_active ? 'green.9' : 'gray.8'}
                    >
                      {d.is_active ? t('admin.common.active') : t('admin.common.inactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        leftSection={<IconPencil aria-hidden="true" size={16} />}
                        aria-label={t('admin.departments.editLabel', { name: d.name })}
                        onClick={() => setEditing(d)}
                      >
                        {t('admin.common.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant={d.is_active ? 'subtle' : 'light'}
                        color={d.is_active ? 'red.8' : undefined}
                        aria-label={t(
                          d.is_active ? 'admin.departments.deactivateLabel' : 'admin.departments.activateLabel',
                          {
                            name: d.name,
                          },
                        )}
                        loading={setActive.isPending && setActive.variables.id === d.id}
                        onClick={() => void handleToggleActive(d)}
                      >
                        {d.is_active ? t('admin.departments.deactivate') : t('admin.departments.activate')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <DepartmentFormModal
        organizationId={organizationId}
        department={editing ?? null}
        nextSortOrder={nextSortOrder}
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
      />
    </>
  );
}
