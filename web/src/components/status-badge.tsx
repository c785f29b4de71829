import { Badge } from '@mantine/core';
import {
  IconArrowBackUp,
  IconBan,
  IconCircleCheck,
  IconCircleDashed,
  IconProgress,
  IconSend,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { MeasureStatus } from '@/config/measure-status';

const STATUS_LOOK: Record<MeasureStatus, { color: string; icon: Icon }> = {
  not_started: { color: 'gray', icon: IconCircleDashed },
  in_progress: { color: 'blue', icon: IconProgress },
  submitted: { color: 'violet', icon: IconSend },
  returned: { color: 'orange', icon: IconArrowBackUp },
  approved: { color: 'green', icon: IconCircleCheck },
  cancelled: { color: 'red', icon: IconBan },
};

/** A measure status as icon + text (never colour alone); dark text on a light tint for contrast. */
export function StatusBadge({ status, size = 'md' }: { status: MeasureStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation();
  const { color, icon: StatusIcon } = STATUS_LOOK[status];
  return (
    <Badge
      variant="light"
      color={color}
      c={`${color}.9`}
      size={size}
      radius="sm"
      leftSection={<StatusIcon aria-hidden="true" size={14} stroke={2} />}
      data-status={status}
    >
      {t(`measureStatus.${status}`)}
    </Badge>
  );
}
