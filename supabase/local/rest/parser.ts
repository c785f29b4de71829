/**
 * PostgREST's query-string grammar: select=, filters, or=/and= trees, order=,
 * limit/offset (also per embedded resource), columns= and on_conflict=.
 * Produces plain data; nothing here knows the schema.
 */
import { parseError, PgrstError } from './errors';

export interface JsonOp {
  arrow: '->' | '->>';
  key: string;
  index: boolean;
}

export interface Field {
  name: string;
  json: JsonOp[];
}

export type SelectItem =
  | { type: 'star' }
  | { type: 'field'; field: Field; alias?: string; cast?: string }
  | { type: 'count'; alias?: string }
  | {
      type: 'embed';
      name: string;
      alias?: string;
      hint?: string;
      join?: 'inner' | 'left';
      spread: boolean;
      select: SelectItem[];
    };

export const SIMPLE_OPS = {
  eq: '=',
  neq: '<>',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
  like: 'LIKE',
  ilike: 'ILIKE',
  match: '~',
  imatch: '~*',
  cs: '@>',
  cd: '<@',
  ov: '&&',
  sl: '<<',
  sr: '>>',
  nxr: '&<',
  nxl: '&>',
  adj: '-|-',
  isdistinct: 'IS DISTINCT FROM',
} as const;
export type SimpleOp = keyof typeof SIMPLE_OPS;
const QUANTIFIABLE = new Set<string>(['eq', 'gt', 'gte', 'lt', 'lte', 'like', 'ilike', 'match', 'imatch']);

export const FTS_OPS = {
  fts: 'to_tsquery',
  plfts: 'plainto_tsquery',
  phfts: 'phraseto_tsquery',
  wfts: 'websearch_to_tsquery',
} as const;
export type FtsOp = keyof typeof FTS_OPS;

export type Operation =
  | { kind: 'op'; op: SimpleOp; value: string; quant?: 'any' | 'all' }
  | { kind: 'in'; values: string[] }
  | { kind: 'is'; value: 'null' | 'not_null' | 'true' | 'false' | 'unknown' }
  | { kind: 'fts'; op: FtsOp; lang?: string; value: string };

export interface Filter {
  field: Field;
  negate: boolean;
  operation: Operation;
}

export type LogicTree =
  { type: 'filter'; filter: Filter } | { type: 'logic'; negate: boolean; op: 'and' | 'or'; children: LogicTree[] };

export interface OrderTerm {
  /** Set for `rel(col)`: order by a column of an embedded to-one resource. */
  relation?: string;
  field: Field;
  dir?: 'asc' | 'desc';
  nulls?: 'first' | 'last';
}

/** Nesting limits for select= embeds and or=/and= trees (deeper input is refused, never recursed into). */
const MAX_DEPTH = 32;

class Cursor {
  pos = 0;
  depth = 0;
  constructor(
    readonly src: string,
    readonly what: string,
  ) {}
  get done() {
    return this.pos >= this.src.length;
  }
  peek(n = 0) {
    return this.src[this.pos + n] ?? '';
  }
  startsWith(s: string) {
    return this.src.startsWith(s, this.pos);
  }
  eat(s: string) {
    if (this.startsWith(s)) {
      this.pos += s.length;
      return true;
    }
    return false;
  }
  skipSpaces() {
    while (this.peek() === ' ' || this.peek() === '\t') this.pos++;
  }
  fail(expecting: string, unexpected?: string): never {
    const u = unexpected ?? (this.done ? 'end of input' : JSON.stringify(this.peek()));
    throw parseError(
      `"failed to parse ${this.what} (${this.src})" (line 1, column ${this.pos + 1})`,
      `unexpected ${u} expecting ${expecting}`,
    );
  }
  expect(s: string) {
    if (!this.eat(s)) this.fail(JSON.stringify(s));
  }
  enter() {
    if (++this.depth > MAX_DEPTH) this.fail(`at most ${MAX_DEPTH} levels of nesting`, '"("');
  }
  leave() {
    this.depth--;
  }
}

const IDENT_CHAR = /[\p{L}\p{N}_$ ]/u;

