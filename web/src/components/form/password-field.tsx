import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/components/form/use-error-message';

type PasswordFieldProps<T extends FieldValues> = Omit<
  PasswordInputProps,
  'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error'
> & {
  control: Control<T>;
  name: FieldPath<T>;
  label: string;
};

/** A password field whose show/hide toggle is a focusable, labelled toggle button. */
export function PasswordField<T extends FieldValues>({ control, name, ...props }: PasswordFieldProps<T>) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name });
  const error = useErrorMessage(fieldState.error?.message);
  return (
    <PasswordInput
      {...props}
      {...field}
      value={(field.value as string | undefined) ?? ''}
      error={error}
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
    />
  );
}
