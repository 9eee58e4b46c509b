/**
 * Reference market data: the user's own price files, read once per run (`--reference FILE`,
 * or `reference` in the config file) and handed to `reference-mismatch` as plain data.
 *
 * Three CSV shapes, told apart by their header:
 *
 * - **Yahoo-style** `Date,Open,High,Low,Close,Adj Close,Volume` (daily; or `Datetime,…` for
 *   intraday bars). The symbol comes from the file name (`BTC-USD.csv` → BTC priced in USD,
 *   `AAPL.csv` → AAPL, `^GSPC.csv` → an index level in points) or `--reference-symbol`.
 *   Rows of `null` (Yahoo's holidays) are skipped.
 * - **CoinGecko-style** `snapped_at,price,market_cap,total_volume`: one price a snapshot
 *   (`2025-05-28 00:00:00 UTC`). Between two snapshots the price is known only at the ends,
 *   so such a range gets the wider `snapshotTolerance` of the rule. Symbol from the file name
 *   (`btc-usd-max.csv` → BTC in USD) or `--reference-symbol`.
 * - **generic** `symbol,time,open,high,low,close` with an optional `currency` column
 *   (default USD; `points` for an index level). `time` is an ISO-8601 date (a daily bar) or
 *   date-time (a bar of the file's spacing; without an offset it is UTC).
 *
 * A bar covers `[time, time + spacing)`, the spacing being the usual gap between a symbol's
 * rows (a day for dates). Daily bars are calendar days in UTC.
 *
 * Bad files are bad configuration: {@link ReferenceError} names the file, the line and the
 * field, before the first article.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

/** One reference file to load. */
export interface ReferenceSpec {
  file: string;
  /** The asset the file prices, when its name does not say (`--reference-symbol`). */
  symbol?: string;
  /** What the prices are in (ISO 4217 code, or `points` for an index level). Default: from the file name, else USD. */
  currency?: string;
}

/** A price range over a stretch of time. */
export interface Bar {
  /** Start, epoch milliseconds (inclusive). */
  start: number;
  /** End, epoch milliseconds (exclusive). */
  end: number;
  low: number;
  high: number;
  /** 1-based line in the file. */
  line: number;
}

/** The bars of one symbol from one file, in time order. */
export interface ReferenceSeries {
  /** The symbol as given (`BTC`). */
  symbol: string;
  /** ISO 4217 code (upper case) or `points`. */
  currency: string;
  /** The file it came from, as given. */
  file: string;
  shape: 'yahoo' | 'coingecko' | 'generic';
  /** True for point snapshots (CoinGecko): the range between two snapshots is only their ends. */
  snapshot: boolean;
  bars: Bar[];
}

/** Reference series by normalised symbol ({@link symbolKey}). */
export interface ReferenceData {
  readonly series: ReadonlyMap<string, readonly ReferenceSeries[]>;
  /** The files loaded, for messages. */
  readonly files: readonly string[];
}

/** A reference file that cannot be used; the message names the file, the line and the field. */
export class ReferenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReferenceError';
  }
}

const DAY = 86_400_000;

/** A symbol or name for lookups: upper case, letters and digits only (`BTC`, `BITCOIN`, `GSPC`). */
export const symbolKey = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** Loads reference files. @throws ReferenceError for a file that cannot be used. */
export function loadReference(specs: readonly ReferenceSpec[]): ReferenceData {
  const series = new Map<string, ReferenceSeries[]>();
  for (const spec of specs) {
    let text: string;
    try {
      text = readFileSync(spec.file, 'utf8');
    } catch (err) {
      throw new ReferenceError(`cannot read reference file ${spec.file}: ${(err as Error).message}`);
    }
    for (const s of parseReferenceCsv(text, spec)) {
      const key = symbolKey(s.symbol);
      const list = series.get(key) ?? [];
      list.push(s);
      series.set(key, list);
    }
  }
  return { series, files: specs.map((s) => s.file) };
}

