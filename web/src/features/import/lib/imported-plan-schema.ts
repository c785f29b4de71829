import { z } from 'zod';

/**
 * The plan an importer reads from an agency's document, before it is written to the database.
 * The shape of `ita-2565-dindaeng.expected.json`, plus `measure_details` where the format carries them.
 */

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ISO date (YYYY-MM-DD, C.E.)');

/** Per-measure details that only some formats carry (xlsx/csv template): parallel to `measures`. */
export const measureDetailSchema = z.object({
  /** Owner department (ฝ่าย) as written in the file; matched to a department id when the plan is saved. */
  department: z.string().min(1).nullable(),
  /** Due date, ISO C.E. (the file has it as B.E. dd/mm/yyyy). */
  due_date: isoDate.nullable(),
});

export const importedIndicatorSchema = z
  .object({
    no: z.number().int().positive(),
    name: z.string().min(1),
    /** IIT / EIT / OIT for 2565; null when the year's indicator table does not know the number. */
    group: z.string().min(1).nullable(),
    score: z.number().min(0).max(100).nullable(),
    analysis: z.string(),
    agency_analysis: z.string(),
    measures: z.array(z.string().min(1)),
    measure_details: z.array(measureDetailSchema).optional(),
  })
  .refine((i) => !i.measure_details || i.measure_details.length === i.measures.length, {
    message: 'measure_details must have one entry per measure',
    path: ['measure_details'],
  });

export const importedPlanSchema = z
  .object({
    agency: z.string(),
    fiscal_year_be: z.number().int().min(2500).max(2700),
    title: z.string(),
    ita_score: z.number().min(0).max(100).nullable(),
    /** AA…F up to 2565; Thai levels (ผ่านดีเยี่ยม …) from 2566. */
    ita_grade: z.string().min(1).max(40).nullable(),
    indicators: z.array(importedIndicatorSchema).min(1),
  })
  .refine((p) => new Set(p.indicators.map((i) => i.no)).size === p.indicators.length, {
    message: 'indicator numbers must be unique',
    path: ['indicators'],
  });

export type MeasureDetail = z.infer<typeof measureDetailSchema>;
export type ImportedIndicator = z.infer<typeof importedIndicatorSchema>;
export type ImportedPlan = z.infer<typeof importedPlanSchema>;
