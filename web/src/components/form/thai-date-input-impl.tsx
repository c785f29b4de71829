import '@mantine/dates/styles.css';
import 'dayjs/locale/th';
import { DateInput, DatesProvider } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThaiDateInputProps } from '@/components/form/thai-date-input';
import {
  formatBEInput,
  formatDate,
  formatMonth,
  parseBEDate,
  toBuddhistYear,
  type DisplayLocale,
  type ParseDateError,
} from '@/lib/dates';

const PARSE_ERROR_KEY = {
  empty: 'validation.required',
  format: 'validation.dateFormat',
  year_out_of_range: 'validation.dateYear',
  invalid_date: 'validation.dateInvalid',
} as const satisfies Record<ParseDateError, string>;

const beYear = (isoDate: string) => String(toBuddhistYear(Number(isoDate.slice(0, 4))));

/** Loaded lazily by `ThaiDateInput`. */
export function ThaiDateInputImpl({
  label,
  value,
  onChange,
  onBlur,
  name,
  description,
  error,
  required,
  disabled,
  clearable,
  minDate,
  maxDate,
}: ThaiDateInputProps) {
  const { t, i18n } = useTranslation();
  const locale: DisplayLocale = i18n.resolvedLanguage === 'en' ? 'en' : 'th';
  const [parseError, setParseError] = useState<ParseDateError | null>(null);

  return (
    <DatesProvider settings={{ locale, firstDayOfWeek: 0, weekendDays: [0, 6] }}>
      <DateInput
        label={label}
        description={description}
        required={required}
        disabled={disabled}
        name={name}
        value={value}
        onChange={(next) => {
          setParseError(null);
          onChange(next);
        }}
        onBlur={(event) => {
          const text = event.currentTarget.value;
          const parsed = parseBEDate(text);
          setParseError(text.trim() === '' || parsed.ok ? null : parsed.error);
          onBlur?.();
        }}
        fixOnBlur={false}
        error={error ?? (parseError ? t(PARSE_ERROR_KEY[parseError]) : undefined)}
        placeholder={t('dateInput.placeholder')}
        minDate={minDate}
        maxDate={maxDate}
        clearable={clearable}
        clearButtonProps={{ 'aria-label': t('dateInput.clear') }}
        leftSection={<IconCalendar aria-hidden="true" size={18} />}
        // Typed and shown as B.E. "dd/mm/yyyy" in both languages; stored as ISO CE.
        valueFormat={(date) => formatBEInput(date)}
        dateParser={(text) => {
          const parsed = parseBEDate(text);
          return parsed.ok ? parsed.value : null;
        }}
        // The calendar shows B.E. years and reads days out in full ("30 กันยายน 2565").
        monthLabelFormat={(date) => `${formatMonth(date, { locale })} ${beYear(date)}`}
        yearLabelFormat={beYear}
        decadeLabelFormat={(start, end) => `${beYear(start)} – ${beYear(end)}`}
        yearsListFormat={beYear}
        monthsListFormat={(date) => formatMonth(date, { locale, style: 'short' })}
        getDayAriaLabel={(date) => formatDate(date, { locale, style: 'long' })}
        getYearControlProps={(date) => ({ 'aria-label': beYear(date) })}
        ariaLabels={{
          nextMonth: t('dateInput.nextMonth'),
          previousMonth: t('dateInput.previousMonth'),
          nextYear: t('dateInput.nextYear'),
          previousYear: t('dateInput.previousYear'),
          nextDecade: t('dateInput.nextDecade'),
          previousDecade: t('dateInput.previousDecade'),
          monthLevelControl: t('dateInput.monthLevel'),
          yearLevelControl: t('dateInput.yearLevel'),
        }}
      />
    </DatesProvider>
  );
}
