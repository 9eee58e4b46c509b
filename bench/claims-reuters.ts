/**
 * What the claims of real wire copy are about: runs the analyzer over Reuters-21578 and prints
 * how many claims have a subject, measure and time, the most frequent subjects, and how often
 * the subject is a venue or a speaker rather than what the figure is about ("told the
 * Securities and Exchange Commission", "told Reuters").
 *
 *   npx tsx bench/claims-reuters.ts [--limit N] [--sample N --seed S --out FILE]
 *
 * `--sample N` also writes N claims drawn with a seeded generator (headline, sentence, subject,
 * measure, time and the end of its period) as JSON Lines, for judging by hand
 * (bench/claims-verdicts.jsonl for seed 11, bench/claims-verdicts-2.jsonl for seed 12).
 * Reads ../shared/corpora/reuters-21578/reuters-21578.jsonl.gz (all 19,043 stories, a few
 * minutes); exits 2 when it is absent.
 */
import { createReadStream, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { createAnalyzer } from '../pipeline/analyze.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DUMP = path.resolve(ROOT, '..', 'shared', 'corpora', 'reuters-21578', 'reuters-21578.jsonl.gz');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const limit = Number(arg('--limit') ?? Infinity);
const sampleSize = Number(arg('--sample') ?? 0);
const seed = Number(arg('--seed') ?? 1);
const outFile = arg('--out') ?? path.join(ROOT, 'bench', 'claims-sample.jsonl');

if (!existsSync(DUMP)) {
  console.error(`claims-reuters: ${DUMP} is absent`);
  process.exit(2);
}

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
function random(s: number): () => number {
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const analyze = createAnalyzer();
const counts = { articles: 0, claims: 0, subject: 0, measure: 0, time: 0, sec: 0, reuters: 0, things: 0 };
const subjects = new Map<string, number>();
const THINGS = /^(?:gold|silver|copper|oil|Brent|WTI|crude|natural gas|wheat|corn|soybeans|sugar|coffee|cocoa|cotton|euro|dollar|yen|sterling|pound|payrolls|CPI|inflation|GDP|.*\/.*)$/i;
const pool: Record<string, unknown>[] = [];
const started = Date.now();
const lines = readline.createInterface({ input: createReadStream(DUMP).pipe(zlib.createGunzip()), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  if (counts.articles >= limit) break;
  const record = JSON.parse(line) as { id?: string; title?: string; text?: string };
  const report = analyze(record as never, { input: 'reuters' });
  counts.articles++;
  for (const claim of report.claims) {
    counts.claims++;
    if (claim.subject) {
      counts.subject++;
      subjects.set(claim.subject, (subjects.get(claim.subject) ?? 0) + 1);
      if (/securities and exchange commission|^sec$/i.test(claim.subject)) counts.sec++;
      if (/^reuters$/i.test(claim.subject)) counts.reuters++;
      if (THINGS.test(claim.subject)) counts.things++;
    }
    if (claim.measure) counts.measure++;
    if (claim.time) counts.time++;
    if (sampleSize) {
      const sentence = report.sentences.find((s) => s.start <= claim.start && claim.end <= s.end) ?? claim;
      pool.push({ article: record.id, title: record.title, sentence: report.text.slice(sentence.start, sentence.end), claim: report.text.slice(claim.start, claim.end), subject: claim.subject, measure: claim.measure, time: claim.time, ...(claim.timeEnd ? { timeEnd: claim.timeEnd } : {}), published: report.article.published });
    }
  }
}
const pct = (n: number) => `${((100 * n) / Math.max(1, counts.claims)).toFixed(1)}%`;
console.log(`articles ${counts.articles}, claims ${counts.claims}, ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`with a subject ${counts.subject} (${pct(counts.subject)}), a measure ${counts.measure} (${pct(counts.measure)}), a time ${counts.time} (${pct(counts.time)})`);
console.log(`subject "Securities and Exchange Commission"/"SEC": ${counts.sec}; "Reuters": ${counts.reuters}; a commodity, currency or macro series: ${counts.things}`);
console.log('most frequent subjects:');
for (const [s, n] of [...subjects].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${String(n).padStart(6)}  ${s}`);
if (sampleSize) {
  const next = random(seed);
  const chosen: Record<string, unknown>[] = [];
  const copy = [...pool];
  while (chosen.length < sampleSize && copy.length) chosen.push(copy.splice(Math.floor(next() * copy.length), 1)[0]!);
  writeFileSync(outFile, chosen.map((c) => JSON.stringify(c)).join('\n') + '\n');
  console.log(`${chosen.length} claims (seed ${seed}) written to ${outFile}`);
}