/** A field name: `"quoted \" name"` or letters, digits, _, $, spaces and dashes (not `->`). */
function fieldName(c: Cursor): string {
  c.skipSpaces();
  if (c.peek() === '"') return quoted(c);
  const start = c.pos;
  while (!c.done) {
    const ch = c.peek();
    if (IDENT_CHAR.test(ch)) c.pos++;
    else if (ch === '-' && c.peek(1) !== '>' && c.pos > start) c.pos++;
    else break;
  }
  const name = c.src.slice(start, c.pos).trim();
  if (!name) c.fail('field name (* or [a..z0..9_$])');
  return name;
}

function quoted(c: Cursor): string {
  c.expect('"');
  let out = '';
  while (!c.done && c.peek() !== '"') {
    if (c.peek() === '\\' && c.pos + 1 < c.src.length) c.pos++;
    out += c.peek();
    c.pos++;
  }
  c.expect('"');
  return out;
}

function jsonPath(c: Cursor): JsonOp[] {
  const ops: JsonOp[] = [];
  for (;;) {
    let arrow: JsonOp['arrow'];
    if (c.eat('->>')) arrow = '->>';
    else if (c.eat('->')) arrow = '->';
    else return ops;
    const m = /^-?\d+/.exec(c.src.slice(c.pos));
    const after = m ? c.src.slice(c.pos + m[0].length) : '';
    if (m && (after === '' || /^(->|::|\.|,|\))/.test(after))) {
      c.pos += m[0].length;
      ops.push({ arrow, key: m[0], index: true });
    } else {
      ops.push({ arrow, key: jsonKey(c), index: false });
    }
  }
}

/** A JSON key: quoted, or anything but `(-:.,>)` (dashes allowed between parts, never `->`). */
function jsonKey(c: Cursor): string {
  if (c.peek() === '"') return quoted(c);
  const start = c.pos;
  while (!c.done) {
    const ch = c.peek();
    if (!'(-:.,>)'.includes(ch)) c.pos++;
    else if (ch === '-' && c.peek(1) !== '>' && c.pos > start) c.pos++;
    else break;
  }
  const key = c.src.slice(start, c.pos).trim();
  if (!key) c.fail('any non reserved character different from: .,>()');
  return key;
}

function field(c: Cursor): Field {
  const name = fieldName(c);
  const json = jsonPath(c);
  c.skipSpaces();
  return { name, json };
}

/** Optional `alias:` prefix (a single colon; `::` is a cast). */
function alias(c: Cursor): string | undefined {
  const start = c.pos;
  if (c.peek() === '*' || c.startsWith('...')) return undefined;
  try {
    const name = fieldName(c);
    if (c.peek() === ':' && c.peek(1) !== ':') {
      c.pos++;
      return name;
    }
  } catch (e) {
    if (!(e instanceof PgrstError)) throw e;
  }
  c.pos = start;
  return undefined;
}

function embedParams(c: Cursor): { hint?: string; join?: 'inner' | 'left' } {
  const out: { hint?: string; join?: 'inner' | 'left' } = {};
  for (let i = 0; i < 2 && c.peek() === '!'; i++) {
    c.pos++;
    const name = fieldName(c);
    if (name === 'inner' || name === 'left') out.join = name;
    else out.hint = name;
  }
  return out;
}

function selectItem(c: Cursor): SelectItem {
  c.skipSpaces();
  if (c.eat('...')) {
    const name = fieldName(c);
    const params = embedParams(c);
    c.expect('(');
    const select = forest(c);
    c.expect(')');
    return { type: 'embed', name, spread: true, select, ...params };
  }
  const al = alias(c);
  c.skipSpaces();
  if (c.eat('*')) {
    if (al !== undefined) c.fail('field name', '"*"');
    return { type: 'star' };
  }
  const name = fieldName(c);
  if (c.peek() === '!' || c.peek() === '(') {
    const params = embedParams(c);
    c.expect('(');
    if (name === 'count' && params.hint === undefined && params.join === undefined && c.eat(')')) {
      return { type: 'count', ...(al !== undefined ? { alias: al } : {}) };
    }
    const select = forest(c);
    c.expect(')');
    return { type: 'embed', name, spread: false, select, ...(al !== undefined ? { alias: al } : {}), ...params };
  }
  const json = jsonPath(c);
  let cast: string | undefined;
  if (c.eat('::')) {
    const m = /^[A-Za-z_][A-Za-z0-9_]*(\[\])?/.exec(c.src.slice(c.pos));
    if (!m) c.fail('letter or digit');
    cast = m[0];
    c.pos += m[0].length;
  }
  c.skipSpaces();
  if (!c.done && c.peek() !== ',' && c.peek() !== ')') c.fail('"->>", "->", "::", ")", "," or end of input');
  return {
    type: 'field',
    field: { name, json },
    ...(al !== undefined ? { alias: al } : {}),
    ...(cast !== undefined ? { cast } : {}),
  };
}

