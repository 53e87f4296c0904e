/**
 * Rows sent to PostgreSQL as one typed array per column, unnested back into rows by the server
 * (`SELECT ... FROM unnest($1::text[], $2::integer[], ...) AS x(a, b, ...)`).
 *
 * Why not one jsonb document for the whole batch (`jsonb_to_recordset`): the server then lexes every byte of the
 * batch as JSON, builds a jsonb tree of it and copies each field out again, body text included; with typed arrays
 * a text value is only unquoted once and a jsonb column is parsed once, straight into its stored form. On the
 * indexer's write path that parse was about a tenth of the server's CPU per article.
 *
 * Pure: builds SQL text and parameter values, runs nothing.
 */
export type ColumnType =
  | 'text'
  | 'integer'
  | 'boolean'
  | 'real'
  | 'float8'
  | 'uuid'
  | 'timestamptz'
  | 'regconfig'
  | 'jsonb'
  /** A text[] column: each row's value travels as its own array literal (a text[][] would have to be rectangular). */
  | 'text[]'
  /**
   * A large text (an article body): one parameter per row, gathered by `ARRAY[$a, $b, ...]`, so the server takes
   * each value as it arrives instead of scanning it for array-literal escapes and copying it out (array_in was 4 %
   * of the server's CPU per stored article), and no escaping pass runs here either.
   */
  | 'long text';

export interface RowColumn<R> {
  name: string;
  type: ColumnType;
  value: (row: R) => unknown;
}

export interface UnnestedRows {
  /** The column names, comma-separated, for an INSERT's column list. */
  names: string;
  /** `SELECT <one expression per column> FROM unnest(...) AS x(...)`, parameters numbered from `firstParam`. */
  select: string;
  /** In column order: an array literal or a JSON array per column, and one value per row of a long text column. */
  params: (string | null)[];
}

/** The array type of each column that travels as an array literal (jsonb travels as one JSON array instead). */
const ARRAY_TYPE: Record<Exclude<ColumnType, 'jsonb' | 'long text'>, string> = {
  text: 'text[]',
  integer: 'integer[]',
  boolean: 'boolean[]',
  real: 'real[]',
  float8: 'float8[]',
  uuid: 'uuid[]',
  timestamptz: 'timestamptz[]',
  regconfig: 'text[]',
  'text[]': 'text[]',
};

/**
 * "Strip NUL" heuristic: PostgreSQL text and jsonb cannot hold U+0000, and a page with a stray NUL is still an
 * article worth storing, so the character is dropped and everything else kept as extracted.
 */
export function withoutNul(text: string): string {
  return text.includes('\u0000') ? text.split('\u0000').join('') : text;
}

/** JSON text of a value, without U+0000 (an escaped `\u0000`, never a literal backslash followed by "u0000"). */
export function jsonWithoutNul(value: unknown): string {
  const json = JSON.stringify(value);
  return json.includes('\\u0000') ? json.replace(/(?<!\\)((?:\\\\)*)\\u0000/g, '$1') : json;
}

/**
 * A PostgreSQL array literal of one column's values: strings quoted with `"` and `\` escaped (one pass; pg's own
 * array serialisation makes two plus a copy per element), numbers as they are, null as NULL.
 */
export function arrayLiteral(values: unknown[]): string {
  const parts = values.map((v) => {
    if (v === null || v === undefined) return 'NULL';
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'NULL';
    return `"${withoutNul(String(v)).replace(/["\\]/g, '\\$&')}"`;
  });
  return `{${parts.join(',')}}`;
}

/**
 * The rows as parameters: a column of scalars is one array literal, unnested WITH ORDINALITY (a text[] column's
 * values are array literals themselves, cast per row; a long text column is one parameter per row); a jsonb column
 * is one JSON array, parsed once by the server as a jsonb parameter, whose element for a row is read by position
 * (`$n -> ord - 1`, a lookup in the parsed binary form, no second parse). A JSON null stays SQL NULL.
 */
export function unnestRows<R>(columns: RowColumn<R>[], rows: R[], firstParam = 1): UnnestedRows {
  const params: (string | null)[] = [];
  const unnested: { name: string; arg: string }[] = [];
  const expressions = columns.map((c) => {
    const values = rows.map((r) => c.value(r));
    if (c.type === 'long text') {
      const first = firstParam + params.length;
      params.push(...values.map((v) => (v === null || v === undefined ? null : withoutNul(String(v)))));
      const each = values.map((_, i) => `$${first + i}`);
      unnested.push({ name: c.name, arg: `ARRAY[${each.join(', ')}]::text[]` });
      return `x.${c.name}`;
    }
    if (c.type === 'jsonb') params.push(jsonWithoutNul(values.map((v) => v ?? null)));
    else if (c.type === 'text[]') params.push(arrayLiteral(values.map((v) => arrayLiteral((v as unknown[]) ?? []))));
    else params.push(arrayLiteral(values));
    const param = `$${firstParam + params.length - 1}`;
    switch (c.type) {
      case 'jsonb':
        return `nullif(${param}::jsonb -> (x.ord::int - 1), 'null'::jsonb)`;
      default:
        unnested.push({ name: c.name, arg: `${param}::${ARRAY_TYPE[c.type]}` });
        return c.type === 'text[]' || c.type === 'regconfig' ? `x.${c.name}::${c.type}` : `x.${c.name}`;
    }
  });
  if (!unnested.length) throw new Error('unnestRows: at least one column must be a scalar (it carries the rows)');
  const select =
    `SELECT ${expressions.join(', ')}` +
    ` FROM unnest(${unnested.map((u) => u.arg).join(', ')}) WITH ORDINALITY` +
    ` AS x(${unnested.map((u) => u.name).join(', ')}, ord)`;
  return { names: columns.map((c) => c.name).join(', '), select, params };
}
