/**
 * Speed of the clean stage alone on real pages: milliseconds per page for `clean()` of an
 * HTML record (parse, metadata, body choice and its fallbacks, plain-text boilerplate
 * rules), over the 181 Zyte benchmark pages, the 129 Readability test pages and the 711
 * WCXB article pages, after a warm-up pass. Wall time and CPU time (user + system) per
 * page: on a shared machine the CPU time is the steadier of the two.
 *
 *   npx tsx bench/html-speed.ts [--runs N]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { clean } from '../pipeline/clean.js';
import { PROJECT_ROOT } from '../pipeline/version.js';

const CORPORA = path.resolve(PROJECT_ROOT, '../shared/corpora');
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg >= 0 ? Number(process.argv[runsArg + 1]) : 3;

function zytePages(): string[] {
  const dir = path.join(CORPORA, 'zyte-article-extraction-benchmark', 'html');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => gunzipSync(readFileSync(path.join(dir, f))).toString('utf8'));
}

function wcxbPages(): string[] {
  const dir = path.join(CORPORA, 'wcxb-articles', 'html');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => gunzipSync(readFileSync(path.join(dir, f))).toString('utf8'));
}

function readabilityPages(): string[] {
  const dir = path.join(CORPORA, 'mozilla-readability-test-pages');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(path.join(dir, d, 'source.html')))
    .sort()
    .map((d) => readFileSync(path.join(dir, d, 'source.html'), 'utf8'));
}

function measure(name: string, pages: string[]): void {
  if (!pages.length) {
    console.log(`${name}: skipped (corpus not present)`);
    return;
  }
  for (const html of pages) clean({ html });
  const times: number[] = [];
  let cpu = 0;
  for (let run = 0; run < runs; run++) {
    for (const html of pages) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      clean({ html });
      times.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu += (c.user + c.system) / 1000;
    }
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const mb = pages.reduce((a, p) => a + p.length, 0) / pages.length / 1e6;
  console.log(
    `${name.padEnd(22)} ${String(pages.length).padStart(4)} pages  (${mb.toFixed(2)} MB avg)  mean ${mean.toFixed(2)} ms  median ${at(0.5).toFixed(2)}  p95 ${at(0.95).toFixed(2)}  max ${at(1).toFixed(2)} ms/page  cpu ${(cpu / times.length).toFixed(2)} ms/page`,
  );
}

measure('zyte benchmark', zytePages());
measure('readability test pages', readabilityPages());
measure('wcxb article pages', wcxbPages());
