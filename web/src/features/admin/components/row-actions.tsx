import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';

interface RowActionsProps {
  /** Accessible names, naming the row ("แก้ไขตัวชี้วัดที่ 3"). */
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
  /** Why the row cannot be edited now (shown as a tooltip on the disabled button); absent = it can. */
  editBlockedBy?: string | undefined;
  /** Why the row cannot be deleted now; absent = it can. */
  deleteBlockedBy?: string | undefined;
}

/** The edit and delete buttons at the end of an admin table row. */
export function RowActions({
  editLabel,
  deleteLabel,
  onEdit,
  onDelete,
  editBlockedBy,
  deleteBlockedBy,
}: RowActionsProps) {
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      <Tooltip label={editBlockedBy} disabled={!editBlockedBy}>
        <ActionIcon variant="subtle" aria-label={editLabel} disabled={Boolean(editBlockedBy)} onClick={onEdit}>
          <IconPencil aria-hidden="true" size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={deleteBlockedBy} disabled={!deleteBlockedBy}>
        <ActionIcon
          variant="subtle"
          color="red.8"
          aria-label={deleteLabel}
          disabled={Boolean(deleteBlockedBy)}
          onClick={onDelete}
        >
          <IconTrash aria-hidden="true" size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
