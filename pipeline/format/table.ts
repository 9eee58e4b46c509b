/**
 * Rows of `claimscan query` as an aligned table, CSV (RFC 4180), JSON (an array of objects)
 * or JSON Lines (one object a line). CSV, JSON and JSON Lines stream row by row; the table
 * buffers to align its columns. Blobs are `<N bytes>` in the table and CSV, base64 in JSON.
 */
export type TableFormat = 'table' | 'csv' | 'json' | 'jsonl';

/** The formats, for option choices. */
export const TABLE_FORMATS: readonly TableFormat[] = ['table', 'csv', 'json', 'jsonl'];

const jsonValue = (v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? v.toString() : v);
const rowObject = (columns: readonly string[], row: readonly unknown[]) => Object.fromEntries(columns.map((c, i) => [c, jsonValue(row[i])]));

const cell = (v: unknown): string => (v === null || v === undefined ? '' : Buffer.isBuffer(v) ? `<${v.length} bytes>` : String(v));

function csvField(v: unknown): string {
  const s = cell(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Yields the output in chunks. */
export function* formatRows(columns: readonly string[], rows: Iterable<unknown[]>, format: TableFormat): Generator<string> {
  if (format === 'csv') {
    yield `${columns.map(csvField).join(',')}\r\n`;
    for (const row of rows) yield `${row.map(csvField).join(',')}\r\n`;
    return;
  }
  if (format === 'jsonl') {
    for (const row of rows) yield `${JSON.stringify(rowObject(columns, row))}\n`;
    return;
  }
  if (format === 'json') {
    let first = true;
    yield '[';
    for (const row of rows) {
      yield `${first ? '\n' : ',\n'}  ${JSON.stringify(rowObject(columns, row))}`;
      first = false;
    }
    yield first ? ']\n' : '\n]\n';
    return;
  }
  const MAX = 80;
  const text = [...rows].map((r) => r.map((v) => cell(v).replace(/\s+/g, ' ')).map((s) => (s.length > MAX ? `${s.slice(0, MAX - 1)}…` : s)));
  const widths = columns.map((c, i) => Math.max(c.length, ...text.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) => r.map((s, i) => s.padEnd(widths[i]!)).join('  ').trimEnd();
  yield `${line(columns)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n`;
  for (const r of text) yield `${line(r)}\n`;
  yield `(${text.length} row${text.length === 1 ? '' : 's'})\n`;
}
