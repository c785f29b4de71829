import { NumberInput, type NumberInputProps } from '@mantine/core';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useErrorMessage } from '@/components/form/use-error-message';

type NumberFieldProps<T extends FieldValues> = Omit<
  NumberInputProps,
  'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error'
> & {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
};

/** A react-hook-form number field: the form holds a number, or null when the field is empty. */
export function NumberField<T extends FieldValues>({ control, name, ...props }: NumberFieldProps<T>) {
  const {
    field: { ref, name: fieldName, value, onBlur, onChange },
    fieldState,
  } = useController({ control, name });
  const error = useErrorMessage(fieldState.error?.message);
  return (
    <NumberInput
      {...props}
      name={fieldName}
      ref={ref}
      onBlur={onBlur}
      value={(value as number | null | undefined) ?? ''}
      onChange={(next) => onChange(next === '' ? null : Number(next))}
      error={error}
    />
  );
}
