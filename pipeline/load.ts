/**
 * Stage 1, load: turns each INPUT of the command line (file, directory, `-`, URL) into a
 * stream of validated article records, in input order. A bad record is an error item for
 * that record alone; an unreadable input is an error item for that input. Nothing here
 * trusts its input: bytes read per input and per record are capped ({@link Limits}), a line
 * too long is skipped and named by its number, JSON nested too deep is refused before it is
 * parsed, devices and pipes are refused, BOMs are stripped and UTF-16 is decoded, and an
 * empty or binary input is an error, not an article.
 */
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { pipeline, Readable } from 'node:stream';
import zlib from 'node:zlib';
import { decode, fetchArticle, type FetchOptions } from './fetch.js';
import { formatBytes, LIMIT_OPTIONS, resolveLimits, type Limits } from './limits.js';
import { bodyProblem, parseRecord, recordFromPlainText, RecordError, wellFormed } from './record.js';
import { plainTextSource, rememberSource } from './source-map.js';
import type { ArticleRecord, LoadedItem, Origin } from './types.js';

/** File kinds the loader understands, by extension (after an optional `.gz`). */
export type FileKind = 'text' | 'html' | 'json' | 'jsonl' | 'warc';

const KIND_BY_EXTENSION: Record<string, FileKind> = {
  '.txt': 'text',
  '.md': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.warc': 'warc',
};

/** The kind of a file by its name (`a.jsonl.gz` → jsonl), or null for a file the loader does not read. */
export function fileKind(file: string): FileKind | null {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  return KIND_BY_EXTENSION[path.extname(name)] ?? null;
}

export interface LoadOptions {
  /** Options for `http(s)://` inputs. */
  fetch?: FetchOptions;
  /** Standard input, for `-` (default `process.stdin`). */
  stdin?: NodeJS.ReadableStream;
  /** Caps on what is read (defaults: {@link DEFAULT_LIMITS}). */
  limits?: Partial<Limits>;
  /** Told the size of every chunk read from a file, as stored (before gunzip): an ingest's progress. */
  onRead?: (bytes: number) => void;
}

/** One readable unit found by expanding the INPUT arguments. */
export type InputUnit =
  | { type: 'file'; path: string; kind: FileKind; given: string }
  | { type: 'url'; url: string }
  | { type: 'stdin' }
  | { type: 'error'; input: string; error: string };

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** What a path is when it is not a regular file or a directory, for messages. */
function notRegular(stat: { isCharacterDevice(): boolean; isBlockDevice(): boolean; isFIFO(): boolean; isSocket(): boolean }): string {
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Expands INPUT arguments into readable units, in order: a directory is walked (sorted by
 * name, hidden entries and unknown extensions skipped). Devices, named pipes and sockets
 * (also behind a symbolic link) are refused: only regular files are read.
 */
export async function* expandInputs(inputs: readonly string[]): AsyncGenerator<InputUnit> {
  for (const input of inputs) {
    if (input === '-') {
      yield { type: 'stdin' };
      continue;
    }
    if (isUrl(input)) {
      yield { type: 'url', url: input };
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(input);
    } catch (err) {
      yield { type: 'error', input, error: `cannot read ${input}: ${systemMessage(err)}` };
      continue;
    }
    if (stat.isDirectory()) {
      yield* walk(input);
      continue;
    }
    if (!stat.isFile()) {
      yield { type: 'error', input, error: `cannot read ${input}: ${notRegular(stat)}, not a regular file` };
      continue;
    }
    const kind = fileKind(input);
    if (!kind) {
      yield {
        type: 'error',
        input,
        error: `cannot read ${input}: unknown file type (expected .txt, .md, .html, .htm, .json, .jsonl, .ndjson or .warc, optionally .gz)`,
      };
      continue;
    }
    yield { type: 'file', path: input, kind, given: input };
  }
}

async function* walk(dir: string): AsyncGenerator<InputUnit> {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { type: 'error', input: dir, error: `cannot read directory ${dir}: ${systemMessage(err)}` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) {
      const kind = fileKind(entry.name);
      if (kind) yield { type: 'file', path: full, kind, given: full };
    }
  }
}

/** Loads every record of every INPUT, in order. Never throws for bad data: it yields error items. */
export async function* loadInputs(inputs: readonly string[], options: LoadOptions = {}): AsyncGenerator<LoadedItem> {
  for await (const unit of expandInputs(inputs)) yield* loadUnit(unit, options);
}

