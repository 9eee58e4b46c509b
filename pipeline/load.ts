/**
 * Stage 1, load: turns each INPUT of the command line (file, directory, `-`, URL) into a
 * stream of validated article records, in input order. A bad record is an error item for
 * that record alone; an unreadable input is an error item for that input.
 */
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { decode, fetchArticle, type FetchOptions } from './fetch.js';
import { parseRecord, recordFromPlainText, RecordError } from './record.js';
import { plainTextSource, rememberSource } from './source-map.js';
import type { LoadedItem, Origin } from './types.js';

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
}

/** One readable unit found by expanding the INPUT arguments. */
export type InputUnit =
  | { type: 'file'; path: string; kind: FileKind; given: string }
  | { type: 'url'; url: string }
  | { type: 'stdin' }
  | { type: 'error'; input: string; error: string };

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/**
 * Expands INPUT arguments into readable units, in order: a directory is walked (sorted by
 * name, hidden entries and unknown extensions skipped).
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
  switch (unit.type) {
    case 'error':
      yield { ok: false, origin: { input: unit.input }, error: unit.error };
      return;
    case 'url': {
      const origin: Origin = { input: unit.url };
      try {
        const page = await fetchArticle(unit.url, options.fetch);
        yield { ok: true, origin, record: page };
      } catch (err) {
        yield { ok: false, origin, error: `cannot fetch ${unit.url}: ${(err as Error).message}` };
      }
      return;
    }
    case 'stdin':
      yield* loadStdin(options.stdin ?? process.stdin);
      return;
    case 'file':
      yield* loadFile(unit.path, unit.kind);
      return;
  }
}

function openText(file: string): Readable {
  const raw = createReadStream(file);
  if (!file.toLowerCase().endsWith('.gz')) return raw;
  const gunzip = zlib.createGunzip();
  raw.on('error', (err) => gunzip.destroy(err));
  return raw.pipe(gunzip);
}

async function readWhole(file: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of openText(file)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function* loadFile(file: string, kind: FileKind): AsyncGenerator<LoadedItem> {
  const origin: Origin = { input: file };
  if (kind === 'jsonl') {
    yield* loadJsonLines(openText(file), file);
    return;
  }
  if (kind === 'warc') {
    yield* (await import('./warc.js')).loadWarcFile(file);
    return;
  }
  let content: string;
  try {
    const bytes = await readWhole(file);
    // An HTML file may declare its charset in <meta>; everything else is UTF-8.
    content = kind === 'html' ? decode(bytes, '') : bytes.toString('utf8');
  } catch (err) {
    yield { ok: false, origin, error: `cannot read ${file}: ${systemMessage(err)}` };
    return;
  }
  if (kind === 'text' && /\.md(?:\.gz)?$/i.test(file)) {
    yield { ok: true, origin, record: (await import('./markdown.js')).recordFromMarkdown(content) };
    return;
  }
  yield recordFromContent(content, kind, origin);
}

function recordFromContent(content: string, kind: Exclude<FileKind, 'jsonl' | 'warc'>, origin: Origin): LoadedItem {
  if (kind === 'text') return { ok: true, origin, record: rememberSource(recordFromPlainText(content), plainTextSource(content)) };
  if (kind === 'html') return { ok: true, origin, record: { html: content } };
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (err) {
    return { ok: false, origin, error: `${origin.input}: not valid JSON: ${(err as Error).message}` };
  }
  return validated(value, origin);
}

function validated(value: unknown, origin: Origin): LoadedItem {
  try {
    const warnings: string[] = [];
    const record = parseRecord(value, warnings);
    return warnings.length ? { ok: true, origin, record, warnings: warnings.map((w) => `${originLabel(origin)}: ${w}`) } : { ok: true, origin, record };
  } catch (err) {
    if (!(err instanceof RecordError)) throw err;
    return { ok: false, origin, error: `${originLabel(origin)}: ${err.message}` };
  }
}

/** `path`, `path:line` for a record of a JSON Lines dump, URL or `-`: in messages and reports. */
export const originLabel = (origin: Origin): string => (origin.line ? `${origin.input}:${origin.line}` : origin.input);

/** Streams a JSON Lines source line by line (never read whole); blank lines are skipped. */
async function* loadJsonLines(stream: Readable, input: string, firstLine?: string): AsyncGenerator<LoadedItem> {
  const lines = readline.createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  const parseLine = (line: string): LoadedItem | null => {
    lineNo++;
    if (!line.trim()) return null;
    const origin: Origin = { input, line: lineNo };
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      return { ok: false, origin, error: `${originLabel(origin)}: not valid JSON: ${(err as Error).message}` };
    }
    return validated(value, origin);
  };
  try {
    if (firstLine !== undefined) {
      const item = parseLine(firstLine);
      if (item) yield item;
    }
    for await (const line of lines) {
      const item = parseLine(line);
      if (item) yield item;
    }
  } catch (err) {
    yield { ok: false, origin: { input, line: lineNo + 1 }, error: `cannot read ${input} after line ${lineNo}: ${systemMessage(err)}` };
  } finally {
    lines.close();
  }
}

/**
 * Standard input: JSON Lines when the first line is a whole JSON object (streamed);
 * otherwise read whole and taken as one JSON record, an HTML page or plain text.
 */
async function* loadStdin(stdin: NodeJS.ReadableStream): AsyncGenerator<LoadedItem> {
  const input = '-';
  const stream = Readable.from(stdin as AsyncIterable<Buffer | string>);
  const iterator = stream[Symbol.asyncIterator]();
  let head = '';
  let done = false;
  // Read until the first line is complete, to decide the format.
  while (!head.includes('\n')) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head += typeof next.value === 'string' ? next.value : (next.value as Buffer).toString('utf8');
  }
  const newline = head.indexOf('\n');
  const firstLine = newline >= 0 ? head.slice(0, newline) : head;
  const looksJsonLine = /^\s*\{/.test(firstLine) && isJson(firstLine);
  const rest = async function* () {
    if (newline >= 0) yield head.slice(newline + 1);
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      yield typeof next.value === 'string' ? next.value : (next.value as Buffer).toString('utf8');
    }
  };
  if (looksJsonLine) {
    yield* loadJsonLines(Readable.from(rest()), input, firstLine);
    return;
  }
  let content = firstLine + (newline >= 0 ? '\n' : '');
  for await (const chunk of rest()) content += chunk;
  const trimmed = content.trimStart();
  const kind: Exclude<FileKind, 'jsonl' | 'warc'> = trimmed.startsWith('{') ? 'json' : trimmed.startsWith('<') ? 'html' : 'text';
  yield recordFromContent(content, kind, { input });
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

