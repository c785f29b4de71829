import { describe, expect, it } from 'vitest';
import { PgrstError } from './errors';
import { parseFilterValue, parseLogic, parseOrder, parseSelect, parseTreePath } from './parser';
import { applyRangeHeader, parseQuery } from './query-params';
import { negotiate, parsePrefer, preferenceApplied } from './preferences';

const f = (name: string) => ({ name, json: [] });
const q = (qs: string, rpcRead = false) => parseQuery(new URLSearchParams(qs), rpcRead);

function parseErrorOf(fn: () => unknown): PgrstError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PgrstError) return e;
    throw e;
  }
  throw new Error('expected a parse error');
}

describe('select', () => {
  it('parses fields, aliases, casts, JSON paths and stars', () => {
    expect(parseSelect('*,id,t:title,pages::text,data->a->>b,n:data->0::int')).toEqual([
      { type: 'star' },
      { type: 'field', field: f('id') },
      { type: 'field', field: f('title'), alias: 't' },
      { type: 'field', field: f('pages'), cast: 'text' },
      {
        type: 'field',
        field: {
          name: 'data',
          json: [
            { arrow: '->', key: 'a', index: false },
            { arrow: '->>', key: 'b', index: false },
          ],
        },
      },
      {
        type: 'field',
        field: { name: 'data', json: [{ arrow: '->', key: '0', index: true }] },
        alias: 'n',
        cast: 'int',
      },
    ]);
  });

  it('parses embeds with aliases, hints, join types, nesting, spreads, counts and empty embeds', () => {
    expect(parseSelect('a:rel!fk!inner(id,sub(*)),...one!left(x),c(count),e()')).toEqual([
      {
        type: 'embed',
        name: 'rel',
        alias: 'a',
        hint: 'fk',
        join: 'inner',
        spread: false,
        select: [
          { type: 'field', field: f('id') },
          { type: 'embed', name: 'sub', spread: false, select: [{ type: 'star' }] },
        ],
      },
      { type: 'embed', name: 'one', join: 'left', spread: true, select: [{ type: 'field', field: f('x') }] },
      { type: 'embed', name: 'c', spread: false, select: [{ type: 'field', field: f('count') }] },
      { type: 'embed', name: 'e', spread: false, select: [] },
    ]);
    expect(parseSelect('count()')).toEqual([{ type: 'count' }]);
  });

  it('parses quoted and dashed names, and allows spaces around items', () => {
    expect(parseSelect('"a,b", my-col , "x\\""')).toEqual([
      { type: 'field', field: f('a,b') },
      { type: 'field', field: f('my-col') },
      { type: 'field', field: f('x"') },
    ]);
  });

  it('refuses broken selects with PGRST100', () => {
    for (const bad of ['id,(', 'rel(id', 'id::', 'id::text;drop', 'a:*', 'x->', '!inner(*)']) {
      const e = parseErrorOf(() => parseSelect(bad));
      expect(e.code).toBe('PGRST100');
      expect(e.status).toBe(400);
    }
  });
});

