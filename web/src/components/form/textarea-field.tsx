import { Textarea, type TextareaProps } from '@mantine/core';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useErrorMessage } from '@/components/form/use-error-message';

type TextareaFieldProps<T extends FieldValues> = Omit<
  TextareaProps,
  'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error'
> & {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
};

/** A react-hook-form textarea that grows with its content. */
export function TextareaField<T extends FieldValues>({ control, name, ...props }: TextareaFieldProps<T>) {
  const { field, fieldState } = useController({ control, name });
  const error = useErrorMessage(fieldState.error?.message);
  return (
    <Textarea
      autosize
      minRows={3}
      {...props}
      {...field}
      value={(field.value as string | undefined) ?? ''}
      error={error}
    />
  );
}
