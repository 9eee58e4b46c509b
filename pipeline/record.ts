/**
 * The input record of CONTRACT.md ("Input"), validated with zod. A record that fails
 * validation is an error for that record alone; the message names the field.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { readPublished } from './published.js';
import type { ArticleRecord } from './types.js';

/**
 * Text whose offsets cannot drift: each lone surrogate becomes one U+FFFD (SQLite and UTF-8
 * would otherwise store it as three) and NUL characters are removed (SQL `length()` and
 * `substr()` stop at them). Applied to every string of a record before any offset exists.
 */
export function wellFormed(s: string): string {
  const w = (s as unknown as { isWellFormed(): boolean }).isWellFormed() ? s : (s as unknown as { toWellFormed(): string }).toWellFormed();
  return w.includes('\0') ? w.replaceAll('\0', '') : w;
}

const optionalString = z
  .string()
  .nullish()
  .transform((v) => (v === null || v === undefined ? undefined : wellFormed(v)));

const recordSchema = z
  .object({
    id: z
      .union([z.string(), z.number()])
      .nullish()
      .transform((v) => (v === null || v === undefined ? undefined : wellFormed(String(v)))),
    url: optionalString,
    title: optionalString,
    published: optionalString,
    publisher: optionalString,
    text: optionalString,
    html: optionalString,
  })
  .loose();


/** Share of `s` (its first 65,536 characters) that is control characters, NUL or undecodable bytes (U+FFFD). */
export function nonTextShare(s: string): number {
  const n = Math.min(s.length, 65_536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || (c >= 0x7f && c <= 0x9f)) bad++;
  }
  return n ? bad / n : 0;
}

/** Above this {@link nonTextShare}, an input is binary data, not an article. */
export const BINARY_SHARE = 0.1;

/** Why `s` cannot be an article body (empty, or binary data), or null. */
export function bodyProblem(s: string): string | null {
  if (!/\S/.test(s)) return 'empty (no text)';
  const share = nonTextShare(s);
  if (share > BINARY_SHARE) return `not text: ${Math.round(share * 100)}% of it is control characters or undecodable bytes (binary data?)`;
  return null;
}

/** sha256 hex of a string (UTF-8): content hashes, record hashes, article keys. */
export const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

/** Thrown for a record that fails validation; `field` names the offending field. */
export class RecordError extends Error {
  constructor(message: string, readonly field?: string) {
    super(message);
    this.name = 'RecordError';
  }
}

const describe = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : typeof v === 'number' ? `number ${String(v)}` : `${typeof v} ${JSON.stringify(v)?.slice(0, 40)}`;

/**
 * Validates one parsed JSON value as an article record. A `published` date is read into
 * ISO-8601 (see pipeline/published.ts); one that cannot be read is dropped with a message in
 * `warnings`, and the article is kept without a date.
 * @throws RecordError naming the field that is wrong.
 */
export function parseRecord(value: unknown, warnings?: string[]): ArticleRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new RecordError(`expected an article record (a JSON object), got ${describe(value)}`);
  }
  const id = (value as { id?: unknown }).id;
  if (typeof id === 'number' && !Number.isSafeInteger(id)) {
    throw new RecordError(
      Number.isInteger(id)
        ? `field "id": a number id beyond 2^53 (${Number.MAX_SAFE_INTEGER}) loses digits in JSON, so two ids could become one; write the id as a string`
        : `field "id": expected a string or a whole number, got ${Number.isFinite(id) ? `number ${id}` : 'a number too large to represent'}`,
      'id',
    );
  }
  const result = recordSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.');
    const given = (value as Record<string, unknown>)[String(issue.path[0])];
    const what = issue.code === 'custom' ? issue.message : `expected a string, got ${describe(given)}`;
    throw new RecordError(`field "${field}": ${what}`, field);
  }
  const record = result.data as ArticleRecord;
  if (record.published !== undefined) {
    const read = readPublished(record.published);
    if (read) record.published = read;
    else {
      if (record.published.trim()) {
        warnings?.push(`field "published": cannot read "${record.published.slice(0, 60)}" as a date (expected ISO-8601 such as 2025-05-28T10:00:00Z or RFC 2822 such as Wed, 28 May 2025 10:00:00 GMT); kept without a date`);
      }
      delete record.published;
    }
  }
  const hasText = typeof record.text === 'string';
  const hasHtml = typeof record.html === 'string';
  if (hasText === hasHtml) {
    throw new RecordError(
      hasText ? 'fields "text" and "html": give exactly one of them, not both' : 'field "text": missing (a record needs exactly one of "text" and "html")',
      'text',
    );
  }
  const body = hasText ? 'text' : 'html';
  // Judged on the value as given: NUL characters are a sign of binary data before they are removed.
  const problem = bodyProblem((value as Record<string, string>)[body]!);
  if (problem) throw new RecordError(`field "${body}": ${problem}`, body);
  return record;
}

/** A `.txt`/`.md` file as a record: the first non-empty line is the title, the rest the text. */
export function recordFromPlainText(content: string): ArticleRecord {
  const lines = wellFormed(content.replace(/^\uFEFF/, '')).split(/\r\n|\r|\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { text: '' };
  const title = lines[first]!.trim().replace(/^#+\s*/, '');
  return { title, text: lines.slice(first + 1).join('\n') };
}
