import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { lazyRouteComponent, type ErrorComponentProps } from '@tanstack/react-router';
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The router's not-found and error pages, loaded when first shown (they are not part of the login page).
 * If even their code cannot be fetched (offline), a plain message with a reload button stands in.
 */
const errorPages = () => import('@/app/routes/error-pages');
const NotFoundPageLazy = lazyRouteComponent(errorPages, 'NotFoundPage');
const RouteErrorPageLazy = lazyRouteComponent(errorPages, 'RouteErrorPage');

function OfflineErrorPage() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Stack align="center" ta="center" maw={520} gap="sm">
        <Title order={1}>{t('common.errorTitle')}</Title>
        <Text>{t('errors.network')}</Text>
        <Button onClick={() => window.location.reload()}>{t('common.retry')}</Button>
      </Stack>
    </Center>
  );
}

class LoadFailureBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <OfflineErrorPage /> : this.props.children;
  }
}

export function NotFoundPage() {
  return (
    <LoadFailureBoundary>
      <NotFoundPageLazy />
    </LoadFailureBoundary>
  );
}

export function RouteErrorPage(props: ErrorComponentProps) {
  return (
    <LoadFailureBoundary>
      <RouteErrorPageLazy {...props} />
    </LoadFailureBoundary>
  );
}
