import '@mantine/notifications/styles.layer.css';
import { createTheme, MantineThemeProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Toasts and dialogs. Mounted by the signed-in layout (not the root) so the login page ships without
 * Modal, ScrollArea and Floating UI. Toasts raised before it mounts are shown once it does.
 * Every dialog's and toast's close (×) button is named "ปิด" / "Close" (it has no text of its own).
 */
export function OverlayProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const closeLabel = t('common.close');
  const dialogs = useMemo(
    () =>
      createTheme({
        components: {
          Modal: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
          Notification: { defaultProps: { closeButtonProps: { 'aria-label': closeLabel } } },
        },
      }),
    [closeLabel],
  );
  return (
    <MantineThemeProvider theme={dialogs}>
      <ModalsProvider>
        <Notifications position="top-right" containerWidth={420} />
        {children}
      </ModalsProvider>
    </MantineThemeProvider>
  );
}
