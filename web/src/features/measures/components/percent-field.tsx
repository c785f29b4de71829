import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useErrorMessage } from '@/components/form/use-error-message';

type PercentFieldProps<T extends FieldValues> = Omit<
  NumberInputProps,
  'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error'
> & {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
};

/**
 * A whole percent 0–100 for react-hook-form: the form holds a number, or null while the box is empty.
 * Out-of-range values are kept (not clamped) so the schema can explain what is wrong.
 */
export function PercentField<T extends FieldValues>({ control, name, ...props }: PercentFieldProps<T>) {
  const {
    field: { ref, value, onChange, onBlur, name: fieldName },
    fieldState,
  } = useController({ control, name });
  const error = useErrorMessage(fieldState.error?.message);
  return (
    <NumberInput
      min={0}
      max={100}
      step={5}
      allowDecimal={false}
      allowNegative={false}
      clampBehavior="none"
      suffix=" %"
      inputMode="numeric"
      {...props}
      name={fieldName}
      ref={ref}
      value={(value as number | null | undefined) ?? ''}
      onChange={(next) => onChange(typeof next === 'number' ? next : null)}
      onBlur={onBlur}
      error={error}
    />
  );
}
