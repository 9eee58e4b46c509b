/**
 * Micro-benchmark of the figure extractors (money, percentages, quantities) over the
 * Reuters-21578 dump (19,043 stories): CPU time per article and throughput of each, on one
 * core, after a warm-up pass. Articles are segmented beforehand (not timed). CPU time
 * (`process.cpuUsage`) rather than wall time, so that other work on a shared machine does
 * not count.
 *
 *   npx tsx bench/figures-speed.ts [--limit N]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import type { ExtractContext, Extractor, LiveParagraph } from '../extractors/extractor.js';
import { money } from '../extractors/money.js';
import { percentages } from '../extractors/percentages.js';
import { quantities } from '../extractors/quantities.js';
import { segment } from '../pipeline/segment.js';
import type { MentionKind, Mentions } from '../pipeline/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DUMP = path.resolve(ROOT, '..', 'shared', 'corpora', 'reuters-21578', 'reuters-21578.jsonl.gz');
const args = process.argv.slice(2);
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;

if (!existsSync(DUMP)) {
  console.error(`skipping: ${path.relative(process.cwd(), DUMP)} is not present`);
  process.exit(2);
}

const META = { id: null, url: null, title: null, published: null, publisher: null, author: null };
const contexts: ExtractContext[] = [];
let bytes = 0;
for (const line of zlib.gunzipSync(readFileSync(DUMP)).toString('utf8').split('\n')) {
  if (!line.trim() || contexts.length >= limit) continue;
  const record = JSON.parse(line) as { text?: string };
  const article = segment((record.text ?? '').split('\n').filter((p) => p.trim()));
  const paragraphs: LiveParagraph[] = article.paragraphs.map((p, index) => ({ ...p, index, text: article.text.slice(p.start, p.end) }));
  bytes += Buffer.byteLength(article.text);
  contexts.push({ text: article.text, paragraphs, sentences: article.sentences, meta: META, mentions: {} });
}

const EXTRACTORS: Extractor<MentionKind>[] = [money, percentages, quantities];
const totals = new Map<string, number>();
const counts = new Map<string, number>();
for (const pass of [0, 1]) {
  for (const context of contexts) {
    const mentions: Partial<Mentions> = {};
    for (const extractor of EXTRACTORS) {
      const t0 = process.cpuUsage();
      const found = extractor.extract({ ...context, mentions });
      const used = process.cpuUsage(t0);
      const ns = (used.user + used.system) * 1000;
      (mentions as Record<string, unknown>)[extractor.kind] = found;
      if (pass === 1) {
        totals.set(extractor.id, (totals.get(extractor.id) ?? 0) + ns);
        counts.set(extractor.id, (counts.get(extractor.id) ?? 0) + found.length);
      }
    }
  }
}

const mb = bytes / 1e6;
console.log(`Reuters-21578: ${contexts.length} articles, ${mb.toFixed(1)} MB of text (segmented beforehand, not timed)`);
console.log('extractor     items    total ms   µs/article   MB/s');
let all = 0;
for (const extractor of EXTRACTORS) {
  const ns = totals.get(extractor.id)!;
  all += ns;
  console.log(
    `${extractor.id.padEnd(12)} ${String(counts.get(extractor.id)).padStart(6)}  ${(ns / 1e6).toFixed(0).padStart(9)}   ${(ns / 1e3 / contexts.length).toFixed(1).padStart(10)}  ${(mb / (ns / 1e9)).toFixed(1).padStart(5)}`,
  );
}
console.log(`${'all three'.padEnd(12)} ${''.padStart(6)}  ${(all / 1e6).toFixed(0).padStart(9)}   ${(all / 1e3 / contexts.length).toFixed(1).padStart(10)}  ${(mb / (all / 1e9)).toFixed(1).padStart(5)}`);
