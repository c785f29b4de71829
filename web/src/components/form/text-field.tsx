import { TextInput, type TextInputProps } from '@mantine/core';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useErrorMessage } from '@/components/form/use-error-message';

type TextFieldProps<T extends FieldValues> = Omit<
  TextInputProps,
  'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error'
> & {
  control: Control<T>;
  name: FieldPath<T>;
  /** Required for accessibility: every field has a visible label. */
  label: string;
};

/** A react-hook-form text field with a label and a translated error. */
export function TextField<T extends FieldValues>({ control, name, ...props }: TextFieldProps<T>) {
  const { field, fieldState } = useController({ control, name });
  const error = useErrorMessage(fieldState.error?.message);
  return <TextInput {...props} {...field} value={(field.value as string | undefined) ?? ''} error={error} />;
}
