import * as z from 'zod/mini';
import { percentSchema } from '@/features/measures/schemas/measure-form-schema';

export const NARRATIVE_MAX_LENGTH = 10_000;

/** A progress report of one period: what was done, and how far along the measure is. */
export const progressReportFormSchema = z.object({
  narrative: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: 'measures.validation.narrativeRequired' }),
      z.maxLength(NARRATIVE_MAX_LENGTH, { error: 'measures.validation.narrativeTooLong' }),
    ),
  percent: percentSchema,
});

export type ProgressReportFormValues = z.infer<typeof progressReportFormSchema>;
