/**
 * The desk's speed, measured on a real `claimscan serve` process over real HTTP on
 * 127.0.0.1 with a real SQLite file:
 *
 * - start-up: from spawning the process to its "desk at …" line (listening);
 * - a page: `GET /` (framework, CSRF cookie, the recent-checks query, rendering);
 * - an editor's check: `POST /check` of a pasted 800-word article (multipart form with its
 *   CSRF token, analysis, storing the article, rendering the report page), server warm;
 *   each check has its own title, so each one is a new article to store;
 * - the API: `POST /api/check` of the same record (analysis and the report JSON).
 *
 * The desk runs with a rate limit above the bench's request count (the default, 60 checks a
 * minute per client, would refuse most of them).
 *
 * The target (issue 15): a pasted 800-word article answers in under 300 ms, server warm.
 * The article: the first paragraphs of seed 000 (a real AI-drafted market article) up to
 * 800 words, read from ../shared/seeds (skipped with a message when absent).
 *
 *   npx tsx bench/serve.ts [--checks N]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../pipeline/version.js';

const SEED = path.resolve(PROJECT_ROOT, '../shared/seeds/000_cc48696f078fb7b8.txt');
const BIN = path.join(PROJECT_ROOT, 'pipeline', 'bin.js');
const checksArg = process.argv.indexOf('--checks');
const CHECKS = checksArg >= 0 ? Number(process.argv[checksArg + 1]) : 100;
const WARM_UP = 20;
const TARGET_MS = 300;

/** The first paragraphs of the seed's body, up to `words` words (whole paragraphs). */
function article(words: number): { title: string; text: string; words: number } {
  const [title, ...lines] = readFileSync(SEED, 'utf8').split('\n');
  const kept: string[] = [];
  let count = 0;
  for (const line of lines) {
    const n = line.split(/\s+/).filter(Boolean).length;
    if (count >= words) break;
    if (count + n > words && count > 0) {
      // Cut the last paragraph at a sentence end to land on the target.
      const sentences = line.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [line];
      let part = '';
      for (const s of sentences) {
        if (count + (part + s).split(/\s+/).filter(Boolean).length > words) break;
        part += s;
      }
      if (part) {
        kept.push(part.trim());
        count += part.split(/\s+/).filter(Boolean).length;
      }
      break;
    }
    kept.push(line);
    count += n;
  }
  return { title: title!.trim(), text: kept.join('\n'), words: count };
}

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1)!, n: sorted.length };
}
const fmt = (s: ReturnType<typeof stats>) => `median ${s.median.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, max ${s.max.toFixed(1)} ms (${s.n} requests)`;

async function main() {
  if (!existsSync(SEED)) {
    console.log(`skipped: ${SEED} is not present`);
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-bench-serve-'));
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--db', path.join(dir, 'bench.db'), '--rate-limit', String(10 * (WARM_UP + CHECKS))], { stdio: ['ignore', 'ignore', 'pipe'] });
  const base = await new Promise<string>((resolve, reject) => {
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      const url = /desk at (http:\/\/[^/\s]+)\//.exec(stderr)?.[1];
      if (url) resolve(url);
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  const startup = performance.now() - started;
  try {
    const piece = article(800);
    console.log(`article: ${piece.words} words of seed 000 (${piece.text.length} characters); checks: ${WARM_UP} warm-up + ${CHECKS} measured`);
    console.log(`start-up (spawn to listening, ${existsSync(path.join(PROJECT_ROOT, 'dist', '.built')) ? 'dist build if current, else tsx' : 'tsx'}): ${startup.toFixed(0)} ms`);

    const first = await fetch(`${base}/`);
    const cookie = first.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await first.text())![1]!;

    const pageTimes: number[] = [];
    for (let i = 0; i < WARM_UP + CHECKS; i++) {
      const t0 = performance.now();
      await (await fetch(`${base}/`, { headers: { cookie } })).text();
      if (i >= WARM_UP) pageTimes.push(performance.now() - t0);
    }

    const formTimes: number[] = [];
    for (let i = 0; i < WARM_UP + CHECKS; i++) {
      const form = new FormData();
      form.set('_csrf', csrf);
      form.set('mode', 'text');
      form.set('title', `${piece.title} (${i})`);
      form.set('published', '2025-05-28');
      form.set('text', piece.text);
      const t0 = performance.now();
      const response = await fetch(`${base}/check`, { method: 'POST', body: form, headers: { cookie } });
      const body = await response.text();
      if (response.status !== 200 || !body.includes('class="panel"')) throw new Error(`check ${i} answered ${response.status}`);
      if (i >= WARM_UP) formTimes.push(performance.now() - t0);
    }

    const apiTimes: number[] = [];
    const record = JSON.stringify({ title: piece.title, published: '2025-05-28', text: piece.text });
    for (let i = 0; i < WARM_UP + CHECKS; i++) {
      const t0 = performance.now();
      const response = await fetch(`${base}/api/check`, { method: 'POST', body: record, headers: { 'content-type': 'application/json' } });
      await response.text();
      if (response.status !== 200) throw new Error(`API check ${i} answered ${response.status}`);
      if (i >= WARM_UP) apiTimes.push(performance.now() - t0);
    }

    const form = stats(formTimes);
    console.log(`GET / (a page):                       ${fmt(stats(pageTimes))}`);
    console.log(`POST /check (pasted, stored, page):   ${fmt(form)}`);
    console.log(`POST /api/check (report JSON):        ${fmt(stats(apiTimes))}`);
    console.log(`target: a pasted 800-word article answers in under ${TARGET_MS} ms: ${form.p95 < TARGET_MS ? 'met' : 'NOT met'} (p95 ${form.p95.toFixed(1)} ms)`);
    process.exitCode = form.p95 < TARGET_MS ? 0 : 1;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
