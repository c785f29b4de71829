import { Alert, Button, Group, Kbd, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconArrowBackUp, IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDecideMeasure } from '@/features/review/api/decide-measure';
import { toUserMessage } from '@/lib/errors';

type Mode = 'choose' | 'approve' | 'return';

interface ReviewDecisionFormProps {
  measureId: string;
  version: number;
  title: string;
  onDecided: (kind: 'approve' | 'return') => void;
}

/**
 * Approve or return in two steps: choose, then confirm. The note/reason box focuses itself, Ctrl+Enter (⌘+Enter)
 * confirms and Escape goes back. Returning needs a reason; errors (e.g. someone changed the measure meanwhile)
 * are shown here, beside the action.
 */
export function ReviewDecisionForm({ measureId, version, title, onDecided }: ReviewDecisionFormProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('choose');
  // The approval note and the return reason are kept apart: switching step never carries one into the other.
  const [texts, setTexts] = useState({ approve: '', return: '' });
  const text = mode === 'choose' ? '' : texts[mode];
  const [isReasonMissing, setIsReasonMissing] = useState(false);
  const decide = useDecideMeasure({ onDecided: (decision) => onDecided(decision.kind) });

  const choose = (next: Mode) => {
    decide.reset();
    setIsReasonMissing(false);
    setMode(next);
  };

  const handleSubmit = (event?: FormEvent) => {
    event?.preventDefault();
    if (decide.isPending || mode === 'choose') return;
    const value = text.trim();
    if (mode === 'return' && !value) {
      setIsReasonMissing(true);
      return;
    }
    const kind = mode;
    decide.mutate(
      kind === 'approve'
        ? { kind, measureId, version, note: value || null }
        : { kind, measureId, version, reason: value },
    );
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      handleSubmit();
    } else if (event.key === 'Escape' && !decide.isPending) {
      event.preventDefault();
      choose('choose');
    }
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="review-decision-heading">
      <Title order={3} size="h4" id="review-decision-heading" mb="sm">
        {t('review.decision.heading')}
      </Title>
      {mode === 'choose' ? (
        <Group gap="sm">
          <Button
            color="green.8"
            leftSection={<IconCircleCheck aria-hidden="true" size={18} />}
            onClick={() => choose('approve')}
          >
            {t('review.decision.approve')}
          </Button>
          <Button
            variant="outline"
            color="orange.9"
            leftSection={<IconArrowBackUp aria-hidden="true" size={18} />}
            onClick={() => choose('return')}
          >
            {t('review.decision.return')}
          </Button>
        </Group>
      ) : (
        <form
          onSubmit={handleSubmit}
          noValidate
          aria-label={t(mode === 'approve' ? 'review.decision.approveTitle' : 'review.decision.returnTitle')}
        >
          <Stack gap="sm">
            <Text size="sm">
              {t(mode === 'approve' ? 'review.decision.approveMessage' : 'review.decision.returnMessage', { title })}
            </Text>
            <Textarea
              // Rendered afresh for each step, so it takes the focus as soon as it appears.
              key={mode}
              autoFocus
              label={t(mode === 'approve' ? 'review.decision.note' : 'review.decision.reason')}
              description={t(mode === 'approve' ? 'review.decision.noteHint' : 'review.decision.reasonHint')}
              required={mode === 'return'}
              autosize
              minRows={3}
              maxRows={10}
              value={text}
              onChange={(event) => {
                const { value } = event.currentTarget;
                setTexts((previous) => ({ ...previous, [mode]: value }));
                setIsReasonMissing(false);
              }}
              onKeyDown={handleKeyDown}
              error={isReasonMissing ? t('review.decision.reasonMissing') : undefined}
              disabled={decide.isPending}
            />
            {decide.isError ? (
              <Alert color="red" variant="light" role="alert" title={t('review.decision.failed')}>
                {toUserMessage(decide.error, t)}
              </Alert>
            ) : null}
            <Group gap="sm" justify="space-between" wrap="wrap">
              <Text size="xs" c="dimmed" visibleFrom="sm">
                <Kbd size="xs">Ctrl</Kbd> + <Kbd size="xs">Enter</Kbd> {t('review.decision.shortcutConfirm')} ·{' '}
                <Kbd size="xs">Esc</Kbd> {t('review.decision.shortcutCancel')}
              </Text>
              <Group gap="sm">
                <Button variant="default" onClick={() => choose('choose')} disabled={decide.isPending}>
                  {t('common.cancel')}
                </Button>
                <Button type="submit" color={mode === 'approve' ? 'green.8' : 'orange.9'} loading={decide.isPending}>
                  {t(mode === 'approve' ? 'review.decision.confirmApprove' : 'review.decision.confirmReturn')}
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      )}
    </Paper>
  );
}
