import { Anchor, Collapse, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** "ลืมรหัสผ่าน?": there is no self-service reset; the ITA coordinator sets a new password. */
export function ForgotPasswordHelp() {
  const { t } = useTranslation();
  const [isOpen, { toggle }] = useDisclosure(false);
  const panelId = useId();
  return (
    <div>
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={toggle}
        aria-expanded={isOpen}
        aria-controls={panelId}
      >
        {t('auth.forgotPassword')}
      </Anchor>
      <Collapse expanded={isOpen} id={panelId}>
        <Text size="sm" mt="xs" c="dimmed">
          {t('auth.forgotPasswordHelp')}
        </Text>
      </Collapse>
    </div>
  );
}
