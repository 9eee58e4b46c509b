/**
 * Shards read exactly what `ingest` reads from the whole input: the same records, origins
 * (file and line) and error messages, whether a shard is a byte range of a plain JSON Lines
 * file, a line range of a gzipped one, or a batch of files. No PostgreSQL needed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../../pipeline/load.js';
import { loadShard, planShards } from '../../pipeline/queue/shards.js';
import type { LoadedItem } from '../../pipeline/types.js';
import { ROOT } from '../helpers.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-shards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const collect = async (gen: AsyncIterable<LoadedItem>) => {
  const out: unknown[] = [];
  for await (const item of gen) out.push(item.ok ? { origin: item.origin, record: item.record, warnings: item.warnings } : { origin: item.origin, error: item.error });
  return out;
};

// hostile lines between good ones: bad JSON, a record without a body, blank lines, a non-object, no final newline
const lines = Array.from({ length: 23 }, (_, i) =>
  i % 7 === 3 ? '{"title": "broken' : i % 7 === 5 ? '{"title": "no body"}' : i % 11 === 4 ? '' : i === 9 ? '[1, 2]' : JSON.stringify({ id: `r${i}`, title: `Story ${i}`, text: `Shares rose ${i}% to $${i + 1} million on day ${i}.` }),
);

describe('shards', () => {
  for (const [name, gz] of [['plain', false], ['gzipped', true]] as const) {
    it(`a ${name} JSON Lines dump in shards reads as the whole dump`, async () => {
      const file = path.join(dir, `dump-${name}.jsonl${gz ? '.gz' : ''}`);
      const body = lines.join('\n');
      writeFileSync(file, gz ? gzipSync(body) : body);
      const whole = await collect(loadInputs([file]));
      for (const size of [1, 4, 5, 100]) {
        const shards = await planShards([file], { lines: size });
        expect(shards.length).toBe(Math.ceil(lines.length / size));
        expect(shards.every((s) => s.type === 'lines' && (gz ? s.start === undefined : s.start !== undefined))).toBe(true);
        const parts: unknown[] = [];
        for (const s of shards) parts.push(...(await collect(loadShard(s))));
        expect(parts, `${name}, ${size} lines a shard`).toEqual(whole);
      }
      expect(whole.filter((i) => (i as { error?: string }).error).length).toBeGreaterThanOrEqual(5);
    });
  }

  it('a folder becomes batches of files; standard input cannot be queued', async () => {
    const samples = path.join(ROOT, 'samples');
    const shards = await planShards([samples], { files: 3, lines: 2 });
    const parts: unknown[] = [];
    for (const s of shards) parts.push(...(await collect(loadShard(s))));
    expect(parts).toEqual(await collect(loadInputs([samples])));
    expect(shards.some((s) => s.type === 'units' && s.inputs.length === 3)).toBe(true);
    await expect(planShards(['-'])).rejects.toThrow(/standard input/);
  });
});