/** Loads the records of one unit (see {@link expandInputs}). */
export async function* loadUnit(unit: InputUnit, options: LoadOptions = {}): AsyncGenerator<LoadedItem> {
  const limits = resolveLimits(options.limits);
  switch (unit.type) {
    case 'error':
      yield { ok: false, origin: { input: unit.input }, error: unit.error };
      return;
    case 'url': {
      const origin: Origin = { input: unit.url };
      let page: ArticleRecord;
      try {
        page = await fetchArticle(unit.url, options.fetch);
      } catch (err) {
        yield { ok: false, origin, error: `cannot fetch ${unit.url}: ${(err as Error).message}` };
        return;
      }
      if (typeof page.html === 'string') {
        const problem = bodyProblem(page.html);
        if (problem) {
          yield { ok: false, origin, error: `${unit.url}: ${problem}` };
          return;
        }
        page = { ...page, html: wellFormed(page.html) };
      }
      yield withinLimits({ ok: true, origin, record: page }, limits);
      return;
    }
    case 'stdin':
      yield* loadStdin(options.stdin ?? process.stdin, limits);
      return;
    case 'file':
      yield* loadFile(unit.path, unit.kind, limits, options.onRead);
      return;
  }
}

/** A limit of {@link Limits} was passed while reading. */
class LimitError extends Error {}

const toBuffer = (chunk: unknown): Buffer => (Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk as Uint8Array));

/** The chunks of `source`, stopping with a {@link LimitError} past `max` bytes in all (each chunk's size told to `onChunk`). */
async function* capped(source: AsyncIterable<unknown>, max: number, input: string, onChunk?: (bytes: number) => void): AsyncGenerator<Buffer> {
  let total = 0;
  for await (const chunk of source) {
    const buffer = toBuffer(chunk);
    onChunk?.(buffer.length);
    total += buffer.length;
    if (total > max) {
      throw new LimitError(
        `${input}: stopped reading after ${formatBytes(max)}, the limit for one input (raise it with ${LIMIT_OPTIONS.maxInputBytes}); the rest of this input is not read`,
      );
    }
    yield buffer;
  }
}

/** Text encodings told by a byte-order mark or by the NUL pattern of UTF-16. */
type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding the first bytes show: a BOM, or UTF-16's every-other-byte NULs; null for plain UTF-8 or unknown. */
function sniffEncoding(head: Buffer): { encoding: Encoding; bom: number } | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const n = Math.min(head.length, 1024) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > 0.4 * pairs && evenZero < 0.05 * pairs) return { encoding: 'utf-16le', bom: 0 };
  if (evenZero > 0.4 * pairs && oddZero < 0.05 * pairs) return { encoding: 'utf-16be', bom: 0 };
  return null;
}

/**
 * The bytes of `source` as UTF-8 without a byte-order mark: a UTF-8 BOM is dropped, UTF-16
 * (with a BOM, or recognisable without one) is decoded. `encoding` says what was found.
 */
async function asUtf8(source: AsyncIterable<Buffer>): Promise<{ encoding: Encoding | null; chunks: AsyncGenerator<Buffer> }> {
  const iterator = source[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < 1024) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
    size += next.value.length;
  }
  const first = Buffer.concat(head);
  const sniffed = sniffEncoding(first);
  async function* raw(): AsyncGenerator<Buffer> {
    try {
      if (first.length > (sniffed?.bom ?? 0)) yield first.subarray(sniffed?.bom ?? 0);
      if (done) return;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
      done = true;
    } finally {
      if (!done) await iterator.return?.();
    }
  }
  if (!sniffed || sniffed.encoding === 'utf-8') return { encoding: sniffed?.encoding ?? null, chunks: raw() };
  const decoder = new TextDecoder(sniffed.encoding, { ignoreBOM: true });
  async function* transcoded(): AsyncGenerator<Buffer> {
    for await (const chunk of raw()) yield Buffer.from(decoder.decode(chunk, { stream: true }), 'utf8');
    yield Buffer.from(decoder.decode(), 'utf8');
  }
  return { encoding: sniffed.encoding, chunks: transcoded() };
}

/** All of `chunks`, or a {@link LimitError} past `max` bytes (reading stops there). */
async function readAll(chunks: AsyncIterable<Buffer>, max: number, input: string): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > max) {
      throw new LimitError(`${input}: larger than ${formatBytes(max)}, the limit for one record (raise it with ${LIMIT_OPTIONS.maxRecordBytes}); not read`);
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts, size);
}

