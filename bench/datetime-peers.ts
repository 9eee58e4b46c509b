/**
 * The timestamps extractor against two peers, printed side by side:
 *
 * 1. Microsoft Recognizers-Text English DateTime specs (DateTimeModel.json): the pass rate
 *    on the in-scope cases (see OUT_OF_SCOPE in bench/datetime-specs.ts for what is out and
 *    why), including the negative cases (nothing to find).
 * 2. NIST IE-ER 1999 newswire: DATE and TIME span precision/recall/F1, exact and overlap.
 *
 *   npx tsx bench/datetime-peers.ts [--verbose]
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  f1,
  loadDateTimeModel,
  loadIeer,
  mentionsOf,
  outOfScope,
  runCase,
  spanScores,
  supportedInJavaScript,
} from './datetime-specs.js';

const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
const verbose = process.argv.includes('--verbose');
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function recognizers(): void {
  const dir = path.join(SHARED, 'corpora', 'recognizers-text-specs-english');
  if (!existsSync(dir)) return console.log('recognizers-text-specs-english: not present, skipped');
  const cases = loadDateTimeModel(dir);
  const supported = cases.filter(supportedInJavaScript);
  const byCategory = new Map<string, number>();
  let inScope = 0;
  let passed = 0;
  let negatives = 0;
  let negativesPassed = 0;
  const t0 = performance.now();
  for (const c of supported) {
    const category = outOfScope(c);
    if (category) {
      byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
      continue;
    }
    inScope++;
    const outcome = runCase(c);
    if (c.Results.length === 0) negatives++;
    if (outcome.pass) {
      passed++;
      if (c.Results.length === 0) negativesPassed++;
    } else if (verbose) {
      console.log(`  FAIL ${JSON.stringify(c.Input)} (ref ${c.Context?.ReferenceDateTime ?? '-'}): ${outcome.why}; got ${outcome.got.map((t) => `${t.text}=${t.value ?? '-'}${t.endValue ? '..' + t.endValue : ''}`).join(', ') || 'nothing'}`);
    }
  }
  const ms = performance.now() - t0;
  console.log('Recognizers-Text DateTimeModel (English)');
  console.log(`  cases ${cases.length}, supported by its JavaScript port ${supported.length}, in scope ${inScope} (${negatives} negative)`);
  console.log(`  out of scope: ${[...byCategory].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`  in-scope pass rate ${pct(passed / inScope)} (${passed}/${inScope}); negatives ${negativesPassed}/${negatives}; ${ms.toFixed(0)} ms`);
}

function ieer(): void {
  const dir = path.join(SHARED, 'corpora', 'nist-ieer-1999-newswire');
  if (!existsSync(dir)) return console.log('nist-ieer-1999-newswire: not present, skipped');
  const docs = loadIeer(dir);
  let gold = 0;
  let predicted = 0;
  let exact = 0;
  let overlap = 0;
  let chars = 0;
  // MUC-7 (whose conventions IE-ER follows) tags no relative phrase ("last year", "today"),
  // only absolute dates and weekdays: the second figure leaves our relative phrases out
  let absolutePredicted = 0;
  let absoluteExact = 0;
  let absoluteOverlap = 0;
  const t0 = performance.now();
  const misses: string[] = [];
  const extras: string[] = [];
  for (const doc of docs) {
    const text = doc.paragraphs.join('\n');
    chars += text.length;
    const got = mentionsOf(doc.paragraphs, doc.published).timestamps;
    const want = doc.gold.filter((g) => g.kind === 'timex' && (g.type === 'DATE' || g.type === 'TIME'));
    const s = spanScores(want, got);
    gold += s.gold;
    predicted += s.predicted;
    exact += s.exact;
    overlap += s.overlap;
    const absolute = got.filter((t) => !t.relative || /day\b/i.test(t.text));
    const a = spanScores(want, absolute);
    absolutePredicted += a.predicted;
    absoluteExact += a.exact;
    absoluteOverlap += a.overlap;
    if (verbose) {
      for (const g of want) if (!got.some((p) => p.start < g.end && g.start < p.end)) misses.push(g.text);
      for (const p of got) if (!want.some((g) => p.start < g.end && g.start < p.end)) extras.push(`${p.text}=${p.value ?? '-'}`);
    }
  }
  const ms = performance.now() - t0;
  const e = f1(exact, predicted, gold);
  const o = f1(overlap, predicted, gold);
  console.log('NIST IE-ER 1999 newswire, DATE+TIME spans');
  console.log(`  documents ${docs.length}, gold ${gold}, predicted ${predicted}`);
  console.log(`  exact span   P ${e.p.toFixed(3)}  R ${e.r.toFixed(3)}  F1 ${e.f1.toFixed(3)}`);
  console.log(`  overlap span P ${o.p.toFixed(3)}  R ${o.r.toFixed(3)}  F1 ${o.f1.toFixed(3)}`);
  const ae = f1(absoluteExact, absolutePredicted, gold);
  const ao = f1(absoluteOverlap, absolutePredicted, gold);
  console.log(`  without our relative phrases (MUC-7/IE-ER tag none), predicted ${absolutePredicted}:`);
  console.log(`  exact span   P ${ae.p.toFixed(3)}  R ${ae.r.toFixed(3)}  F1 ${ae.f1.toFixed(3)}`);
  console.log(`  overlap span P ${ao.p.toFixed(3)}  R ${ao.r.toFixed(3)}  F1 ${ao.f1.toFixed(3)}`);
  console.log(`  whole pipeline extract stage ${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s (${ms.toFixed(0)} ms)`);
  if (verbose) {
    console.log(`  missed: ${misses.join(' | ')}`);
    console.log(`  extra: ${extras.join(' | ')}`);
  }
}

recognizers();
ieer();
