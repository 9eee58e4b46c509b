/**
 * The input record of CONTRACT.md ("Input"), validated with zod. A record that fails
 * validation is an error for that record alone; the message names the field.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { readPublished } from './published.js';
import type { ArticleRecord } from './types.js';

const optionalString = z.string().nullish().transform((v) => v ?? undefined);

const recordSchema = z
  .object({
    id: z.union([z.string(), z.number()]).nullish().transform((v) => (v === null || v === undefined ? undefined : String(v))),
    url: optionalString,
    title: optionalString,
    published: optionalString,
    publisher: optionalString,
    text: optionalString,
    html: optionalString,
  })
  .loose();


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
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `${typeof v} ${JSON.stringify(v).slice(0, 40)}`;

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
  return record;
}

/** A `.txt`/`.md` file as a record: the first non-empty line is the title, the rest the text. */
export function recordFromPlainText(content: string): ArticleRecord {
  const lines = content.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { text: '' };
  const title = lines[first]!.trim().replace(/^#+\s*/, '');
  return { title, text: lines.slice(first + 1).join('\n') };
}
