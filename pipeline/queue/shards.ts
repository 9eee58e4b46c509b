/**
 * Shards: the units of work of a queued ingest (`claimscan ingest --queue`). A shard is
 * small enough to redo (200–1,000 articles) and names its input so that any machine that
 * sees the same path or URL can read it:
 *
 * - `lines`: a line range of a JSON Lines dump. For a plain file the range also has its
 *   byte offsets (found once, by the enqueuer, scanning for newlines), so a worker reads only
 *   its bytes; a gzipped dump cannot be entered in the middle, so its worker gunzips from the
 *   start and skips to the range (cheap next to analysing it: no JSON is parsed on the way).
 * - `units`: a batch of whole files (`.txt`, `.html`, `.json`, a `.warc` archive: one a shard)
 *   or URLs, read as `ingest` reads them.
 *
 * Paths are made absolute, so workers started in another folder find them; `articles.input`
 * is then that absolute path.
 */
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { expandInputs, loadUnit, type LoadOptions } from '../load.js';
import type { LoadedItem } from '../types.js';

export type ShardSpec =
  | { type: 'lines'; path: string; firstLine: number; lines: number; start?: number; end?: number }
  | { type: 'units'; inputs: string[] };

/** How big a shard is: lines of a dump, or whole files. */
export interface ShardSizes {
  /** Lines of a JSON Lines dump per shard. Default 500. */
  lines?: number;
  /** Files (or URLs) per shard. Default 200. */
  files?: number;
}

/** A short label for messages and `claimscan status`. */
export function shardLabel(spec: ShardSpec): string {
  if (spec.type === 'lines') return `${spec.path}:${spec.firstLine}-${spec.firstLine + spec.lines - 1}`;
  return spec.inputs.length === 1 ? spec.inputs[0]! : `${spec.inputs[0]} and ${spec.inputs.length - 1} more`;
}

/** Offsets of line starts every `per` lines of a plain file: [byte, line] pairs, ending with [size, lines + 1]. */
async function plainLineCuts(file: string, per: number): Promise<{ cuts: [number, number][] }> {
  const cuts: [number, number][] = [[0, 1]];
  let offset = 0;
  let line = 1;
  let lastByte = 0x0a;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let at = chunk.indexOf(0x0a);
    while (at >= 0) {
      line++;
      if ((line - 1) % per === 0) cuts.push([offset + at + 1, line]);
      at = chunk.indexOf(0x0a, at + 1);
    }
    offset += chunk.length;
    if (chunk.length) lastByte = chunk[chunk.length - 1]!;
  }
  const totalLines = lastByte === 0x0a ? line - 1 : line;
  const last = cuts.at(-1)!;
  if (last[0] >= offset) cuts.pop();
  cuts.push([offset, totalLines + 1]);
  return { cuts };
}

/** Lines of a gzipped file. */
async function gzipLineCount(file: string): Promise<number> {
  let lines = 0;
  let lastByte = 0x0a;
  for await (const chunk of createReadStream(file).pipe(zlib.createGunzip({ chunkSize: 1 << 20 })) as AsyncIterable<Buffer>) {
    let at = chunk.indexOf(0x0a);
    while (at >= 0) {
      lines++;
      at = chunk.indexOf(0x0a, at + 1);
    }
    if (chunk.length) lastByte = chunk[chunk.length - 1]!;
  }
  return lastByte === 0x0a ? lines : lines + 1;
}

const isJsonLines = (file: string) => /\.(?:jsonl|ndjson)(?:\.gz)?$/i.test(file);

/**
 * Splits INPUT arguments into shards, in input order. Standard input cannot be queued
 * (another machine cannot read it): a {@link TypeError}.
 */