/** Opens a regular file for reading (gunzipped for `.gz`): its chunks, capped at the input limit. */
async function openBytes(file: string, limits: Limits, onRead?: (bytes: number) => void): Promise<AsyncIterable<Buffer>> {
  // O_NONBLOCK: a named pipe swapped in after expandInputs looked must not block the open.
  const handle = await fs.open(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new LimitError(`cannot read ${file}: ${notRegular(stat)}, not a regular file`);
  } catch (err) {
    await handle.close();
    throw err;
  }
  const raw = handle.createReadStream({ highWaterMark: 256 * 1024 });
  if (file.toLowerCase().endsWith('.gz')) {
    const gunzip = zlib.createGunzip({ chunkSize: 256 * 1024 }); // big chunks: a 1 GiB stream is 4,096 steps, not 65,536
    // pipeline: stopping early (a limit) or an error on either side closes both.
    pipeline(raw, gunzip, () => {});
    if (onRead) raw.on('data', (chunk: Buffer | string) => onRead(chunk.length)); // beside the pipe, which reads by 'data' too
    return capped(gunzip, limits.maxInputBytes, file);
  }
  return capped(raw, limits.maxInputBytes, file, onRead);
}

async function* loadFile(file: string, kind: FileKind, limits: Limits, onRead?: (bytes: number) => void): AsyncGenerator<LoadedItem> {
  const origin: Origin = { input: file };
  if (kind === 'warc') {
    yield* (await import('./warc.js')).loadWarcFile(file);
    return;
  }
  let chunks: AsyncIterable<Buffer>;
  let encoding: Encoding | null;
  try {
    ({ encoding, chunks } = await asUtf8(await openBytes(file, limits, onRead)));
  } catch (err) {
    yield { ok: false, origin, error: readFailure(err, file) };
    return;
  }
  if (kind === 'jsonl') {
    yield* loadJsonLines(chunks, file, limits);
    return;
  }
  let content: string;
  try {
    const bytes = await readAll(chunks, limits.maxRecordBytes, file);
    // An HTML file may declare its charset in <meta>; everything else is UTF-8 (or had a BOM).
    content = kind === 'html' && !encoding ? decode(bytes, '') : bytes.toString('utf8');
  } catch (err) {
    yield { ok: false, origin, error: readFailure(err, file) };
    return;
  }
  // a draft's front matter (title, published, publisher, url) becomes its record's fields
  let front: FrontMatterRead = { fields: {}, warnings: [] };
  if (kind === 'text') {
    const read = await frontMatterOf(content, file);
    if ('error' in read) {
      yield { ok: false, origin, error: read.error };
      return;
    }
    front = read;
    if (read.content !== undefined) content = read.content;
  }
  const withFront = (item: LoadedItem): LoadedItem =>
    item.ok && (Object.keys(front.fields).length || front.warnings.length)
      ? // the same record object: its source map (pipeline/source-map.ts) is keyed by it
        { ...item, record: Object.assign(item.record, front.fields), warnings: [...(item.warnings ?? []), ...front.warnings] }
      : item;
  if (kind === 'text' && /\.md(?:\.gz)?$/i.test(file)) {
    const problem = bodyProblem(content);
    if (problem) {
      yield { ok: false, origin, error: `${file}: ${problem}` };
      return;
    }
    yield withFront(withinLimits({ ok: true, origin, record: (await import('./markdown.js')).recordFromMarkdown(wellFormed(content), !front.fields.title) }, limits));
    return;
  }
  if (kind === 'text' && front.fields.title) {
    // the title is the front matter's: the file's first line is body
    const problem = bodyProblem(content);
    if (problem) {
      yield { ok: false, origin, error: `${file}: ${problem}` };
      return;
    }
    yield withFront(withinLimits({ ok: true, origin, record: rememberSource({ text: wellFormed(content) }, plainTextSource(content, false)) }, limits));
    return;
  }
  yield withFront(recordFromContent(content, kind, origin, limits));
}

interface FrontMatterRead {
  fields: Partial<ArticleRecord>;
  warnings: string[];
  /** The file with its front matter blanked, when it has one. */
  content?: string;
}

