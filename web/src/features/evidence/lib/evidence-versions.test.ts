import { groupEvidenceVersions } from '@/features/evidence/lib/evidence-versions';

const row = (id: string, replaces: string | null, supersededBy: string | null) => ({
  id,
  replaces_evidence_id: replaces,
  superseded_by: supersededBy,
});

describe('groupEvidenceVersions', () => {
  it('puts each current file first with the versions it replaced, newest first', () => {
    const rows = [row('c3', 'c2', null), row('a', null, null), row('c2', 'c1', 'c3'), row('c1', null, 'c2')];
    expect(groupEvidenceVersions(rows)).toEqual([
      { current: rows[0], older: [rows[2], rows[3]] },
      { current: rows[1], older: [] },
    ]);
  });

  it('shows a version whose successor was removed as current again', () => {
    // c2 removed: the database set c1.superseded_by and c3.replaces_evidence_id to null.
    const rows = [row('c3', null, null), row('c1', null, null)];
    expect(groupEvidenceVersions(rows).map((g) => g.current.id)).toEqual(['c3', 'c1']);
  });
});
