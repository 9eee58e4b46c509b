/**
 * Source-span precision and recall of the `sources` extractor on the PolNeAR test split
 * (../shared/corpora/polnear-attribution/test: 84 political news articles, BRAT standoff with
 * Source spans). Run: `npx tsx bench/polnear.ts [--split test|dev|train] [--verbose N]`.
 *
 * PolNeAR offsets count Unicode code points; they are converted to UTF-16 indexes before they
 * are compared with ours. Each article is scored against one annotator (the first .ann file
 * by name). A predicted span matches a gold Source span when they overlap (lenient) or have
 * the same boundaries (exact, after dropping a leading "the"). Gold sources are every
 * annotated Source, pronouns ("he", "who") and vague ones ("officials") included, so the run
 * also reports recall on named sources alone (gold spans holding a capitalised word that is
 * not a pronoun).
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { findSources } from '../extractors/sources.js';
import type { Source } from '../pipeline/types.js';
import { PROJECT_ROOT } from '../pipeline/version.js';
import { loadPolnear, type Gold, type Span } from './polnear-corpus.js';

const ROOT = PROJECT_ROOT;
const args = process.argv.slice(2);
const split = args[args.indexOf('--split') + 1] && args.includes('--split') ? args[args.indexOf('--split') + 1]! : 'test';
const verbose = args.includes('--verbose') ? Number(args[args.indexOf('--verbose') + 1] ?? 20) : 0;
const DIR = path.resolve(ROOT, '..', 'shared', 'corpora', 'polnear-attribution', split);

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const trimThe = (text: string, s: Span): Span => {
  const m = /^(?:the|a|an)\s+/i.exec(text.slice(s.start, s.end));
  return m ? { start: s.start + m[0].length, end: s.end } : s;
};

interface Tally {
  preds: number;
  predHit: number;
  predExact: number;
  gold: number;
  goldHit: number;
  namedGold: number;
  namedGoldHit: number;
}
const tally = (): Tally => ({ preds: 0, predHit: 0, predExact: 0, gold: 0, goldHit: 0, namedGold: 0, namedGoldHit: 0 });

function score(t: Tally, text: string, preds: readonly Source[], gold: Gold[], misses?: string[], extras?: string[]) {
  t.preds += preds.length;
  t.gold += gold.length;
  for (const p of preds) {
    const g = gold.find((frags) => frags.some((f) => overlaps(f, p)));
    if (g) {
      t.predHit++;
      const a = trimThe(text, p);
      const b = trimThe(text, { start: g[0]!.start, end: g.at(-1)!.end });
      if (a.start === b.start && a.end === b.end) t.predExact++;
    } else extras?.push(`${p.vague ? 'V ' : ''}${p.text} [${p.cue}]`);
  }
  for (const frags of gold) {
    const hit = preds.some((p) => frags.some((f) => overlaps(f, p)));
    const g = frags.map((f) => text.slice(f.start, f.end)).join(' … ');
    const named = /\p{Lu}/u.test(g) && !/^(?:he|she|they|it|i|we|you|who|which|that|his|her|their)$/i.test(g.trim());
    if (hit) t.goldHit++;
    else misses?.push(`${g} [${frags.cue ?? '?'}]`);
    if (named) {
      t.namedGold++;
      if (hit) t.namedGoldHit++;
    }
  }
}

function line(label: string, t: Tally) {
  const p = t.predHit / t.preds;
  const r = t.goldHit / t.gold;
  const f = (2 * p * r) / (p + r);
  const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
  console.log(
    `${label.padEnd(34)} preds ${String(t.preds).padStart(5)}  gold ${String(t.gold).padStart(5)}  P ${pct(p)}  R ${pct(r)}  F1 ${pct(f)}  exact-P ${pct(t.predExact / t.preds)}  named-R ${pct(t.namedGoldHit / t.namedGold)}`,
  );
}

function main() {
  if (!existsSync(DIR)) {
    console.log(`skipping: ${path.relative(ROOT, DIR)} is not present`);
    return;
  }
  const named = tally();
  const all = tally();
  const withPronouns = tally();
  const misses: string[] = [];
  const extras: string[] = [];
  const runs = loadPolnear(DIR, { withEntities: true });
  const bytes = runs.reduce((n, r) => n + Buffer.byteLength(r.text), 0);
  // Throughput of the extractor alone: a warm-up pass, then the best of three timed passes
  // (the machine is shared; the load average is printed beside the figure).
  for (const r of runs) findSources(r.context);
  let best = Infinity;
  for (let pass = 0; pass < 3; pass++) {
    const t0 = performance.now();
    for (const r of runs) findSources(r.context);
    best = Math.min(best, performance.now() - t0);
  }
  for (const { text, gold, context } of runs) {
    const found = findSources(context);
    const loose = findSources(context, { keepUnresolved: true });
    score(named, text, found.filter((s) => !s.vague), gold);
    score(all, text, found, gold, misses, extras);
    score(withPronouns, text, loose, gold);
  }
  console.log(
    `PolNeAR ${split} split: ${runs.length} articles, ${(bytes / 1e6).toFixed(2)} MB; sources extractor ${(bytes / 1e6 / (best / 1000)).toFixed(2)} MB/s (best of 3, load average ${loadavg()[0]!.toFixed(1)})`,
  );
  line('named sources (report, vague off)', named);
  line('all sources (named + vague)', all);
  line('+ unresolved pronouns/anaphors', withPronouns);
  console.log('P/R/F1: overlap with a gold Source span; exact-P: same boundaries (leading "the" ignored);');
  console.log('named-R: recall on gold spans holding a capitalised word (not pronouns).');
  if (verbose) {
    console.log(`\nmissed gold (first ${verbose}):`);
    for (const m of misses.slice(0, verbose)) console.log('  -', m);
    console.log(`\npredictions with no gold (first ${verbose}):`);
    for (const x of extras.slice(0, verbose)) console.log('  +', x);
  }
}

main();