/** Reads a text file's front matter (pipeline/front-matter.ts); its errors name the file. */
async function frontMatterOf(content: string, file: string): Promise<FrontMatterRead | { error: string }> {
  if (!/^\uFEFF?---/.test(content)) return { fields: {}, warnings: [] };
  const { readFrontMatter, FrontMatterError } = await import('./front-matter.js');
  let read;
  try {
    read = readFrontMatter(content);
  } catch (err) {
    if (err instanceof FrontMatterError) return { error: `${file}: ${err.message}` };
    throw err;
  }
  if (!read) return { fields: {}, warnings: [] };
  const fields: Partial<ArticleRecord> = {};
  const warnings: string[] = [];
  for (const [key, value] of Object.entries(read.fields)) {
    if (!value) continue;
    if (key === 'published') {
      const { readPublished } = await import('./published.js');
      const date = readPublished(value);
      if (date) fields.published = date;
      else warnings.push(`${file}: front matter field "published": cannot read "${value.slice(0, 60)}" as a date (expected ISO-8601 such as 2025-05-28T10:00:00Z); kept without a date`);
    } else {
      fields[key as 'id' | 'title' | 'publisher' | 'url'] = wellFormed(value);
    }
  }
  return { fields, warnings, content: read.content };
}

function readFailure(err: unknown, input: string): string {
  return err instanceof LimitError ? err.message : `cannot read ${input}: ${systemMessage(err)}`;
}

function recordFromContent(content: string, kind: Exclude<FileKind, 'jsonl' | 'warc'>, origin: Origin, limits: Limits): LoadedItem {
  if (kind !== 'json') {
    const problem = bodyProblem(content);
    if (problem) return { ok: false, origin, error: `${originLabel(origin)}: ${problem}` };
    if (kind === 'text') return withinLimits({ ok: true, origin, record: rememberSource(recordFromPlainText(content), plainTextSource(content)) }, limits);
    return withinLimits({ ok: true, origin, record: { html: wellFormed(content) } }, limits);
  }
  return parseJsonRecord(content, origin, limits);
}

/** Parses and validates one JSON record (a JSON Lines line or a `.json` file). */
function parseJsonRecord(json: string, origin: Origin, limits: Limits): LoadedItem {
  if (jsonDepthExceeds(json, limits.maxJsonDepth)) {
    return { ok: false, origin, error: `${originLabel(origin)}: JSON nested deeper than ${limits.maxJsonDepth} levels; not read` };
  }
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (err) {
    return { ok: false, origin, error: `${originLabel(origin)}: not valid JSON: ${(err as Error).message}` };
  }
  let record: ArticleRecord;
  const warnings: string[] = [];
  try {
    record = parseRecord(value, warnings);
  } catch (err) {
    if (!(err instanceof RecordError)) throw err;
    return { ok: false, origin, error: `${originLabel(origin)}: ${err.message}` };
  }
  return withinLimits(warnings.length ? { ok: true, origin, record, warnings: warnings.map((w) => `${originLabel(origin)}: ${w}`) } : { ok: true, origin, record }, limits);
}

/** The item, or an error when its text or HTML is over the size limit for one article. */
function withinLimits(item: Extract<LoadedItem, { ok: true }>, limits: Limits): LoadedItem {
  for (const [field, max, option] of [
    ['text', limits.maxTextBytes, LIMIT_OPTIONS.maxTextBytes],
    ['html', limits.maxHtmlBytes, LIMIT_OPTIONS.maxHtmlBytes],
  ] as const) {
    const value = item.record[field];
    // A UTF-8 byte is at most one UTF-16 unit: short strings need no count.
    if (typeof value !== 'string' || value.length <= max / 3) continue;
    const bytes = Buffer.byteLength(value, 'utf8');
    if (bytes > max) {
      return {
        ok: false,
        origin: item.origin,
        error: `${originLabel(item.origin)}: field "${field}" is ${formatBytes(bytes)}, over the ${formatBytes(max)} limit for one article (raise it with ${option}); not analysed`,
      };
    }
  }
  return item;
}

/**
 * True when `json` nests arrays and objects deeper than `max`: checked before parsing, so a
 * record of 100,000 nested arrays is refused instead of overflowing the stack later (hashing,
 * copying to a worker). Brackets inside strings do not count.
 */
