import { ActionIcon, Badge, Menu, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconDots, IconKey, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '@/features/admin/api/get-users';

interface UsersTableProps {
  users: readonly AdminUser[];
  currentUserId: string;
  onEdit: (user: AdminUser) => void;
  onResetPassword: (user: AdminUser) => void;
  onToggleActive: (user: AdminUser) => void;
}

/** People of the organisation with their role, department and whether they may sign in. */
export function UsersTable({ users, currentUserId, onEdit, onResetPassword, onToggleActive }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm">
        <Table.Caption>{t('admin.users.caption', { count: users.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.users.fullName')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.role')}</Table.Th>
            <Table.Th scope="col">{t('admin.users.department')}</Table.Th>
            <Table.Th scope="col">{t('admin.common.status')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('admin.common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((u) => {
            const isSelf = u.id === currentUserId;
            return (
              <Table.Tr key={u.id} data-user={u.email ?? u.id}>
                <Table.Td>
                  <Stack gap={0}>
                    <Text fw={500} c={u.is_active ? undefined : 'dimmed'}>
                      {u.full_name}
                      {isSelf ? ` ${t('admin.users.you')}` : ''}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {u.email}
                    </Text>
                    {u.position ? (
                      <Text size="sm" c="dimmed">
                        {u.position}
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
                <Table.Td>{t(`roles.${u.role}`)}</Table.Td>
                <Table.Td>{u.department?.name ?? '-'}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={u.is_active ? 'green' : 'gray'} c={u.is_active ? 'green.9' : 'gray.8'}>
                    {u.is_active ? t('admin.users.active') : t('admin.users.disabled')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t('admin.users.actionsFor', { name: u.full_name })}
                      >
                        <IconDots aria-hidden="true" size={18} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconPencil aria-hidden="true" size={16} />} onClick={() => onEdit(u)}>
                        {t('admin.users.edit')}
                      </Menu.Item>
                      <Menu.Item
                        leftSection={<IconKey aria-hidden="true" size={16} />}
                        onClick={() => onResetPassword(u)}
                        disabled={!u.is_active}
                      >
                        {t('admin.users.resetPassword')}
                      </Menu.Item>
                      <Menu.Item
                        leftSection={
                          u.is_active ? (
                            <IconUserOff aria-hidden="true" size={16} />
                          ) : (
                            <IconUserCheck aria-hidden="true" size={16} />
                          )
                        }
                        color={u.is_active ? 'red.8' : undefined}
                        disabled={isSelf}
                        onClick={() => onToggleActive(u)}
                      >
                        {u.is_active ? t('admin.users.disable') : t('admin.users.enable')}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
