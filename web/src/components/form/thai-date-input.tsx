import { TextInput } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { formatBEInput, type IsoDate } from '@/lib/dates';

export interface ThaiDateInputProps {
  label: string;
  /** ISO CE `yyyy-mm-dd`, or null. */
  value: IsoDate | null;
  onChange: (value: IsoDate | null) => void;
  onBlur?: () => void;
  name?: string;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  clearable?: boolean;
  minDate?: IsoDate;
  maxDate?: IsoDate;
}

// @mantine/dates (and dayjs) load only when a form with a date is opened.
const ThaiDateInputImpl = lazy(() =>
  import('@/components/form/thai-date-input-impl').then((m) => ({ default: m.ThaiDateInputImpl })),
);

/**
 * The date input of the app: people type "30/09/2565" or pick from a calendar with B.E. years and
 * Thai labels; the value is an ISO CE date.
 */
export function ThaiDateInput(props: ThaiDateInputProps) {
  return (
    <Suspense
      fallback={
        <TextInput
          label={props.label}
          description={props.description}
          required={props.required}
          value={props.value ? formatBEInput(props.value) : ''}
          readOnly
          disabled
        />
      }
    >
      <ThaiDateInputImpl {...props} />
    </Suspense>
  );
}
