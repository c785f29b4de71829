import { measureFormSchema } from './measure-form-schema';

const valid = {
  title: 'จัดทำประกาศ',
  detail: '',
  startDate: '2021-10-01',
  dueDate: '2022-03-31',
  percentComplete: 40,
};

const messages = (input: unknown) => {
  const result = measureFormSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('measureFormSchema', () => {
  it('accepts a complete measure and trims the title', () => {
    expect(measureFormSchema.parse({ ...valid, title: '  จัดทำประกาศ  ' }).title).toBe('จัดทำประกาศ');
    expect(messages({ ...valid, startDate: null, dueDate: null })).toEqual([]);
  });

  it('requires a title', () => {
    expect(messages({ ...valid, title: '   ' })).toEqual(['title: measures.validation.titleRequired']);
  });

  it('refuses a due date before the start date', () => {
    expect(messages({ ...valid, dueDate: '2021-09-30' })).toEqual(['dueDate: measures.validation.dueBeforeStart']);
    expect(messages({ ...valid, dueDate: '2021-10-01' })).toEqual([]);
  });

  it('wants a whole percent from 0 to 100', () => {
    expect(messages({ ...valid, percentComplete: null })).toEqual([
      'percentComplete: measures.validation.percentRequired',
    ]);
    expect(messages({ ...valid, percentComplete: 101 })).toEqual(['percentComplete: measures.validation.percentRange']);
    expect(messages({ ...valid, percentComplete: 12.5 })).toEqual([
      'percentComplete: measures.validation.percentRange',
    ]);
    expect(messages({ ...valid, percentComplete: 0 })).toEqual([]);
  });
});
