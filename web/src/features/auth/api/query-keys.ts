/** Query keys of the auth feature. Never write these keys inline. */
export const authKeys = {
  all: ['auth'] as const,
  session: () => [...authKeys.all, 'session'] as const,
  profiles: () => [...authKeys.all, 'profile'] as const,
  profile: (userId: string) => [...authKeys.profiles(), userId] as const,
};
