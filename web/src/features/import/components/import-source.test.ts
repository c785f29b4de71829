import { EXTENSIONS } from '@/features/import/components/import-source';
import { ACCEPTED_EXTENSIONS } from '@/features/import/lib/parse-import-file';

describe('the file picker', () => {
  it('offers exactly the extensions the readers accept', () => {
    expect([...EXTENSIONS].sort()).toEqual([...ACCEPTED_EXTENSIONS].sort());
  });
});
