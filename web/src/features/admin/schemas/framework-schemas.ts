import * as z from 'zod';
import { MAX_BE_YEAR, MIN_BE_YEAR } from '@/lib/dates';

const required = { error: 'validation.required' };
const text = (max = 500) => z.string().trim().min(1, required).max(max, { error: 'admin.validation.tooLong' });
const weight = z
  .number(required)
  .min(0, { error: 'admin.validation.weight' })
  .max(100, { error: 'admin.validation.weight' });
const score = z
  .number(required)
  .min(0, { error: 'admin.validation.score' })
  .max(100, { error: 'admin.validation.score' });

export const INDICATOR_GROUPS = ['IIT', 'EIT', 'OIT'] as const;

export const fiscalYearField = z
  .number(required)
  .int({ error: 'admin.validation.fiscalYear' })
  .min(MIN_BE_YEAR, { error: 'admin.validation.fiscalYear' })
  .max(MAX_BE_YEAR, { error: 'admin.validation.fiscalYear' });

export const frameworkSettingsSchema = z.object({
  name: text(200),
  iitWeight: weight,
  eitWeight: weight,
  oitWeight: weight,
  passScore: score.nullable(),
  notes: z.string().trim().max(2000, { error: 'admin.validation.tooLong' }),
});
export type FrameworkSettingsValues = z.infer<typeof frameworkSettingsSchema>;

export const frameworkIndicatorSchema = z.object({
  no: z
    .number(required)
    .int({ error: 'admin.validation.positiveInteger' })
    .min(1, { error: 'admin.validation.positiveInteger' }),
  name: text(300),
  group: z.enum(INDICATOR_GROUPS, required),
  weight: weight.nullable(),
  description: z.string().trim().max(2000, { error: 'admin.validation.tooLong' }),
});
export type FrameworkIndicatorValues = z.infer<typeof frameworkIndicatorSchema>;

export const gradeBandSchema = z
  .object({
    label: text(40),
    minScore: score,
    maxScore: score,
    sortOrder: z.number(required).int({ error: 'admin.validation.integer' }).min(0),
  })
  .refine((b) => b.minScore <= b.maxScore, { error: 'admin.validation.minAboveMax', path: ['minScore'] });
export type GradeBandValues = z.infer<typeof gradeBandSchema>;

export const newFrameworkSchema = z.object({ fiscalYear: fiscalYearField, sourceId: z.string() });
export type NewFrameworkValues = z.infer<typeof newFrameworkSchema>;
