import * as z from 'zod/mini';

/** Percent fields hold null while empty; the messages are i18n keys (translated by the form fields). */
export const percentSchema = z.nullable(z.number()).check(
  z.refine((value) => value !== null, { error: 'measures.validation.percentRequired', abort: true }),
  z.refine((value) => value === null || (Number.isInteger(value) && value >= 0 && value <= 100), {
    error: 'measures.validation.percentRange',
  }),
);

export const TITLE_MAX_LENGTH = 1000;
export const DETAIL_MAX_LENGTH = 10_000;

/** What a head or admin edits on the measure page. Dates are ISO CE (the date fields show B.E.). */
export const measureFormSchema = z
  .object({
    title: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, { error: 'measures.validation.titleRequired' }),
        z.maxLength(TITLE_MAX_LENGTH, { error: 'measures.validation.titleTooLong' }),
      ),
    detail: z.string().check(z.trim(), z.maxLength(DETAIL_MAX_LENGTH, { error: 'measures.validation.detailTooLong' })),
    startDate: z.nullable(z.string()),
    dueDate: z.nullable(z.string()),
    percentComplete: percentSchema,
  })
  .check(
    z.refine((values) => !values.startDate || !values.dueDate || values.dueDate >= values.startDate, {
      path: ['dueDate'],
      error: 'measures.validation.dueBeforeStart',
    }),
  );

export type MeasureFormValues = z.infer<typeof measureFormSchema>;
