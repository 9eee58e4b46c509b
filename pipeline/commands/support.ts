/**
 * What every command shares: exit codes, the usage error, messages for people, option
 * parsers. Light on purpose: `claimscan --version` loads this and nothing heavy.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { DEFAULT_LIMITS, formatBytes, parseSize, type Limits } from '../limits.js';

export const EXIT = { ok: 0, flagged: 1, usage: 2 } as const;

/** Thrown inside commands for bad usage or unreadable input: printed, exit 2. */
export class UsageError extends Error {}

/** A message for people, on standard error. */
export const say = (message: string): void => {
  process.stderr.write(`claimscan: ${message}\n`);
};

/** A commander parser for an integer option `name` of at least `min`. */
export function integer(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer ≥ ${min}, got "${value}"`);
    return n;
  };
}

/** A commander parser for a byte size (`2MiB`, `20MB`, `500k`, `1048576`). */
export function size(name: string) {
  return (value: string): number => {
    const bytes = parseSize(value);
    if (bytes === null) throw new InvalidArgumentError(`${name} must be a size such as 2MiB, 20MB, 500k or 1048576 (bytes), got "${value}"`);
    return bytes;
  };
}

/** A commander parser for a positive number of seconds, returned in milliseconds. */
export function seconds(name: string) {
  return (value: string): number => {
    const s = Number(value);
    if (!Number.isFinite(s) || s <= 0 || s > 86_400) throw new InvalidArgumentError(`${name} must be a number of seconds > 0 such as 10 or 0.5, got "${value}"`);
    return Math.max(1, Math.round(s * 1000));
  };
}

/** The limit options, as commander stores them. */
export interface LimitOptions {
  timeout?: number;
  maxText?: number;
  maxHtml?: number;
  maxRecord?: number;
  maxInput?: number;
}

/** Adds the per-article and reading limits (`--timeout`, `--max-text`, …) to a command. */
export function addLimitOptions(command: Command): Command {
  const d = DEFAULT_LIMITS;
  return command
    .option('--timeout <seconds>', `time limit for one article's analysis (default ${d.articleTimeoutMs / 1000})`, seconds('--timeout'))
    .option('--max-text <size>', `largest article text (default ${formatBytes(d.maxTextBytes)})`, size('--max-text'))
    .option('--max-html <size>', `largest article HTML (default ${formatBytes(d.maxHtmlBytes)})`, size('--max-html'))
    .option('--max-record <size>', `largest record: one JSON Lines line or one file (default ${formatBytes(d.maxRecordBytes)})`, size('--max-record'))
    .option('--max-input <size>', `most bytes read from one input, after gunzip (default ${formatBytes(d.maxInputBytes)})`, size('--max-input'));
}

/** The {@link Limits} the limit options set (the rest stay at their defaults). */
export function limitsFrom(opts: LimitOptions): Partial<Limits> {
  return {
    articleTimeoutMs: opts.timeout,
    maxTextBytes: opts.maxText,
    maxHtmlBytes: opts.maxHtml,
    maxRecordBytes: opts.maxRecord,
    maxInputBytes: opts.maxInput,
  };
}

/** Loads the rule configuration; a bad one is a usage error. */
export async function loadCommandConfig(file: string | undefined) {
  const { ConfigError, loadConfig } = await import('../config.js');
  try {
    return loadConfig(file);
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
}