export function jsonDepthExceeds(json: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** `path`, `path:line` for a record of a JSON Lines dump, URL or `-`: in messages and reports. */
export const originLabel = (origin: Origin): string => (origin.line ? `${origin.input}:${origin.line}` : origin.input);

/** One line of a byte stream, or how long a line was that is over the record limit. */
type Line = { number: number; bytes: Buffer; tooLong?: undefined } | { number: number; tooLong: number };

/**
 * Splits a byte stream at `\n` without building a string per chunk: a line longer than
 * `maxLine` bytes is not kept (its bytes are only counted) and comes out as `tooLong`.
 * Linear in the input whatever its line lengths.
 */
async function* splitLines(chunks: AsyncIterable<Buffer>, maxLine: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let number = 0;
  const line = (): Line => {
    number++;
    const out: Line = size > maxLine ? { number, tooLong: size } : { number, bytes: parts.length === 1 ? parts[0]! : Buffer.concat(parts, size) };
    parts = [];
    size = 0;
    return out;
  };
  for await (const chunk of chunks) {
    let at = 0;
    while (at < chunk.length) {
      const newline = chunk.indexOf(0x0a, at);
      const end = newline < 0 ? chunk.length : newline;
      size += end - at;
      if (size <= maxLine) parts.push(chunk.subarray(at, end));
      else parts = [];
      if (newline < 0) break;
      yield line();
      at = newline + 1;
    }
  }
  if (size > 0) yield line();
}

/** Streams a JSON Lines source line by line (never read whole); blank lines are skipped. */
async function* loadJsonLines(chunks: AsyncIterable<Buffer>, input: string, limits: Limits): AsyncGenerator<LoadedItem> {
  let lineNo = 0;
  try {
    for await (const line of splitLines(chunks, limits.maxRecordBytes)) {
      lineNo = line.number;
      const origin: Origin = { input, line: line.number };
      if (line.tooLong !== undefined) {
        yield {
          ok: false,
          origin,
          error: `${originLabel(origin)}: line of ${formatBytes(line.tooLong)} is over the ${formatBytes(limits.maxRecordBytes)} limit for one record (raise it with ${LIMIT_OPTIONS.maxRecordBytes}); skipped`,
        };
        continue;
      }
      const text = line.bytes.toString('utf8');
      if (!/\S/.test(text)) continue;
      yield parseJsonRecord(text, origin, limits);
    }
  } catch (err) {
    const origin = { input, line: lineNo + 1 };
    yield { ok: false, origin, error: err instanceof LimitError ? err.message : `cannot read ${input} after line ${lineNo}: ${systemMessage(err)}` };
  }
}

/**
 * Standard input: JSON Lines when the first line is a whole JSON object (streamed);
 * otherwise read whole (up to the record limit) and taken as one JSON record, an HTML page
 * or plain text.
 */
async function* loadStdin(stdin: NodeJS.ReadableStream, limits: Limits): AsyncGenerator<LoadedItem> {
  const input = '-';
  let encoding: Encoding | null;
  let chunks: AsyncGenerator<Buffer>;
  try {
    ({ encoding, chunks } = await asUtf8(capped(Readable.from(stdin as AsyncIterable<Buffer | string>), limits.maxInputBytes, input)));
  } catch (err) {
    yield { ok: false, origin: { input }, error: readFailure(err, input) };
    return;
  }
  // Read until the first line is complete (only new chunks are searched: linear), to decide the format.
  const head: Buffer[] = [];
  let size = 0;
  let newline = -1;
  let done = false;
  try {
    while (newline < 0 && size <= limits.maxRecordBytes) {
      const next = await chunks.next();
      if (next.done) {
        done = true;
        break;
      }
      const at = next.value.indexOf(0x0a);
      if (at >= 0) newline = size + at;
      head.push(next.value);
      size += next.value.length;
    }
  } catch (err) {
    yield { ok: false, origin: { input }, error: readFailure(err, input) };
    return;
  }
  const first = Buffer.concat(head, size);
  const firstLine = newline >= 0 ? first.subarray(0, newline).toString('utf8') : done ? first.toString('utf8') : '';
  const looksJsonLine = /^\s*\{/.test(firstLine) && isJson(firstLine);
  async function* all(): AsyncGenerator<Buffer> {
    if (first.length) yield first;
    if (!done) yield* chunks;
  }
  if (looksJsonLine) {
    yield* loadJsonLines(all(), input, limits);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readAll(all(), limits.maxRecordBytes, input);
  } catch (err) {
    yield { ok: false, origin: { input }, error: readFailure(err, input) };
    return;
  }
  const start = bytes.findIndex((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d);
  const kind: Exclude<FileKind, 'jsonl' | 'warc'> = bytes[start] === 0x7b ? 'json' : bytes[start] === 0x3c ? 'html' : 'text';
  const content = kind === 'html' && !encoding ? decode(bytes, '') : bytes.toString('utf8');
  yield recordFromContent(content, kind, { input }, limits);
}

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}

function systemMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or directory';
  if (e?.code === 'EACCES') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a directory';
  if (e?.code === 'Z_DATA_ERROR' || e?.code === 'Z_BUF_ERROR') return `not valid gzip data (${e.message})`;
  return e?.message ?? String(err);
}
