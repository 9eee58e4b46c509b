/**
 * Who the `sources` extractor names on real wire copy: runs the extractors over the Reuters-21578
 * dump (../shared/corpora/reuters-21578, research use, read at run time) and counts the named
 * sources that are not sources at all because the text sends information TO them: a recipient
 * ("told Reuters", "told the Securities and Exchange Commission", "in an interview with X") or
 * the regulator a filing went to ("said in a filing with the SEC"). It also prints a sample of
 * named sources, drawn at random with a fixed seed, for judging by hand.
 *
 *   npx tsx bench/sources-reuters.ts [--limit N] [--sample N] [--seed N] [--verbose] [--list]
 *
 * `--list` prints every source (id, offset, name, vague, cue) for diffing two versions.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extract } from '../pipeline/extract.js';
import { segment } from '../pipeline/segment.js';
import { PROJECT_ROOT } from '../pipeline/version.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const limit = opt('--limit', Infinity);
const sampleSize = opt('--sample', 0);
const seed = opt('--seed', 21578);
const verbose = args.includes('--verbose');
const list = args.includes('--list');
const DUMP = path.resolve(PROJECT_ROOT, '..', 'shared', 'corpora', 'reuters-21578', 'reuters-21578.jsonl.gz');

if (!existsSync(DUMP)) {
  console.error(`skipping: ${path.relative(process.cwd(), DUMP)} is not present`);
  process.exit(0);
}

/** Text right before a source that makes it the receiver of the information. */
const RECIPIENT = /\b(?:told|telling|tell|tells|informed|notified|advised|assured|wrote\s+to|said\s+to|in\s+(?:an?\s+)?(?:interview|conversation|meeting)s?\s+with|(?:filing|filings|filed|statement|report|application|submission|letter|document|documents|registration)\s+(?:\w+\s+){0,2}?(?:with|to))\s+(?:the\s+)?$/i;

let articles = 0;
let named = 0;
let recipients = 0;
let vague = 0;
const byName = new Map<string, number>();
const examples: string[] = [];
const pool: string[] = [];
const started = process.hrtime.bigint();
let bytes = 0;
for (const line of gunzipSync(readFileSync(DUMP)).toString('utf8').split('\n')) {
  if (!line.trim() || articles >= limit) continue;
  const record = JSON.parse(line) as { id: string; text?: string; published?: string };
  if (!record.text) continue;
  articles++;
  bytes += record.text.length;
  const article = segment(record.text.split('\n'));
  const mentions = extract(article, { id: record.id, url: null, title: null, published: record.published ?? null, publisher: 'Reuters', author: null });
  for (const s of mentions.sources) {
    if (list) console.log(`${record.id}\t${s.start}\t${s.vague ? 'V' : 'N'}\t${s.name}\t${s.cue}\t${article.text.slice(Math.max(0, s.start - 50), s.end + 30).replace(/\s+/g, ' ')}`);
    if (s.vague) {
      vague++;
      continue;
    }
    named++;
    const before = article.text.slice(Math.max(0, s.start - 60), s.start);
    const sentence = article.sentences.find((x) => x.start <= s.start && s.end <= x.end);
    const context = sentence ? article.text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ') : s.text;
    if (RECIPIENT.test(before)) {
      recipients++;
      byName.set(s.name, (byName.get(s.name) ?? 0) + 1);
      if (verbose && examples.length < 40) examples.push(`  ${s.name} ← ${JSON.stringify(s.text)} [${s.cue}]: ${context.slice(0, 200)}`);
    }
    if (sampleSize) pool.push(`${record.id}\t${s.name}\t${s.kind}\t${s.cue}\t${context.slice(0, 240)}`);
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`Reuters-21578: ${articles} articles, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s (whole pipeline of extractors)`);
console.log(`named sources ${named}, vague ${vague}; named sources that receive the information (recipients, filing venues): ${recipients} (${((100 * recipients) / Math.max(1, named)).toFixed(2)}%)`);
const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 12);
if (top.length) console.log(`  most often: ${top.map(([n, c]) => `${n} ${c}`).join(', ')}`);
for (const e of examples) console.log(e);
if (sampleSize) {
  // a fixed-seed shuffle (mulberry32) so that the sample is the same on every run
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  console.log(`sample of ${Math.min(sampleSize, pool.length)} named sources (seed ${seed}): id, name, kind, cue, sentence`);
  for (const row of pool.slice(0, sampleSize)) console.log(row);
}
