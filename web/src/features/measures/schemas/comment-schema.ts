import * as z from 'zod/mini';

/** The database refuses empty comments and ones over 10,000 characters. */
export const COMMENT_MAX_LENGTH = 10_000;

export const commentFormSchema = z.object({
  body: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: 'measures.validation.commentRequired' }),
      z.maxLength(COMMENT_MAX_LENGTH, { error: 'measures.validation.commentTooLong' }),
    ),
});

export type CommentFormValues = z.infer<typeof commentFormSchema>;
