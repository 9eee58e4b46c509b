/**
 * What the desk checks: a pasted text, an uploaded file or a URL, each read the way
 * `claimscan check` reads it (the same loader, fetcher and analyzer), then analysed and, for
 * the desk's pages, stored.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FetchOptions } from '../fetch.js';
import { fileKind, loadInputs, loadUnit } from '../load.js';
import { parseRecord } from '../record.js';
import { plainTextSource, rememberSource } from '../source-map.js';
import type { ArticleRecord, LoadedItem, Report } from '../types.js';
import type { Position } from '../format/position.js';

/** A checked article: its report, where it is stored, and positions for its line:col. */
export interface Checked {
  report: Report;
  /** Database id of the stored article (null when not stored). */
  articleId: number | null;
  /** Whether this check stored it (false: the same article was stored before). */
  stored: boolean;
  /** line:col in the input as given (pasted text, uploaded text file), when known. */
  position: ((offset: number) => Position) | null;
}

/** A check that could not be made: a message for the editor (what to fix), and an HTTP status. */
export class CheckInputError extends Error {
  constructor(
    message: string,
    readonly statusCode = 400,
  ) {
    super(message);
    this.name = 'CheckInputError';
  }
}

/**
 * Fetch options for URL checks. The fetcher refuses loopback, private and link-local
 * addresses unless told otherwise; `allowPrivate` (the `--allow-private` of `serve`, used by
 * tests against a local server) tells it otherwise.
 */
export function fetchOptions(allowPrivate: boolean): FetchOptions {
  const options: FetchOptions & { allowPrivate?: boolean } = { allowPrivate };
  return options;
}

/**
 * A pasted article: the text as typed, with the title, date and publisher from their own
 * fields, validated as any record is.
 * @throws RecordError naming the field at fault (a date that is not one).
 */
export function pastedRecord(fields: { text: string; title?: string; published?: string; publisher?: string }): ArticleRecord {
  const record: ArticleRecord = { text: fields.text };
  if (fields.title?.trim()) record.title = fields.title.trim();
  if (fields.published?.trim()) record.published = fields.published.trim();
  if (fields.publisher?.trim()) record.publisher = fields.publisher.trim();
  return rememberSource(parseRecord(record), plainTextSource(fields.text, false));
}

/** File names the desk accepts, as `check` does, by extension (after an optional `.gz`). */
export const UPLOAD_EXTENSIONS = ['.html', '.htm', '.txt', '.md', '.json', '.jsonl', '.ndjson'];

/**
 * The records of an uploaded file, read by the loader exactly as `claimscan check FILE`
 * reads a file of that name (charset, Markdown, JSON validation, JSON Lines, gzip).
 */
export async function uploadedItems(filename: string, bytes: Buffer): Promise<LoadedItem[]> {
  const base = path.basename(filename || 'upload').replace(/[^\w.-]+/g, '_').slice(-120) || 'upload';
  if (!fileKind(base)) {
    throw new CheckInputError(`cannot read ${filename || 'the file'}: unknown file type (expected ${UPLOAD_EXTENSIONS.join(', ')}, optionally .gz)`);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'claimscan-upload-'));
  try {
    const file = path.join(dir, base);
    await writeFile(file, bytes);
    const items: LoadedItem[] = [];
    for await (const item of loadInputs([file])) {
      // Name the upload as the editor knows it, not by its temporary path.
      const origin = { ...item.origin, input: filename || base };
      items.push(item.ok ? { ...item, origin } : { ...item, origin, error: item.error.split(file).join(filename || base) });
    }
    return items;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The record of a URL, fetched as `claimscan check URL` fetches it. */
export async function fetchedItem(url: string, allowPrivate: boolean): Promise<LoadedItem> {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new CheckInputError(`not a URL: ${url.trim().slice(0, 200)} (expected an http:// or https:// address)`);
  }
  if (!/^https?:$/.test(parsed.protocol)) throw new CheckInputError(`cannot fetch ${parsed.protocol} addresses: give an http:// or https:// URL`);
  for await (const item of loadUnit({ type: 'url', url: parsed.href }, { fetch: fetchOptions(allowPrivate) })) return item;
  throw new CheckInputError(`cannot fetch ${parsed.href}`);
}
