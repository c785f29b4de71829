/** Query keys of the evidence feature (rooted at 'evidence', one of MEASURE_DATA_ROOTS). */
export const evidenceKeys = {
  all: ['evidence'] as const,
  lists: () => [...evidenceKeys.all, 'list'] as const,
  list: (measureId: string) => [...evidenceKeys.lists(), measureId] as const,
  previewUrl: (storagePath: string) => [...evidenceKeys.all, 'preview-url', storagePath] as const,
};
