/**
 * The limits that keep one hostile or broken input from hanging or sinking a run: how much
 * is read from an input, how big one record and one article may be, how deep a record's
 * JSON may nest, and how long one article's analysis may take. Past a limit, that input or
 * article is an error of its own (named, with the limit and the option that raises it) and
 * the batch goes on.
 */

/** Every limit, in bytes or milliseconds. */
export interface Limits {
  /** Bytes read from one input file or standard input, counted after gunzip. Default 1 GiB (`--max-input`). */
  maxInputBytes: number;
  /** Bytes of one record: one JSON Lines line, or a whole `.json`/`.txt`/`.html` file. Default 50 MiB (`--max-record`). */
  maxRecordBytes: number;
  /** UTF-8 bytes of one article's `text`. Default 2 MiB (`--max-text`). */
  maxTextBytes: number;
  /** UTF-8 bytes of one article's `html`. Default 20 MiB (`--max-html`). */
  maxHtmlBytes: number;
  /** Deepest nesting of arrays and objects in one JSON record. Default 64. */
  maxJsonDepth: number;
  /** Milliseconds one article's analysis (clean … check) may take before it is abandoned. Default 10,000 (`--timeout`). */
  articleTimeoutMs: number;
}

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxInputBytes: GiB,
  maxRecordBytes: 50 * MiB,
  maxTextBytes: 2 * MiB,
  maxHtmlBytes: 20 * MiB,
  maxJsonDepth: 64,
  articleTimeoutMs: 10_000,
});

/** The command-line option that sets each limit, for messages ("raise it with --max-text"). */
export const LIMIT_OPTIONS: Readonly<Record<keyof Limits, string>> = {
  maxInputBytes: '--max-input',
  maxRecordBytes: '--max-record',
  maxTextBytes: '--max-text',
  maxHtmlBytes: '--max-html',
  maxJsonDepth: 'maxJsonDepth',
  articleTimeoutMs: '--timeout',
};

/**
 * The defaults with `given` laid over them.
 * @throws TypeError naming the limit, for a value that is not a positive whole number.
 */
export function resolveLimits(given: Partial<Limits> = {}): Limits {
  const limits = { ...DEFAULT_LIMITS };
  for (const [key, value] of Object.entries(given) as [keyof Limits, number | undefined][]) {
    if (value === undefined) continue;
    if (!(key in DEFAULT_LIMITS)) throw new TypeError(`unknown limit "${key}"; known: ${Object.keys(DEFAULT_LIMITS).join(', ')}`);
    if (!Number.isSafeInteger(value) || value < 1) throw new TypeError(`limit ${key} must be a whole number ≥ 1, got ${String(value)}`);
    limits[key] = value;
  }
  return limits;
}

/** `2 MiB`, `1.5 GiB`, `512 bytes`: a byte count for people. */
export function formatBytes(bytes: number): string {
  if (bytes < KiB) return `${bytes} bytes`;
  const [unit, size] = bytes >= GiB ? ['GiB', GiB] : bytes >= MiB ? ['MiB', MiB] : ['KiB', KiB];
  const value = bytes / size;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1000, kb: 1000, kib: KiB, m: 1000 ** 2, mb: 1000 ** 2, mib: MiB, g: 1000 ** 3, gb: 1000 ** 3, gib: GiB };

/** Parses a size such as `2MiB`, `20 MB`, `500k` or `1048576` into bytes; null when it is not one. */
export function parseSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) return null;
  const bytes = Math.round(Number(m[1]) * unit);
  return Number.isSafeInteger(bytes) && bytes >= 1 ? bytes : null;
}