describe('filters', () => {
  it('parses operators, negation, quantifiers and full-text search', () => {
    expect(parseFilterValue(f('a'), 'eq.x.y')).toEqual({
      field: f('a'),
      negate: false,
      operation: { kind: 'op', op: 'eq', value: 'x.y' },
    });
    expect(parseFilterValue(f('a'), 'not.like.*x*').operation).toEqual({ kind: 'op', op: 'like', value: '*x*' });
    expect(parseFilterValue(f('a'), 'not.like.*x*').negate).toBe(true);
    expect(parseFilterValue(f('a'), 'like(any).{a*,b*}').operation).toEqual({
      kind: 'op',
      op: 'like',
      value: '{a*,b*}',
      quant: 'any',
    });
    expect(parseFilterValue(f('a'), 'is.NULL').operation).toEqual({ kind: 'is', value: 'null' });
    expect(parseFilterValue(f('a'), 'is.not_null').operation).toEqual({ kind: 'is', value: 'not_null' });
    expect(parseFilterValue(f('a'), 'fts(english).cat & dog').operation).toEqual({
      kind: 'fts',
      op: 'fts',
      lang: 'english',
      value: 'cat & dog',
    });
    expect(parseFilterValue(f('a'), 'wfts.x').operation).toEqual({ kind: 'fts', op: 'wfts', value: 'x' });
    expect(parseFilterValue(f('a'), 'isdistinct.3').operation).toEqual({ kind: 'op', op: 'isdistinct', value: '3' });
  });

  it('parses in lists with quotes and escapes', () => {
    expect(parseFilterValue(f('a'), 'in.(1,"a,b","q\\"uote",)').operation).toEqual({
      kind: 'in',
      values: ['1', 'a,b', 'q"uote', ''],
    });
    expect(parseFilterValue(f('a'), 'in.()').operation).toEqual({ kind: 'in', values: [] });
  });

  it('refuses unknown operators and bad values', () => {
    for (const bad of ['noop.1', 'eq', 'in.1,2', 'in.(1', 'is.maybe', 'eq(some).1', 'constructor.1', 'fts(x.y']) {
      expect(parseErrorOf(() => parseFilterValue(f('a'), bad)).code).toBe('PGRST100');
    }
  });

  it('splits embed paths and JSON paths in keys', () => {
    expect(parseTreePath('a.b.c->>d')).toEqual({
      path: ['a', 'b'],
      field: { name: 'c', json: [{ arrow: '->>', key: 'd', index: false }] },
    });
  });
});

describe('logic trees', () => {
  it('parses nested and negated trees with quoted and array values', () => {
    expect(parseLogic('or', true, '(a.eq.1,not.and(b.in.(1,2),c.cs.{x,y}),d.eq."1,2)")')).toEqual({
      type: 'logic',
      negate: true,
      op: 'or',
      children: [
        { type: 'filter', filter: { field: f('a'), negate: false, operation: { kind: 'op', op: 'eq', value: '1' } } },
        {
          type: 'logic',
          negate: true,
          op: 'and',
          children: [
            { type: 'filter', filter: { field: f('b'), negate: false, operation: { kind: 'in', values: ['1', '2'] } } },
            {
              type: 'filter',
              filter: { field: f('c'), negate: false, operation: { kind: 'op', op: 'cs', value: '{x,y}' } },
            },
          ],
        },
        {
          type: 'filter',
          filter: { field: f('d'), negate: false, operation: { kind: 'op', op: 'eq', value: '1,2)' } },
        },
      ],
    });
  });

  it('refuses nesting deeper than 32 levels instead of recursing', () => {
    const deep = `(${'and('.repeat(5000)}a.eq.1${')'.repeat(5001)}`;
    expect(parseErrorOf(() => parseLogic('or', false, deep)).code).toBe('PGRST100');
    expect(parseErrorOf(() => parseSelect(`${'a('.repeat(5000)}b${')'.repeat(5000)}`)).code).toBe('PGRST100');
    expect(parseLogic('or', false, `(${'and('.repeat(20)}a.eq.1${')'.repeat(21)}`).type).toBe('logic');
  });

  it('refuses unbalanced or empty trees', () => {
    for (const bad of ['(a.eq.1', '()', '(a.eq.1,xor(b.eq.2))', 'a.eq.1', '(a.eq.1))']) {
      expect(parseErrorOf(() => parseLogic('or', false, bad)).code).toBe('PGRST100');
    }
  });
});