type Row = Record<string, string>;

/** Parses one reference CSV (see the module comment for the shapes). @throws ReferenceError */
export function parseReferenceCsv(text: string, spec: ReferenceSpec): ReferenceSeries[] {
  const file = spec.file;
  let records: { record: Row; info: { lines: number } }[];
  try {
    records = parse(text, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), bom: true, skip_empty_lines: true, trim: true, info: true, relax_column_count: false }) as typeof records;
  } catch (err) {
    throw new ReferenceError(`${file}: not a CSV file: ${(err as Error).message}`);
  }
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!.toLowerCase().split(',').map((h) => h.trim().replace(/^"|"$/g, ''));
  const has = (...names: string[]) => names.every((n) => header.includes(n));
  const fromName = nameSymbol(file);
  if (has('snapped_at', 'price')) {
    const symbol = spec.symbol ?? fromName?.symbol;
    if (!symbol) throw new ReferenceError(`${file}: no symbol: name the file like btc-usd-max.csv or give --reference-symbol`);
    const points = records.flatMap(({ record, info }) => {
      const at = parseInstant(record.snapped_at!, file, info.lines, 'snapped_at');
      const price = number(record.price!, file, info.lines, 'price');
      return price === null ? [] : [{ at, price, line: info.lines }];
    });
    return [snapshotSeries(symbol, currencyOf(spec, fromName), file, points)];
  }
  if (has('open', 'high', 'low', 'close') && (has('date') || has('datetime'))) {
    const symbol = spec.symbol ?? fromName?.symbol;
    if (!symbol) throw new ReferenceError(`${file}: no symbol: name the file like BTC-USD.csv or give --reference-symbol`);
    const column = has('datetime') ? 'datetime' : 'date';
    const rows = records.flatMap(({ record, info }) => barRow(record, record[column]!, file, info.lines, column));
    return [barSeries(symbol, currencyOf(spec, fromName), file, 'yahoo', rows)];
  }
  if (has('symbol', 'time', 'high', 'low')) {
    const bySymbol = new Map<string, { currency: string; rows: RawBar[] }>();
    for (const { record, info } of records) {
      const symbol = record.symbol;
      if (!symbol) throw new ReferenceError(`${file}:${info.lines}: field "symbol" is empty`);
      const currency = (record.currency || spec.currency || 'USD').trim();
      const entry = bySymbol.get(symbol) ?? { currency, rows: [] };
      entry.rows.push(...barRow(record, record.time!, file, info.lines, 'time'));
      bySymbol.set(symbol, entry);
    }
    return [...bySymbol].map(([symbol, { currency, rows }]) => barSeries(symbol, normalizeCurrency(currency), file, 'generic', rows));
  }
  throw new ReferenceError(
    `${file}: unknown CSV header "${header.join(',')}"; expected Yahoo-style "Date,Open,High,Low,Close,Adj Close,Volume", ` +
      `CoinGecko-style "snapped_at,price,market_cap,total_volume" or generic "symbol,time,open,high,low,close[,currency]"`,
  );
}

interface RawBar {
  start: number;
  dateOnly: boolean;
  low: number;
  high: number;
  line: number;
}

function barRow(record: Row, time: string, file: string, line: number, column: string): RawBar[] {
  const values = ['open', 'high', 'low', 'close'].map((k) => (record[k] === undefined ? null : number(record[k]!, file, line, k)));
  if (values.some((v) => v === null)) return []; // Yahoo writes "null" for days without trading
  const [open, high, low, close] = values as number[];
  if (low! > high!) throw new ReferenceError(`${file}:${line}: field "low" (${low}) is above field "high" (${high})`);
  return [{ start: parseInstant(time, file, line, column), dateOnly: /^\d{4}-\d{2}-\d{2}$/.test(time.trim()), low: Math.min(low!, open!, close!), high: Math.max(high!, open!, close!), line }];
}

