import * as z from 'zod';

/** What the coordinator types for a department (ฝ่าย). Messages are i18n keys. */
export const departmentFormSchema = z.object({
  name: z.string().trim().min(1, { error: 'validation.required' }).max(200, { error: 'admin.validation.tooLong' }),
  code: z.string().trim().max(20, { error: 'admin.validation.tooLong' }),
  sortOrder: z.number({ error: 'validation.required' }).int({ error: 'admin.validation.integer' }).min(0),
});

export type DepartmentFormValues = z.infer<typeof departmentFormSchema>;
