/** Quoting and bind parameters: identifiers are always quoted, values are always `$n`. */

/** A quoted SQL identifier. NUL cannot appear in an identifier, so it is dropped. */
export function qi(name: string): string {
  return `"${name.replace(/\0/g, '').replace(/"/g, '""')}"`;
}

export class Params {
  readonly values: unknown[] = [];

  /** Adds a bind parameter; `cast` (a trusted type name) is appended when the context cannot infer the type. */
  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return cast ? `$${this.values.length}::${cast}` : `$${this.values.length}`;
  }
}

/** A Postgres array literal of text elements, every element quoted: `{"a","b \"c\""}`. */
export function arrayLiteral(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
