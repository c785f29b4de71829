import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Avatar, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconMessage } from '@tabler/icons-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TextareaField } from '@/components/form/textarea-field';
import { ErrorState } from '@/components/error-state';
import { LoadingSkeleton } from '@/components/loading-skeleton';
import { useAddComment } from '@/features/measures/api/add-comment';
import { useComments, type MeasureComment } from '@/features/measures/api/get-comments';
import { useDisplayLocale } from '@/features/measures/lib/use-display-locale';
import { commentFormSchema, type CommentFormValues } from '@/features/measures/schemas/comment-schema';
import { formatDateTime } from '@/lib/dates';
import { toUserMessage } from '@/lib/errors';

function CommentItem({ comment }: { comment: MeasureComment }) {
  const { t } = useTranslation();
  const locale = useDisplayLocale();
  const name = comment.author?.full_name ?? t('measures.comments.unknownAuthor');
  const isEdited = comment.updated_at !== comment.created_at;
  return (
    <Group component="li" align="flex-start" gap="sm" wrap="nowrap">
      <Avatar radius="xl" size="md" color="blue" aria-hidden="true">
        {name.replace(/^(นาย|นางสาว|นาง)/, '').slice(0, 1)}
      </Avatar>
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Group gap={6} wrap="wrap">
          <Text size="sm" fw={700}>
            {name}
          </Text>
          {comment.author ? (
            <Text size="xs" c="dimmed">
              {t(`roles.${comment.author.role}`)}
            </Text>
          ) : null}
          <Text size="xs" c="dimmed" component="time" dateTime={comment.created_at}>
            {formatDateTime(comment.created_at, { locale })}
          </Text>
          {isEdited ? (
            <Text size="xs" c="dimmed">
              {t('measures.comments.edited', { at: formatDateTime(comment.updated_at, { locale }) })}
            </Text>
          ) : null}
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {comment.body}
        </Text>
      </Stack>
    </Group>
  );
}

/** The conversation on a measure, oldest first; everyone who can read the measure (the director too) adds to it. */
export function CommentsSection({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const query = useComments(measureId);
  const mutation = useAddComment();
  const form = useForm<CommentFormValues>({ resolver: zodResolver(commentFormSchema), defaultValues: { body: '' } });

  const handleSubmit = form.handleSubmit((values) => {
    mutation.mutate(
      { measureId, body: values.body },
      {
        onSuccess: () => {
          form.reset({ body: '' });
          notifications.show({ color: 'green', message: t('measures.comments.sent') });
        },
      },
    );
  });

  return (
    <Paper
      withBorder
      p={{ base: 'sm', sm: 'md' }}
      radius="md"
      component="section"
      aria-labelledby="measure-comments-heading"
    >
      <Stack gap="md">
        <Title order={2} size="h3" id="measure-comments-heading">
          {t('measures.comments.title')}
        </Title>
        {query.isPending ? (
          <LoadingSkeleton lines={3} />
        ) : query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.length === 0 ? (
          <Group gap="xs" c="dimmed">
            <IconMessage aria-hidden="true" size={18} />
            <Text size="sm">{t('measures.comments.none')}</Text>
          </Group>
        ) : (
          <Stack
            component="ol"
            gap="md"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
            aria-label={t('measures.comments.listLabel')}
          >
            {query.data.map((comment) => (
              <CommentItem key={comment.id} comment={comment} />
            ))}
          </Stack>
        )}
        <form onSubmit={(event) => void handleSubmit(event)} noValidate>
          <Stack gap="xs">
            {mutation.isError ? (
              <Alert
                role="alert"
                color="red"
                variant="light"
                title={t('measures.comments.sendFailed')}
                icon={<IconAlertTriangle aria-hidden="true" />}
              >
                {toUserMessage(mutation.error, t)}
              </Alert>
            ) : null}
            <TextareaField
              control={form.control}
              name="body"
              label={t('measures.comments.body')}
              placeholder={t('measures.comments.placeholder')}
              minRows={2}
              maxRows={10}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={mutation.isPending}>
                {t('measures.comments.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
