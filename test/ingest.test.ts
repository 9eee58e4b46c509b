/**
 * ingest as a batch job: nothing lost, nothing stored twice, across interruptions.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../pipeline/config.js';
import { ingest } from '../pipeline/ingest.js';
import { ClaimsDb } from '../storage/db.js';
import { ROOT } from './helpers.js';

const BIN = path.join(ROOT, 'pipeline', 'bin.js');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-ingest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = resolveConfig({}, null);

function writeDump(file: string, n: number) {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(JSON.stringify({ id: `r${i}`, title: `Story ${i}`, published: '2025-06-01', text: `Company ${i} said revenue rose ${i % 50}% to $${i + 1} million in May.\nShares rose ${i % 7}%.` }));
  }
  writeFileSync(file, lines.join('\n') + '\n');
}

function counts(db: string) {
  const store = ClaimsDb.open(db, { readonly: true });
  const [row] = [...store.query('SELECT count(*), count(DISTINCT article_key), count(DISTINCT record_id) FROM articles').rows];
  store.close();
  return row as number[];
}

async function startAndStop(args: string[], db: string, signal: NodeJS.Signals): Promise<number | null> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // Wait until some articles are stored, then interrupt.
  for (let i = 0; i < 600; i++) {
    await new Promise((r) => setTimeout(r, 50));
    try {
      if (counts(db)[0]! > 0) break;
    } catch {
      // database not created yet
    }
  }
  child.kill(signal);
  const code = await exited;
  if (code !== 130 && signal === 'SIGINT') console.error(stderr);
  return code;
}

describe('ingest', () => {
  it('resumes after being killed: every article stored exactly once', async () => {
    const dump = path.join(dir, 'kill.jsonl');
    const db = path.join(dir, 'kill.db');
    const n = 6000;
    writeDump(dump, n);
    await startAndStop(['ingest', '--db', db, '--workers', '1', dump], db, 'SIGKILL');
    const partial = counts(db)[0]!;
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(n);
    const summary = await ingest([dump], { db, config, workers: 1 });
    expect(summary.present + summary.stored).toBe(n);
    expect(summary.stored).toBe(n - partial);
    expect(counts(db)).toEqual([n, n, n]);
  });

  it('stops cleanly on Ctrl-C, closing the run, and resumes', async () => {
    const dump = path.join(dir, 'int.jsonl');
    const db = path.join(dir, 'int.db');
    const n = 6000;
    writeDump(dump, n);
    const code = await startAndStop(['ingest', '--db', db, '--workers', '1', dump], db, 'SIGINT');
    expect(code).toBe(130);
    const store = ClaimsDb.open(db, { readonly: true });
    const [run] = [...store.query('SELECT finished_at IS NOT NULL, stored FROM runs').rows];
    store.close();
    const stored = counts(db)[0]!;
    expect(run).toEqual([1, stored]);
    expect(stored).toBeLessThan(n);
    const summary = await ingest([dump], { db, config, workers: 0 });
    expect(summary).toMatchObject({ stored: n - stored, present: stored, failed: 0, interrupted: false });
    expect(counts(db)).toEqual([n, n, n]);
  });

  it('stores a record that appears twice in one batch once', async () => {
    const a = path.join(dir, 'a.jsonl');
    writeDump(a, 20);
    const db = path.join(dir, 'twice.db');
    const summary = await ingest([a, a], { db, config, workers: 2, concurrency: 2 });
    expect(summary).toMatchObject({ read: 40, stored: 20, present: 20, failed: 0 });
    expect(counts(db)).toEqual([20, 20, 20]);
  });

  it('fetches URL inputs and records an unreachable one', async () => {
    const server = http.createServer((req, res) => {
      if (req.url === '/a') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<html><head><title>Oil jumps</title></head><body><article><p>Brent crude rose 3% to $71 a barrel on Monday, traders said.</p></article></body></html>');
      } else {
        res.writeHead(500);
        res.end();
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const db = path.join(dir, 'url.db');
      const summary = await ingest([`${base}/a`, `${base}/b`], { db, config, workers: 0, load: { fetch: { allowPrivate: true } } });
      expect(summary).toMatchObject({ read: 2, stored: 1, failed: 1, unreadableInputs: 1 });
      const store = ClaimsDb.open(db, { readonly: true });
      expect([...store.query('SELECT url, title FROM articles').rows]).toEqual([[`${base}/a`, 'Oil jumps']]);
      expect([...store.query('SELECT input, error FROM ingest_errors').rows]).toEqual([[`${base}/b`, `cannot fetch ${base}/b: HTTP 500 Internal Server Error`]]);
      store.close();
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });

  it('rejects bad options with a TypeError naming the option', async () => {
    await expect(ingest([], { db: path.join(dir, 'x.db'), config, workers: -1 })).rejects.toThrow(/ingest option workers must be an integer ≥ 0, got -1/);
  });
});