function forest(c: Cursor): SelectItem[] {
  c.enter();
  c.skipSpaces();
  if (c.peek() === ')') {
    c.leave();
    return [];
  }
  const items = [selectItem(c)];
  c.skipSpaces();
  while (c.eat(',')) {
    items.push(selectItem(c));
    c.skipSpaces();
  }
  c.leave();
  return items;
}

export function parseSelect(src: string): SelectItem[] {
  if (src.trim() === '') return [];
  const c = new Cursor(src, 'select parameter');
  const items = forest(c);
  if (!c.done) c.fail('",", ")" or end of input');
  return items;
}

/** Reads an operator and its value; `value` reads the single value (rest of input, or a logic-tree item). */
function opExpr(c: Cursor, value: (c: Cursor) => string): { negate: boolean; operation: Operation } {
  let negate = false;
  if (c.startsWith('not.')) {
    c.pos += 4;
    negate = true;
  }
  const m = /^[a-z]+/.exec(c.src.slice(c.pos));
  const op = m?.[0] ?? '';
  c.pos += op.length;
  if (op === 'in') {
    c.expect('.');
    return { negate, operation: { kind: 'in', values: listVal(c) } };
  }
  if (op === 'is') {
    c.expect('.');
    const m2 = /^(not_null|null|true|false|unknown)/i.exec(c.src.slice(c.pos));
    if (!m2) c.fail('isVal: (null, not_null, true, false, unknown)');
    c.pos += m2[0].length;
    return { negate, operation: { kind: 'is', value: m2[0].toLowerCase() as 'null' } };
  }
  if (Object.hasOwn(FTS_OPS, op)) {
    let lang: string | undefined;
    if (c.eat('(')) {
      const lm = /^[A-Za-z0-9_ $]+/.exec(c.src.slice(c.pos));
      if (!lm) c.fail('letter or digit');
      lang = lm[0].trim();
      c.pos += lm[0].length;
      c.expect(')');
    }
    c.expect('.');
    return { negate, operation: { kind: 'fts', op: op as FtsOp, value: value(c), ...(lang ? { lang } : {}) } };
  }
  if (Object.hasOwn(SIMPLE_OPS, op)) {
    let quant: 'any' | 'all' | undefined;
    if (QUANTIFIABLE.has(op) && c.peek() === '(') {
      if (c.eat('(any)')) quant = 'any';
      else if (c.eat('(all)')) quant = 'all';
      else c.fail('"(any)" or "(all)"');
    }
    c.expect('.');
    return { negate, operation: { kind: 'op', op: op as SimpleOp, value: value(c), ...(quant ? { quant } : {}) } };
  }
  c.pos -= op.length;
  c.fail('"not" or operator (eq, gt, ...)');
}

function listVal(c: Cursor): string[] {
  c.skipSpaces();
  c.expect('(');
  const values: string[] = [];
  for (;;) {
    c.skipSpaces();
    let v: string;
    const save = c.pos;
    if (c.peek() === '"') {
      v = quoted(c);
      if (!c.done && c.peek() !== ',' && c.peek() !== ')') {
        c.pos = save;
        v = rawUntil(c, ',)');
      }
    } else v = rawUntil(c, ',)');
    values.push(v);
    if (c.eat(',')) continue;
    c.expect(')');
    c.skipSpaces();
    return values.length === 1 && values[0] === '' ? [] : values;
  }
}

function rawUntil(c: Cursor, stops: string): string {
  const start = c.pos;
  while (!c.done && !stops.includes(c.peek())) c.pos++;
  return c.src.slice(start, c.pos);
}

