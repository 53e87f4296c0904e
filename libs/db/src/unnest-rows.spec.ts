import { arrayLiteral, jsonWithoutNul, unnestRows, withoutNul } from './unnest-rows';

describe('array literals', () => {
  it('quotes strings and escapes only the quote and the backslash', () => {
    expect(arrayLiteral(['a', 'say "hi"', 'back\\slash', 'tab\tand\nnewline'])).toBe(
      '{"a","say \\"hi\\"","back\\\\slash","tab\tand\nnewline"}',
    );
  });

  it('writes numbers bare and null, undefined and non-finite numbers as NULL', () => {
    expect(arrayLiteral([1, 2.5, null, undefined, Number.NaN])).toBe('{1,2.5,NULL,NULL,NULL}');
  });

  it('quotes the word NULL, so a title "NULL" stays a string', () => {
    expect(arrayLiteral(['NULL'])).toBe('{"NULL"}');
  });
});

describe('strip NUL', () => {
  it('drops U+0000 from text and keeps everything else', () => {
    expect(withoutNul('a\u0000b')).toBe('ab');
    expect(arrayLiteral(['x\u0000y'])).toBe('{"xy"}');
  });

  it('drops an escaped NUL from JSON, never a literal backslash followed by "u0000"', () => {
    expect(JSON.parse(jsonWithoutNul({ t: 'a\u0000b' }))).toEqual({ t: 'ab' });
    expect(JSON.parse(jsonWithoutNul({ t: 'a\\u0000b' }))).toEqual({ t: 'a\\u0000b' });
    expect(JSON.parse(jsonWithoutNul({ t: 'a\\\u0000b' }))).toEqual({ t: 'a\\b' });
  });
});

describe('unnestRows', () => {
  const rows = [
    { id: 'a', n: 1, doc: { k: [1] }, tags: ['x'] },
    { id: 'b', n: null, doc: null, tags: null },
  ];
  const u = unnestRows(
    [
      { name: 'id', type: 'text', value: (r: (typeof rows)[0]) => r.id },
      { name: 'doc', type: 'jsonb', value: (r) => r.doc },
      { name: 'n', type: 'integer', value: (r) => r.n },
      { name: 'tags', type: 'text[]', value: (r) => r.tags },
    ],
    rows,
    3,
  );

  it('numbers one parameter per column from the first given', () => {
    expect(u.names).toBe('id, doc, n, tags');
    expect(u.params).toEqual(['{"a","b"}', '[{"k":[1]},null]', '{1,NULL}', '{"{\\"x\\"}","{}"}']);
    expect(u.select).toContain('unnest($3::text[], $5::integer[], $6::text[]) WITH ORDINALITY AS x(id, n, tags, ord)');
  });

  it('reads a jsonb column by position, a JSON null as SQL NULL, a text[] column from its own array literal', () => {
    expect(u.select).toContain(`nullif($4::jsonb -> (x.ord::int - 1), 'null'::jsonb)`);
    expect(u.select).toContain('x.tags::text[]');
    expect(u.select.indexOf('x.id')).toBeLessThan(u.select.indexOf('$4::jsonb'));
  });

  it('sends a long text as one parameter per row, gathered into an array by the server', () => {
    const long = unnestRows(
      [
        { name: 'id', type: 'integer', value: (r: { id: number; body: string | null }) => r.id },
        { name: 'body', type: 'long text', value: (r) => r.body },
        { name: 'n', type: 'integer', value: (r) => r.id * 2 },
      ],
      [
        { id: 1, body: 'say "hi"\\ \u0000end' },
        { id: 2, body: null },
      ],
    );
    expect(long.params).toEqual(['{1,2}', 'say "hi"\\ end', null, '{2,4}']);
    expect(long.select).toContain('unnest($1::integer[], ARRAY[$2, $3]::text[], $4::integer[]) WITH ORDINALITY');
  });

  it('needs one scalar column to carry the rows', () => {
    expect(() => unnestRows([{ name: 'doc', type: 'jsonb', value: () => ({}) }], [{}])).toThrow(/scalar/);
  });
});
