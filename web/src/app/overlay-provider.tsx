import '@mantine/notifications/styles.css';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';

/**
 * Toasts and dialogs. Mounted by the signed-in layout (not the root) so the login page ships without
 * Modal, ScrollArea and Floating UI. Toasts raised before it mounts are shown once it does.
 */
export function OverlayProvider({ children }: { children: ReactNode }) {
  return (
    <ModalsProvider>
      <Notifications position="top-right" containerWidth={420} />
      {children}
    </ModalsProvider>
  );
}
