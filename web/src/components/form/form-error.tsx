import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { toUserMessage } from '@/lib/errors';

/** A failed save, in Thai, above a form's fields; nothing while there is no error. */
export function FormError({ error }: { error: Error | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert color="red" role="alert">
      {toUserMessage(error, t)}
    </Alert>
  );
}