/** The usual gap between consecutive times (the median), a day for dates. */
function spacing(starts: readonly number[], dateOnly: boolean): number {
  if (dateOnly) return DAY;
  const gaps = starts.slice(1).map((t, i) => t - starts[i]!).filter((g) => g > 0).sort((a, b) => a - b);
  return gaps.length ? gaps[Math.floor(gaps.length / 2)]! : DAY;
}

function barSeries(symbol: string, currency: string, file: string, shape: ReferenceSeries['shape'], rows: RawBar[]): ReferenceSeries {
  rows.sort((a, b) => a.start - b.start);
  const step = spacing(
    rows.map((r) => r.start),
    rows.length > 0 && rows.every((r) => r.dateOnly),
  );
  return { symbol, currency, file, shape, snapshot: false, bars: rows.map((r) => ({ start: r.start, end: r.start + step, low: r.low, high: r.high, line: r.line })) };
}

function snapshotSeries(symbol: string, currency: string, file: string, points: { at: number; price: number; line: number }[]): ReferenceSeries {
  points.sort((a, b) => a.at - b.at);
  const step = spacing(
    points.map((p) => p.at),
    false,
  );
  const bars = points.map((p, i) => {
    const next = points[i + 1];
    const end = next && next.at - p.at <= 2 * step ? next.at : p.at + step;
    const prices = next && end === next.at ? [p.price, next.price] : [p.price];
    return { start: p.at, end, low: Math.min(...prices), high: Math.max(...prices), line: p.line };
  });
  return { symbol, currency, file, shape: 'coingecko', snapshot: true, bars };
}

function number(value: string, file: string, line: number, field: string): number | null {
  const v = value.trim();
  if (v === '' || /^null$/i.test(v)) return null;
  const n = Number(v.replace(/,/g, ''));
  if (!Number.isFinite(n)) throw new ReferenceError(`${file}:${line}: field "${field}" is not a number: "${v.slice(0, 40)}"`);
  return n;
}

/**
 * An instant from a date (`2025-05-28`, UTC midnight), a date-time with or without an offset
 * (`2025-05-28 10:00:00-04:00`, `2025-05-28T14:00:00Z`; without one, UTC) or CoinGecko's
 * `2025-05-28 00:00:00 UTC`.
 */
function parseInstant(value: string, file: string, line: number, field: string): number {
  const v = value.trim().replace(/\s+UTC$/i, 'Z').replace(' ', 'T');
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
  const ms = m ? Date.parse(`${m[1]}T${m[2] ?? '00:00'}${m[2] && m[2].length === 5 ? ':00' : ''}${m[3] ? (m[3] === 'Z' || m[3].includes(':') ? m[3] : `${m[3].slice(0, 3)}:${m[3].slice(3)}`) : 'Z'}`) : NaN;
  if (!Number.isFinite(ms)) throw new ReferenceError(`${file}:${line}: field "${field}" is not an ISO-8601 date or time: "${value.slice(0, 40)}"`);
  return ms;
}

/** `BTC-USD.csv` → BTC/USD, `btc-usd-max.csv` → BTC/USD, `AAPL.csv` → AAPL, `BRK-B.csv` → BRK-B, `^GSPC.csv` → GSPC in points; a longer name gives none. */
function nameSymbol(file: string): { symbol: string; currency?: string } | null {
  const base = path.basename(file).replace(/\.csv$/i, '');
  if (base.startsWith('^')) return { symbol: base.slice(1), currency: 'points' };
  const pair = /^([A-Za-z0-9]{1,15})[-_]([A-Za-z]{3})(?:[-_](?:max|\d+d|\d+y|daily|hourly))?$/.exec(base);
  if (pair) return { symbol: pair[1]!.toUpperCase(), currency: pair[2]!.toUpperCase() };
  const single = /^([A-Za-z0-9][A-Za-z0-9.=-]{0,11})$/.exec(base);
  return single ? { symbol: single[1]!.toUpperCase().replace(/=.*$/, '') } : null;
}

