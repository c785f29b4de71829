/** `Prefer` (RFC 7240, as PostgREST reads it) and `Accept` negotiation. */
import { unacceptableMedia } from './errors';

export interface Preferences {
  resolution?: 'merge-duplicates' | 'ignore-duplicates';
  return?: 'representation' | 'minimal' | 'headers-only';
  count?: 'exact' | 'planned' | 'estimated';
  tx?: 'commit' | 'rollback';
  missing?: 'default' | 'null';
  handling?: 'strict' | 'lenient';
  params?: 'single-object';
  maxAffected?: number;
  invalid: string[];
}

const KNOWN: Record<string, [keyof Preferences, string]> = {};
for (const [key, values] of Object.entries({
  resolution: ['merge-duplicates', 'ignore-duplicates'],
  return: ['representation', 'minimal', 'headers-only'],
  count: ['exact', 'planned', 'estimated'],
  tx: ['commit', 'rollback'],
  missing: ['default', 'null'],
  handling: ['strict', 'lenient'],
  params: ['single-object'],
})) {
  for (const v of values) KNOWN[`${key}=${v}`] = [key as keyof Preferences, v];
}

/** Parses one or more comma-separated Prefer headers; the first value of each preference wins. */
export function parsePrefer(header: string | undefined): Preferences {
  const prefs: Preferences = { invalid: [] };
  if (!header) return prefs;
  const bag = prefs as unknown as Record<string, unknown>;
  for (const raw of header.split(',')) {
    const p = raw.trim();
    if (!p) continue;
    const known = KNOWN[p];
    if (known) {
      if (bag[known[0]] === undefined) bag[known[0]] = known[1];
    } else if (/^max-affected=\d+$/.test(p)) {
      prefs.maxAffected ??= Number(p.slice('max-affected='.length));
    } else if (!p.startsWith('timezone=')) {
      prefs.invalid.push(p);
    }
  }
  return prefs;
}

/** The Preference-Applied value for the preferences that were honoured, in PostgREST's order. */
export function preferenceApplied(p: Partial<Preferences>): string | null {
  const out: string[] = [];
  if (p.resolution) out.push(`resolution=${p.resolution}`);
  if (p.missing) out.push(`missing=${p.missing}`);
  if (p.return) out.push(`return=${p.return}`);
  if (p.params) out.push(`params=${p.params}`);
  if (p.count) out.push(`count=${p.count}`);
  if (p.tx) out.push(`tx=${p.tx}`);
  if (p.handling) out.push(`handling=${p.handling}`);
  if (p.handling === 'strict' && p.maxAffected !== undefined) out.push(`max-affected=${p.maxAffected}`);
  return out.length ? out.join(', ') : null;
}

export type MediaKind = 'json' | 'object' | 'csv';
export interface Media {
  kind: MediaKind;
  stripNulls: boolean;
}

/** Picks the first acceptable media type from Accept (q-values honoured), or answers 406 PGRST107. */
export function negotiate(accept: string | undefined): Media {
  if (!accept || !accept.trim()) return { kind: 'json', stripNulls: false };
  const ranges = accept
    .split(',')
    .map((part, i) => {
      const [type = '', ...params] = part.split(';').map((s) => s.trim());
      let q = 1;
      let stripNulls = false;
      for (const prm of params) {
        const [k, v] = prm.split('=').map((s) => s.trim().toLowerCase());
        if (k === 'q') q = Number(v);
        if (k === 'nulls' && v === 'stripped') stripNulls = true;
      }
      return { type: type.toLowerCase(), q: Number.isFinite(q) ? q : 0, stripNulls, i };
    })
    .filter((r) => r.type && r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const r of ranges) {
    switch (r.type) {
      case 'application/json':
      case 'application/*':
      case '*/*':
        return { kind: 'json', stripNulls: false };
      case 'application/vnd.pgrst.array+json':
      case 'application/vnd.pgrst.array':
        return { kind: 'json', stripNulls: r.stripNulls };
      case 'application/vnd.pgrst.object+json':
      case 'application/vnd.pgrst.object':
        return { kind: 'object', stripNulls: r.stripNulls };
      case 'text/csv':
      case 'text/*':
        return { kind: 'csv', stripNulls: false };
    }
  }
  throw unacceptableMedia(accept);
}

export function contentTypeFor(media: Media): string {
  if (media.kind === 'csv') return 'text/csv; charset=utf-8';
  if (media.kind === 'object')
    return `application/vnd.pgrst.object+json;${media.stripNulls ? ' nulls=stripped;' : ''} charset=utf-8`;
  if (media.stripNulls) return 'application/vnd.pgrst.array+json; nulls=stripped; charset=utf-8';
  return 'application/json; charset=utf-8';
}
