import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useErrorMessage } from '@/components/form/use-error-message';

type SelectFieldProps<T extends FieldValues> = Omit<
  NativeSelectProps,
  'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error' | 'data'
> & {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
  data: readonly { value: string; label: string; disabled?: boolean }[];
};

/** A react-hook-form choice as the platform's own <select> (keyboard, screen readers and phones know it). */
export function SelectField<T extends FieldValues>({ control, name, data, ...props }: SelectFieldProps<T>) {
  const {
    field: { ref, name: fieldName, value, onBlur, onChange },
    fieldState,
  } = useController({ control, name });
  const error = useErrorMessage(fieldState.error?.message);
  return (
    <NativeSelect
      {...props}
      data={[...data]}
      name={fieldName}
      ref={ref}
      onBlur={onBlur}
      value={(value as string | undefined) ?? ''}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
    />
  );
}
