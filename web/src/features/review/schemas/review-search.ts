import * as z from 'zod/mini';

const id = z.string().check(z.maxLength(64));

/** /review?measure=<id>&department=<id>: the open item, and (admins) the department filter. */
export const reviewSearchSchema = z.object({
  measure: z.catch(z.optional(id), undefined),
  department: z.catch(z.optional(id), undefined),
});

export type ReviewSearch = z.infer<typeof reviewSearchSchema>;
