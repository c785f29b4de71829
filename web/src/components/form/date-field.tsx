import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { ThaiDateInput, type ThaiDateInputProps } from '@/components/form/thai-date-input';
import { useErrorMessage } from '@/components/form/use-error-message';

type DateFieldProps<T extends FieldValues> = Omit<
  ThaiDateInputProps,
  'value' | 'onChange' | 'onBlur' | 'error' | 'name'
> & {
  control: Control<T>;
  name: FieldPath<T>;
};

/** A react-hook-form date field: the person types or picks a B.E. date, the form holds ISO `yyyy-mm-dd` or null. */
export function DateField<T extends FieldValues>({ control, name, ...props }: DateFieldProps<T>) {
  const { field, fieldState } = useController({ control, name });
  const error = useErrorMessage(fieldState.error?.message);
  return (
    <ThaiDateInput
      {...props}
      name={field.name}
      value={(field.value as string | null | undefined) ?? null}
      onChange={field.onChange}
      onBlur={field.onBlur}
      error={error}
    />
  );
}
