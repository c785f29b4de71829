import '@mantine/dropzone/styles.css';
import { Alert, Button, Card, Group, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconClipboardText, IconFileUpload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TemplateDownloads } from '@/features/import/components/template-downloads';
import type { IndicatorGroupTable } from '@/features/import/lib/indicator-groups';

const MAX_BYTES = 10 * 1024 * 1024;
/**
 * What the file picker offers, by MIME type and extension. The same list as the readers'
 * `ACCEPTED_EXTENSIONS` (a test holds them together) without loading the readers until a file is chosen.
 */
export const ACCEPT = {
  'text/plain': ['.txt', '.md'],
  'text/markdown': ['.md'],
  'text/csv': ['.csv'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
};
export const EXTENSIONS = [...new Set(Object.values(ACCEPT).flat())];

interface ImportSourceProps {
  fiscalYear: number;
  groups: IndicatorGroupTable;
  isReading: boolean;
  onFile: (file: File) => void;
  onText: (text: string) => void;
}

/** Step 1: the agency's document (.docx, its text export) or the template (.xlsx/.csv), or pasted text. */
export function ImportSource({ fiscalYear, groups, isReading, onFile, onText }: ImportSourceProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [rejected, setRejected] = useState<string | null>(null);

  return (
    <Card withBorder padding="lg">
      <Tabs defaultValue="file" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="file" leftSection={<IconFileUpload aria-hidden="true" size={16} />}>
            {t('importer.source.fileTab')}
          </Tabs.Tab>
          <Tabs.Tab value="text" leftSection={<IconClipboardText aria-hidden="true" size={16} />}>
            {t('importer.source.textTab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="file">
          <Stack gap="md">
            {rejected ? (
              <Alert color="red" role="alert">
                {rejected}
              </Alert>
            ) : null}
            <Dropzone
              onDrop={(files) => {
                setRejected(null);
                if (files[0]) onFile(files[0]);
              }}
              onReject={(rejections) =>
                setRejected(
                  rejections[0]?.errors[0]?.code === 'file-too-large'
                    ? t('importer.source.tooLarge')
                    : t('importer.source.unsupported', { list: EXTENSIONS.join(' ') }),
                )
              }
              accept={ACCEPT}
              maxSize={MAX_BYTES}
              multiple={false}
              loading={isReading}
              inputProps={{ 'aria-label': t('importer.source.fileInput') }}
            >
              <Group justify="center" gap="lg" mih={140} style={{ pointerEvents: 'none' }} wrap="nowrap">
                <IconUpload aria-hidden="true" size={40} stroke={1.5} />
                <div>
                  <Text fw={700}>{t('importer.source.dropTitle')}</Text>
                  <Text size="sm" c="dimmed">
                    {t('importer.source.dropText', { list: EXTENSIONS.join(' ') })}
                  </Text>
                </div>
              </Group>
            </Dropzone>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="text">
          <Stack gap="sm">
            <Textarea
              label={t('importer.source.textLabel')}
              description={t('importer.source.textHelp')}
              autosize
              minRows={8}
              maxRows={20}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button onClick={() => onText(text)} disabled={text.trim() === ''} loading={isReading}>
                {t('importer.source.readText')}
              </Button>
            </Group>
          </Stack>
        </Tabs.Panel>
      </Tabs>
      <Stack mt="lg">
        <TemplateDownloads fiscalYear={fiscalYear} groups={groups} />
      </Stack>
    </Card>
  );
}
