import * as z from 'zod';
import { fiscalYearField, INDICATOR_GROUPS } from '@/features/admin/schemas/framework-schemas';
import { PLAN_STATUSES } from '@/config/measure-status';

const required = { error: 'validation.required' };
const longText = z.string().max(20_000, { error: 'admin.validation.tooLong' });
const score = z
  .number(required)
  .min(0, { error: 'admin.validation.score' })
  .max(100, { error: 'admin.validation.score' })
  .nullable();

/** The official title of a year's plan (the O43 heading), used when the coordinator leaves it blank. */
export const defaultPlanTitle = (fiscalYear: number) =>
  `การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${fiscalYear}`;

export const planCreateSchema = z.object({
  fiscalYear: fiscalYearField,
  title: z.string().trim().max(500, { error: 'admin.validation.tooLong' }),
});
export type PlanCreateValues = z.infer<typeof planCreateSchema>;

export const planCloneSchema = z.object({
  sourcePlanId: z.string().min(1, required),
  fiscalYear: fiscalYearField,
});
export type PlanCloneValues = z.infer<typeof planCloneSchema>;

export const planEditSchema = z.object({
  title: z.string().trim().min(1, required).max(500, { error: 'admin.validation.tooLong' }),
  status: z.enum(PLAN_STATUSES),
  itaScore: score,
  itaGrade: z.string().trim().max(40, { error: 'admin.validation.tooLong' }),
});
export type PlanEditValues = z.infer<typeof planEditSchema>;

export const planIndicatorSchema = z.object({
  no: z
    .number(required)
    .int({ error: 'admin.validation.positiveInteger' })
    .min(1, { error: 'admin.validation.positiveInteger' }),
  name: z.string().trim().min(1, required).max(300, { error: 'admin.validation.tooLong' }),
  group: z.enum(INDICATOR_GROUPS, required),
  score,
  analysis: longText,
  agencyAnalysis: longText,
});
export type PlanIndicatorValues = z.infer<typeof planIndicatorSchema>;

export const measureSchema = z
  .object({
    planIndicatorId: z.string().min(1, required),
    departmentId: z.string().min(1, required),
    no: z
      .number()
      .int({ error: 'admin.validation.positiveInteger' })
      .min(1, { error: 'admin.validation.positiveInteger' })
      .nullable(),
    title: z.string().trim().min(1, required).max(2000, { error: 'admin.validation.tooLong' }),
    detail: z.string().trim().max(20_000, { error: 'admin.validation.tooLong' }),
    startDate: z.string().nullable(),
    dueDate: z
      .string({ error: 'validation.required' })
      .nullable()
      .refine((v) => Boolean(v), required),
  })
  .refine((m) => !m.startDate || !m.dueDate || m.startDate <= m.dueDate, {
    error: 'admin.validation.startAfterDue',
    path: ['startDate'],
  });
export type MeasureValues = z.infer<typeof measureSchema>;
