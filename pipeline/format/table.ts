/**
 * Rows of `claimscan query` as an aligned table, CSV (RFC 4180) or JSON (an array of
 * objects). CSV and JSON stream row by row; the table buffers to align its columns.
 */
export type TableFormat = 'table' | 'csv' | 'json';

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
  if (format === 'json') {
    let first = true;
    yield '[';
    for (const row of rows) {
      const obj = Object.fromEntries(columns.map((c, i) => [c, Buffer.isBuffer(row[i]) ? (row[i] as Buffer).toString('base64') : row[i]]));
      yield `${first ? '\n' : ',\n'}  ${JSON.stringify(obj)}`;
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
