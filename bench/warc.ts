/**
 * Memory of WARC ingest: `claimscan ingest` of a 2 GB synthetic WARC.gz against a 20 MB one,
 * each in a fresh process, peak RSS (`process.resourceUsage().maxRSS`) compared. The files are
 * shaped like a crawl: large non-HTML responses (video, random bytes that do not compress)
 * between small HTML articles, one article for ten large records, so the 2 GB file holds ~200
 * articles and the run measures streaming, not analysis.
 *
 *   npm run build && node dist/bench/warc.js [--big-mb 2048] [--small-mb 20] [--dir /tmp]
 *   (or: npx tsx bench/warc.ts …)
 *
 * Passes when the 2 GB run's peak RSS is within 50 MB of the 20 MB run's.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { syntheticRecords } from './warc-synth.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};

function videoRecord(n: number, size: number): Buffer {
  const uri = `https://cdn${n % 5}.example/media/clip-${n}.mp4`;
  const payload = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: video/mp4\r\nContent-Length: ${size}\r\n\r\n`), randomBytes(size)]);
  const head = `WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-${String(n).padStart(12, '0')}>\r\nWARC-Date: 2025-05-28T10:00:00Z\r\nWARC-Target-URI: ${uri}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${payload.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(head), payload, Buffer.from('\r\n\r\n')]);
}

/** Writes a WARC.gz of about `targetBytes`: ten ~1 MB video records, then one HTML article, and so on. */
async function writeBig(file: string, targetBytes: number): Promise<{ records: number; html: number }> {
  const out = createWriteStream(file);
  const html = syntheticRecords(Number.MAX_SAFE_INTEGER, 11, 6);
  html.next(); // warcinfo
  let written = 0;
  let records = 0;
  let articles = 0;
  for (let n = 0; written < targetBytes; n++) {
    let bytes: Buffer;
    if (n % 11 === 10) {
      let next = html.next().value!;
      while (next.meta.kind !== 'html') next = html.next().value!;
      bytes = gzipSync(next.bytes, { level: 1 });
      articles++;
    } else bytes = gzipSync(videoRecord(n, 768 * 1024 + (n % 7) * 65536), { level: 0 });
    written += bytes.length;
    records++;
    if (!out.write(bytes)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { records, html: articles };
}

async function child(file: string, db: string): Promise<void> {
  const [{ ingest }, { resolveConfig }] = await Promise.all([import('../pipeline/ingest.js'), import('../pipeline/config.js')]);
  const started = process.hrtime.bigint();
  const summary = await ingest([file], { db, config: resolveConfig({}, null), workers: 1 });
  process.stdout.write(
    JSON.stringify({ stored: summary.stored, failed: summary.failed, seconds: Number(process.hrtime.bigint() - started) / 1e9, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n',
  );
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return child(process.argv[3]!, process.argv[4]!);
  const dir = mkdtempSync(path.join(arg('--dir', os.tmpdir()), 'claimscan-warc-bench-'));
  const sizes = [Number(arg('--small-mb', '20')), Number(arg('--big-mb', '2048'))];
  const results: { mb: number; fileMB: number; records: number; html: number; stored: number; seconds: number; maxRssMB: number }[] = [];
  try {
    for (const mb of sizes) {
      const file = path.join(dir, `synthetic-${mb}mb.warc.gz`);
      const t0 = Date.now();
      const { records, html } = await writeBig(file, mb * 1024 * 1024);
      process.stderr.write(`wrote ${file} (${records} records, ${html} HTML) in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
      const run = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--child', file, path.join(dir, `bench-${mb}.db`)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      if (run.status !== 0) throw new Error(`ingest of ${file} failed: ${run.stderr}`);
      const measured = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
      results.push({ mb, fileMB: statSync(file).size / 1048576, records, html, ...measured });
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('| WARC.gz | records | HTML stored | ingest s | MB/s | peak RSS MB |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) console.log(`| ${r.fileMB.toFixed(0)} MB | ${r.records} | ${r.stored} | ${r.seconds.toFixed(1)} | ${(r.fileMB / r.seconds).toFixed(0)} | ${r.maxRssMB.toFixed(0)} |`);
  const growth = results[1]!.maxRssMB - results[0]!.maxRssMB;
  console.log(`peak RSS of the ${results[1]!.fileMB.toFixed(0)} MB file minus the ${results[0]!.fileMB.toFixed(0)} MB file: ${growth.toFixed(1)} MB (limit 50 MB): ${growth <= 50 ? 'pass' : 'FAIL'}`);
  if (growth > 50) process.exitCode = 1;
}

await main();
