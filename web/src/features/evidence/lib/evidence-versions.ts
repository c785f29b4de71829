/** The fields that link versions of one evidence file. */
interface Versioned {
  id: string;
  replaces_evidence_id: string | null;
  superseded_by: string | null;
}

export interface EvidenceGroup<T extends Versioned> {
  /** The latest version (not superseded). */
  current: T;
  /** The versions it replaced, newest first. */
  older: T[];
}

/**
 * Groups evidence rows into files: each current version (superseded_by null) with the chain of versions
 * it replaced (`replaces_evidence_id`). Groups keep the order of their current rows in `rows`.
 */
export function groupEvidenceVersions<T extends Versioned>(rows: readonly T[]): EvidenceGroup<T>[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return rows
    .filter((row) => row.superseded_by === null)
    .map((current) => {
      const older: T[] = [];
      const seen = new Set([current.id]);
      let previous = current.replaces_evidence_id ? byId.get(current.replaces_evidence_id) : undefined;
      while (previous && !seen.has(previous.id)) {
        older.push(previous);
        seen.add(previous.id);
        previous = previous.replaces_evidence_id ? byId.get(previous.replaces_evidence_id) : undefined;
      }
      return { current, older };
    });
}