const restOfInput = (c: Cursor) => {
  const v = c.src.slice(c.pos);
  c.pos = c.src.length;
  return v;
};

/** A value inside or=(…): "quoted", {array,literal} or anything up to `,` / `)`. */
function logicValue(c: Cursor): string {
  const save = c.pos;
  if (c.peek() === '"') {
    const v = quoted(c);
    if (c.done || c.peek() === ',' || c.peek() === ')') return v;
    c.pos = save;
  }
  if (c.peek() === '{') {
    const end = c.src.indexOf('}', c.pos);
    if (end >= 0 && !c.src.slice(c.pos + 1, end).includes('{')) {
      const v = c.src.slice(c.pos, end + 1);
      c.pos = end + 1;
      return v;
    }
  }
  return rawUntil(c, ',)');
}

export function parseFilterValue(key: Field, value: string): Filter {
  const c = new Cursor(value, 'filter');
  const { negate, operation } = opExpr(c, restOfInput);
  if (!c.done) c.fail('end of input');
  return { field: key, negate, operation };
}

/** `a.b.col->x` → embed path ['a','b'] and the field. */
export function parseTreePath(key: string): { path: string[]; field: Field } {
  const c = new Cursor(key, 'tree path');
  const names = [fieldName(c)];
  while (c.eat('.')) names.push(fieldName(c));
  const json = jsonPath(c);
  if (!c.done) c.fail('".", "->" or end of input');
  const name = names.pop()!;
  return { path: names, field: { name, json } };
}

function logicTree(c: Cursor): LogicTree {
  c.skipSpaces();
  if (!/^(not\.)?(and|or)\s*\(/.test(c.src.slice(c.pos))) {
    const f = field(c);
    c.expect('.');
    const { negate, operation } = opExpr(c, logicValue);
    c.skipSpaces();
    return { type: 'filter', filter: { field: f, negate, operation } };
  }
  return logicExpr(c);
}

/** `[not.]and(…)` / `[not.]or(…)` with at least one member. */
function logicExpr(c: Cursor): LogicTree {
  let negate = false;
  if (c.eat('not.')) negate = true;
  let op: 'and' | 'or';
  if (c.eat('and')) op = 'and';
  else if (c.eat('or')) op = 'or';
  else c.fail('logic operator (and, or)');
  c.skipSpaces();
  c.expect('(');
  c.enter();
  const children = [logicTree(c)];
  while (c.eat(',')) children.push(logicTree(c));
  c.leave();
  c.skipSpaces();
  c.expect(')');
  c.skipSpaces();
  return { type: 'logic', negate, op, children };
}

export function parseLogic(op: 'and' | 'or', negate: boolean, value: string): LogicTree {
  const src = `${negate ? 'not.' : ''}${op}${value}`;
  const c = new Cursor(src, 'logic tree');
  const tree = logicExpr(c);
  if (!c.done) c.fail('end of input');
  return tree;
}

export function parseOrder(value: string): OrderTerm[] {
  const c = new Cursor(value, 'order');
  const terms: OrderTerm[] = [];
  do {
    c.skipSpaces();
    const save = c.pos;
    let term: OrderTerm;
    const name = fieldName(c);
    if (c.eat('(')) {
      const f = field(c);
      c.expect(')');
      term = { relation: name, field: f };
    } else {
      c.pos = save;
      term = { field: field(c) };
    }
    if (c.eat('.asc')) term.dir = 'asc';
    else if (c.eat('.desc')) term.dir = 'desc';
    if (c.eat('.nullsfirst')) term.nulls = 'first';
    else if (c.eat('.nullslast')) term.nulls = 'last';
    c.skipSpaces();
    if (!c.done && c.peek() !== ',') c.fail('"asc", "desc", "nullsfirst", "nullslast", "," or end of input');
    terms.push(term);
  } while (c.eat(','));
  return terms;
}

export function parseColumnList(value: string, what: string): string[] {
  const c = new Cursor(value, what);
  const cols = [fieldName(c)];
  c.skipSpaces();
  while (c.eat(',')) {
    cols.push(fieldName(c));
    c.skipSpaces();
  }
  if (!c.done) c.fail('"," or end of input');
  return cols;
}
