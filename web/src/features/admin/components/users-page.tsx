import { Button, Group, NativeSelect, Switch, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openConfirmDialog } from '@/components/confirm-dialog';
import { EmptyState } from '@/components/empty-state';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { PageHeader } from '@/components/page-header';
import { useDepartments } from '@/features/admin/api/get-departments';
import { useUsers, type AdminUser } from '@/features/admin/api/get-users';
import { useSetUserActive } from '@/features/admin/api/set-user-active';
import { ResetPasswordModal } from '@/features/admin/components/reset-password-modal';
import { roleOptions } from '@/features/admin/components/role-options';
import { UserCreateModal } from '@/features/admin/components/user-create-modal';
import { UserEditModal } from '@/features/admin/components/user-edit-modal';
import { UsersTable } from '@/features/admin/components/users-table';

/** /admin/users: accounts of the organisation: create, change role/department, disable, reset password. */
export function UsersPage({ organizationId, currentUserId }: { organizationId: string; currentUserId: string }) {
  const { t } = useTranslation();
  const users = useUsers(organizationId);
  const departments = useDepartments(organizationId);
  const setActive = useSetUserActive();
  const [isCreating, setIsCreating] = useState(false);
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [resetting, setResetting] = useState<AdminUser | null>(null);
  const [search, setSearch] = useState('');
  const [role, setRole] = useState('');
  const [showDisabled, setShowDisabled] = useState(true);
  const query = useDeferredValue(search.trim().toLowerCase());

  const handleToggleActive = async (u: AdminUser) => {
    const result = await openConfirmDialog(
      u.is_active
        ? {
            title: t('admin.users.disableTitle', { name: u.full_name }),
            message: t('admin.users.disableMessage'),
            confirmLabel: t('admin.users.disable'),
            danger: true,
          }
        : {
            title: t('admin.users.enableTitle', { name: u.full_name }),
            message: t('admin.users.enableMessage'),
            confirmLabel: t('admin.users.enable'),
          },
    );
    if (result.confirmed) setActive.mutate({ userId: u.id, active: !u.is_active });
  };

  const visible = (users.data ?? []).filter(
    (u) =>
      (showDisabled || u.is_active) &&
      (role === '' || u.role === role) &&
      (query === '' ||
        [u.full_name, u.email, u.position, u.department?.name].some((v) => v?.toLowerCase().includes(query))),
  );

  return (
    <>
      <PageHeader
        title={t('nav.users')}
        description={t('admin.users.description')}
        actions={
          <Button leftSection={<IconPlus aria-hidden="true" size={18} />} onClick={() => setIsCreating(true)}>
            {t('admin.users.create')}
          </Button>
        }
      />
      <Group gap="md" mb="md" align="flex-end" wrap="wrap">
        <TextInput
          label={t('admin.users.search')}
          placeholder={t('admin.users.searchPlaceholder')}
          leftSection={<IconSearch aria-hidden="true" size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={{ base: '100%', sm: 280 }}
        />
        <NativeSelect
          label={t('admin.users.role')}
          data={[{ value: '', label: t('admin.users.allRoles') }, ...roleOptions(t)]}
          value={role}
          onChange={(e) => setRole(e.currentTarget.value)}
          w={{ base: '100%', sm: 200 }}
        />
        <Switch
          label={t('admin.users.showDisabled')}
          checked={showDisabled}
          onChange={(e) => setShowDisabled(e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      {users.isPending ? (
        <LoadingSkeleton />
      ) : users.isError ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : visible.length === 0 ? (
        <EmptyState
          title={users.data.length === 0 ? t('admin.users.emptyTitle') : t('admin.users.noMatchTitle')}
          description={users.data.length === 0 ? t('admin.users.emptyText') : t('admin.users.noMatchText')}
        />
      ) : (
        <UsersTable
          users={visible}
          currentUserId={currentUserId}
          onEdit={setEditing}
          onResetPassword={setResetting}
          onToggleActive={(u) => void handleToggleActive(u)}
        />
      )}
      <UserCreateModal departments={departments.data} opened={isCreating} onClose={() => setIsCreating(false)} />
      <UserEditModal
        user={editing}
        departments={departments.data}
        isSelf={editing?.id === currentUserId}
        onClose={() => setEditing(null)}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