export async function planShards(inputs: readonly string[], sizes: ShardSizes = {}): Promise<ShardSpec[]> {
  const perLines = sizes.lines ?? 500;
  const perFiles = sizes.files ?? 200;
  if (inputs.includes('-')) throw new TypeError('standard input (-) cannot be queued: workers on other machines cannot read it; give a file');
  const shards: ShardSpec[] = [];
  let batch: string[] = [];
  const flush = () => {
    if (batch.length) shards.push({ type: 'units', inputs: batch });
    batch = [];
  };
  const absolute = inputs.map((i) => (/^https?:\/\//i.test(i) ? i : path.resolve(i)));
  for await (const unit of expandInputs(absolute)) {
    if (unit.type === 'file' && unit.kind === 'jsonl' && isJsonLines(unit.path)) {
      flush();
      if (unit.path.toLowerCase().endsWith('.gz')) {
        const total = await gzipLineCount(unit.path);
        for (let first = 1; first <= total; first += perLines) shards.push({ type: 'lines', path: unit.path, firstLine: first, lines: Math.min(perLines, total - first + 1) });
      } else {
        const { cuts } = await plainLineCuts(unit.path, perLines);
        for (let i = 0; i + 1 < cuts.length; i++) {
          const [start, firstLine] = cuts[i]!;
          const [end, nextLine] = cuts[i + 1]!;
          shards.push({ type: 'lines', path: unit.path, firstLine, lines: nextLine - firstLine, start, end });
        }
      }
      continue;
    }
    if (unit.type === 'file' && unit.kind === 'warc') {
      flush();
      shards.push({ type: 'units', inputs: [unit.path] });
      continue;
    }
    batch.push(unit.type === 'file' ? unit.path : unit.type === 'url' ? unit.url : unit.type === 'error' ? unit.input : '-');
    if (batch.length >= perFiles) flush();
  }
  flush();
  return shards;
}

/** The bytes of lines [firstLine, firstLine + lines) of a gzipped file (gunzipped from the start). */
async function gzipLines(file: string, firstLine: number, lines: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let line = 1;
  const last = firstLine + lines - 1;
  const stream = createReadStream(file).pipe(zlib.createGunzip({ chunkSize: 1 << 20 }));
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let at = 0;
      while (at < chunk.length && line <= last) {
        const nl = chunk.indexOf(0x0a, at);
        const end = nl < 0 ? chunk.length : nl + 1;
        if (line >= firstLine) parts.push(chunk.subarray(at, end));
        if (nl < 0) break;
        line++;
        at = end;
      }
      if (line > last) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(parts);
}

/**
 * The records of a shard, as `ingest` would read them from the whole input: the same
 * origins (path and line), the same messages for bad records.
 */
export async function* loadShard(spec: ShardSpec, options: LoadOptions = {}): AsyncGenerator<LoadedItem> {
  if (spec.type === 'units') {
    for await (const unit of expandInputs(spec.inputs)) yield* loadUnit(unit, options);
    return;
  }
  const last = spec.firstLine + spec.lines - 1;
  if (spec.firstLine === 1) {
    // from the start: the loader reads the file itself; stop after the range
    for await (const item of loadUnit({ type: 'file', path: spec.path, kind: 'jsonl', given: spec.path }, options)) {
      if ((item.origin.line ?? 0) > last) return;
      yield item;
    }
    return;
  }
  let bytes: Buffer;
  try {
    if (spec.start !== undefined && spec.end !== undefined) {
      const handle = await fs.open(spec.path, 'r');
      try {
        bytes = Buffer.alloc(spec.end - spec.start);
        const { bytesRead } = await handle.read(bytes, 0, bytes.length, spec.start);
        bytes = bytes.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    } else {
      bytes = await gzipLines(spec.path, spec.firstLine, spec.lines);
    }
  } catch (err) {
    yield { ok: false, origin: { input: spec.path, line: spec.firstLine }, error: `cannot read ${spec.path}: ${(err as Error).message}` };
    return;
  }
  // The JSON Lines reader numbers lines from 1: a first line that is a JSON object (so the
  // stream is taken as JSON Lines whatever the range's own first line holds) and blank lines
  // (skipped) put the range's records at their own line numbers. Origins then name the file.
  const lead = Buffer.from(`{}\n${'\n'.repeat(spec.firstLine - 2)}`);
  const stdin = Readable.from([lead, bytes]);
  const prefix = '-:';
  const rename = (s: string) => (s.startsWith(prefix) ? `${spec.path}:${s.slice(prefix.length)}` : s.startsWith('- ') || s.startsWith('-:') ? `${spec.path}${s.slice(1)}` : s.replaceAll('cannot read -', `cannot read ${spec.path}`));
  for await (const item of loadUnit({ type: 'stdin' }, { ...options, stdin })) {
    if (item.origin.line === 1) continue; // the lead line
    const origin = { input: spec.path, ...(item.origin.line !== undefined ? { line: item.origin.line } : {}) };
    if (item.ok) yield { ...item, origin, ...(item.warnings ? { warnings: item.warnings.map(rename) } : {}) };
    else yield { ok: false, origin, error: rename(item.error) };
  }
}