describe('order', () => {
  it('parses directions, nulls, JSON paths and related columns', () => {
    expect(parseOrder('a.desc.nullslast,b,data->>k.asc,rel(name).desc')).toEqual([
      { field: f('a'), dir: 'desc', nulls: 'last' },
      { field: f('b') },
      { field: { name: 'data', json: [{ arrow: '->>', key: 'k', index: false }] }, dir: 'asc' },
      { relation: 'rel', field: f('name'), dir: 'desc' },
    ]);
    for (const bad of ['a.sideways', 'a.asc.nullsmiddle', 'rel(a,b)'])
      expect(parseErrorOf(() => parseOrder(bad)).code).toBe('PGRST100');
  });
});

describe('query classification', () => {
  it('separates reserved parameters, filters, logic, order and ranges per embed', () => {
    const p = q(
      'select=id,kids(id)&id=gt.1&kids.name=eq.x&or=(id.eq.1)&kids.not.and=(id.eq.2)&order=id.desc&kids.order=id&limit=5&offset=10&kids.limit=2&columns=a,b&on_conflict=a&apikey=secret',
    );
    expect(p.filters.map((x) => [x.path, x.filter.field.name])).toEqual([
      ['', 'id'],
      ['kids', 'name'],
    ]);
    expect(p.logic.map((x) => [x.path, x.tree.type === 'logic' && x.tree.negate])).toEqual([
      ['', false],
      ['kids', true],
    ]);
    expect(p.order.map((x) => x.path)).toEqual(['', 'kids']);
    expect([...p.ranges]).toEqual([
      ['', { offset: 10, limit: 5 }],
      ['kids', { offset: 0, limit: 2 }],
    ]);
    expect(p.columns).toEqual(['a', 'b']);
    expect(p.onConflict).toEqual(['a']);
    expect(p.params).toEqual([]);
  });

  it('treats values without an operator as arguments on GET /rpc, and as errors elsewhere', () => {
    expect(q('a=1&b=eq.2', true).params).toEqual([['a', '1']]);
    expect(parseErrorOf(() => q('a=1')).code).toBe('PGRST100');
  });

  it('refuses a negative limit with 416 PGRST103 and ignores non-numeric limits', () => {
    const e = parseErrorOf(() => q('limit=-1'));
    expect([e.status, e.code]).toEqual([416, 'PGRST103']);
    expect(q('limit=abc').ranges.size).toBe(0);
  });

  it('intersects the Range header with limit and offset', () => {
    const p = q('limit=10&offset=5');
    applyRangeHeader(p, '7-100');
    expect(p.ranges.get('')).toEqual({ offset: 7, limit: 8 });
    const open = q('');
    applyRangeHeader(open, '3-');
    expect(open.ranges.get('')).toEqual({ offset: 3, limit: null });
    expect(parseErrorOf(() => applyRangeHeader(q(''), '5-2')).code).toBe('PGRST103');
  });
});

describe('preferences and media types', () => {
  it('parses Prefer values, first one winning, and reports invalid ones', () => {
    const p = parsePrefer(
      'return=representation, count=exact,return=minimal, resolution=merge-duplicates,tx=rollback, bogus, max-affected=5, handling=strict',
    );
    expect(p).toEqual({
      return: 'representation',
      count: 'exact',
      resolution: 'merge-duplicates',
      tx: 'rollback',
      handling: 'strict',
      maxAffected: 5,
      invalid: ['bogus'],
    });
    expect(preferenceApplied(p)).toBe(
      'resolution=merge-duplicates, return=representation, count=exact, tx=rollback, handling=strict, max-affected=5',
    );
  });

  it('negotiates Accept with q-values', () => {
    expect(negotiate(undefined)).toEqual({ kind: 'json', stripNulls: false });
    expect(negotiate('application/vnd.pgrst.object+json;nulls=stripped')).toEqual({ kind: 'object', stripNulls: true });
    expect(negotiate('text/html;q=0.9, text/csv')).toEqual({ kind: 'csv', stripNulls: false });
    expect(negotiate('text/html, */*;q=0.1')).toEqual({ kind: 'json', stripNulls: false });
    expect(parseErrorOf(() => negotiate('application/xml')).code).toBe('PGRST107');
  });
});