const normalizeCurrency = (c: string): string => (/^(?:points?|pts?|level)$/i.test(c) ? 'points' : c.toUpperCase());
const currencyOf = (spec: ReferenceSpec, fromName: { currency?: string } | null): string => normalizeCurrency(spec.currency ?? fromName?.currency ?? 'USD');

// ---------------------------------------------------------------------------------------
// Looking up a range

/** The reference range of a series over a stated time. */
export interface ReferenceRange {
  low: number;
  high: number;
  /** The stretch of time looked at, epoch ms. */
  from: number;
  to: number;
  /** The bars used. */
  bars: readonly Bar[];
  series: ReferenceSeries;
}

/**
 * Where a stated time can lie, in UTC:
 * - a date-time with an offset (`2025-05-28T10:00-05:00`): that minute;
 * - a date-time without a zone (`2025-05-28T10:00`): the written date in any zone, UTC−12 to UTC+14;
 * - a date: the same;
 * - anything coarser (a month, a year): null (not a stated time for a price).
 * `core` is the part that must have data (the minute, or the written date in UTC); the
 * rest widens the range when there is data for it.
 */
export function timeWindow(time: string): { from: number; to: number; core: { from: number; to: number } } | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/.exec(time.trim());
  if (!m) return null;
  const dayStart = Date.parse(`${m[1]}T00:00:00Z`);
  if (!Number.isFinite(dayStart)) return null;
  if (m[2] && m[4]) {
    const offset = m[4] === 'Z' ? 'Z' : m[4].length === 3 ? `${m[4]}:00` : m[4].includes(':') ? m[4] : `${m[4].slice(0, 3)}:${m[4].slice(3)}`;
    const at = Date.parse(`${m[1]}T${m[2]}:${m[3]}:00${offset}`);
    if (!Number.isFinite(at)) return null;
    return { from: at, to: at + 60_000, core: { from: at, to: at + 60_000 } };
  }
  return { from: dayStart - 14 * 3_600_000, to: dayStart + DAY + 12 * 3_600_000, core: { from: dayStart, to: dayStart + DAY } };
}

/** The series for an asset known by any of `names` (ticker, canonical name), priced in `currency`. */
export function findSeries(data: ReferenceData, names: readonly string[], currency: string): ReferenceSeries | undefined {
  const wanted = normalizeCurrency(currency);
  for (const name of names) {
    const found = data.series.get(symbolKey(name))?.find((s) => s.currency === wanted);
    if (found) return found;
  }
  return undefined;
}

/**
 * The range of `series` over a stated time (see {@link timeWindow}), or null when the data
 * does not cover it (no bar for the minute, or for some part of the written date).
 */
export function rangeAt(series: ReferenceSeries, time: string): ReferenceRange | null {
  const window = timeWindow(time);
  if (!window) return null;
  const bars = overlapping(series.bars, window.from, window.to);
  const core = bars.filter((b) => b.start < window.core.to && window.core.from < b.end);
  if (!core.length || !covers(core, window.core.from, window.core.to)) return null;
  return { low: Math.min(...bars.map((b) => b.low)), high: Math.max(...bars.map((b) => b.high)), from: window.from, to: window.to, bars, series };
}

/** Bars overlapping `[from, to)`, by binary search over starts. */
function overlapping(bars: readonly Bar[], from: number, to: number): Bar[] {
  let lo = 0;
  let hi = bars.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bars[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: Bar[] = [];
  for (let i = Math.max(0, lo - 1); i < bars.length && bars[i]!.start < to; i++) if (bars[i]!.end > from) out.push(bars[i]!);
  return out;
}

/** True when the bars leave no gap in `[from, to)`: data for all of it. */
function covers(bars: readonly Bar[], from: number, to: number): boolean {
  let reached = from;
  for (const b of bars) {
    if (b.start > reached) return false;
    reached = Math.max(reached, b.end);
    if (reached >= to) return true;
  }
  return reached >= to;
}
