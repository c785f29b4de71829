import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES } from '@/i18n/i18n';

/**
 * TH/EN as two toggle buttons (aria-pressed); the i18n instance remembers the choice and updates
 * `<html lang>`. Plain buttons rather than SegmentedControl: this sits on the login page, where every KB counts.
 */
export function LanguageSwitch({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'th';
  return (
    <Group gap={4} role="group" aria-label={t('language.label')} wrap="nowrap">
      {LANGUAGES.map((language) => {
        const isCurrent = language === current;
        return (
          <Button
            key={language}
            size={size}
            variant={isCurrent ? 'filled' : 'default'}
            aria-pressed={isCurrent}
            lang={language}
            onClick={() => void i18n.changeLanguage(language)}
          >
            {t(`language.${language}`)}
          </Button>
        );
      })}
    </Group>
  );
}
