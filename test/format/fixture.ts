/**
 * Hand-built reports for the formatter tests: figures, sources, claims and flags that the
 * extractors may not produce yet, placed by quoting the text they cover.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { loadInputs } from '../../pipeline/load.js';
import type { Report, Span, TextSpan } from '../../pipeline/types.js';
import { ROOT, SHARED } from '../helpers.js';

/** The span of the `nth` occurrence of `needle` in `text` (throws when absent, so a fixture typo fails loudly). */
export function find(text: string, needle: string, nth = 0, from = 0): TextSpan {
  let at = from - 1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: \`${needle}\` (occurrence ${nth}) is not in the text`);
  }
  return { start: at, end: at + needle.length, text: needle };
}

/** A report for `paragraphs` (joined with line breaks), sentences split after . ! ?, every list empty. */
export function emptyReport(paragraphs: readonly string[], input = 'fixture.txt'): Report {
  const text = paragraphs.join('\n');
  const paras: Report['paragraphs'] = [];
  const sentences: Report['sentences'] = [];
  let at = 0;
  paragraphs.forEach((p, i) => {
    paras.push({ start: at, end: at + p.length, duplicateOf: null });
    // A sentence ends at . ! or ? before a space or the paragraph's end (so `$1.2` stays whole).
    const re = /\S[\s\S]*?(?:[.!?](?=\s|$)|$)/g;
    for (let m = re.exec(p); m && m[0]; m = re.exec(p)) sentences.push({ start: at + m.index, end: at + m.index + m[0].length, paragraph: i });
    at += p.length + 1;
  });
  return {
    schema: 'claimscan/report@1',
    input,
    article: { id: null, url: null, title: 'Fixture article', published: '2025-06-02', publisher: 'Fixture Wire', contentHash: '0'.repeat(64) },
    text,
    paragraphs: paras,
    sentences,
    money: [],
    percentages: [],
    quantities: [],
    timestamps: [],
    entities: [],
    sources: [],
    claims: [],
    flags: [],
  };
}

export const sentenceOf = (report: Report, offset: number): Span => report.sentences.find((s) => s.start <= offset && offset < s.end)!;

/**
 * An article with every kind of mention, nesting and crossing spans (an entity inside a
 * source; a source that runs from one claim into the next sentence), a duplicate paragraph,
 * removed boilerplate, and flags of each severity with related locations.
 */
export function richReport(): Report {
  const paragraphs = [
    'Spot bitcoin funds took in $1.2 billion last week, according to CoinShares, the most since March.',
    'Ether products lost $200 million, analysts say, a 12% drop in assets under management. The outflows hit 3,400 accounts on June 2, 2025, at 9:30 AM EST.',
    'BlackRock said its iShares Bitcoin Trust held 620,000 BTC, up 2.5 pp from May.',
    'Spot bitcoin funds took in $1.2 billion last week, according to CoinShares, the most since March.',
  ];
  const r = emptyReport(paragraphs);
  const t = r.text;
  r.paragraphs[3]!.duplicateOf = 0;
  r.paragraphs[3]!.similarity = 1;
  r.money.push(
    { ...find(t, '$1.2 billion'), value: 1.2e9, currency: 'USD', approximate: false, direction: 'inflow' },
    { ...find(t, '$200 million'), value: 2e8, currency: 'USD', approximate: false, direction: 'outflow' },
  );
  r.percentages.push({ ...find(t, '12%'), value: 12 });
  r.quantities.push(
    { ...find(t, '3,400 accounts'), value: 3400, unit: 'accounts' },
    { ...find(t, '620,000 BTC'), value: 620000, unit: 'BTC' },
    { ...find(t, '2.5 pp'), value: 2.5, unit: 'pp' },
  );
  r.timestamps.push(
    { ...find(t, 'last week'), value: '2025-W22', relative: true },
    { ...find(t, 'June 2, 2025, at 9:30 AM EST'), value: '2025-06-02T09:30-05:00', zone: 'EST' },
    { ...find(t, 'May'), value: '2025-05' },
  );
  r.entities.push(
    { ...find(t, 'CoinShares'), type: 'ORG', canonical: 'CoinShares' },
    { ...find(t, 'BlackRock'), type: 'ORG', canonical: 'BlackRock' },
    { ...find(t, 'iShares Bitcoin Trust'), type: 'ASSET', canonical: 'iShares Bitcoin Trust', ticker: 'IBIT' },
    // Nested inside the entity above.
    { ...find(t, 'Bitcoin', 0, find(t, 'iShares').start), type: 'ASSET', canonical: 'Bitcoin' },
  );
  r.sources.push(
    { ...find(t, 'according to CoinShares'), name: 'CoinShares', kind: 'data provider', vague: false, cue: 'according to' },
    { ...find(t, 'analysts say'), name: 'analysts say', kind: 'unknown', vague: true },
    // Crosses the entity `iShares Bitcoin Trust` (starts before it, ends inside it).
    { ...find(t, 'BlackRock said its iShares'), name: 'BlackRock', kind: 'organisation', vague: false, cue: 'said' },
  );
  const s0 = r.sentences[0]!;
  const s1 = r.sentences[1]!;
  const s2 = r.sentences[2]!;
  const s3 = r.sentences[3]!;
  r.claims.push(
    { ...s0, figures: ['money:0'], subject: 'Bitcoin', measure: 'flow', time: '2025-W22', timeScope: 'sentence', sources: ['CoinShares'], sourceScope: 'sentence' },
    { ...s1, figures: ['money:1', 'percentages:0'], subject: 'Ether', measure: 'flow', time: null, sources: [], sourceScope: null, vagueSources: ['analysts say'] },
    { ...s2, figures: ['quantities:0'], subject: null, measure: 'accounts', time: '2025-06-02T09:30-05:00', sources: [], sourceScope: null },
    { ...s3, figures: ['quantities:1', 'quantities:2'], subject: 'iShares Bitcoin Trust', measure: 'holdings', time: '2025-05', sources: ['BlackRock'], sourceScope: 'sentence' },
  );
  r.flags.push(
    {
      rule: 'duplicate-paragraph',
      severity: 'warning',
      messageId: 'exact',
      message: 'Repeated paragraph `Spot bitcoin funds took in $1.2 billion…` (an exact copy of paragraph 1)',
      start: r.paragraphs[3]!.start,
      end: r.paragraphs[3]!.end,
      related: [{ start: r.paragraphs[0]!.start, end: r.paragraphs[0]!.end, message: 'first copy' }],
    },
    {
      rule: 'unsourced-claim',
      severity: 'error',
      message: 'Unsourced figure `$200 million` (a vague attribution names no source)',
      start: s1.start,
      end: s1.end,
      related: [],
    },
    {
      rule: 'timezone-mismatch',
      severity: 'info',
      message: 'EST in June: US Eastern time is EDT (UTC−4) then',
      start: r.timestamps[1]!.start,
      end: r.timestamps[1]!.end,
      related: [],
    },
    {
      rule: 'inconsistent-figure',
      severity: 'warning',
      message: 'Figure `620,000 BTC` disagrees with an earlier figure for the same thing',
      start: r.quantities[1]!.start,
      end: r.quantities[1]!.end,
      related: [{ start: r.quantities[0]!.start, end: r.quantities[0]!.end, message: 'first stated here' }],
    },
  );
  r.removed = [
    { text: 'Share this article', reason: 'ui-label' },
    { text: 'bitcoin, ETF, <flows>', reason: 'tag-list' },
  ];
  return r;
}

/** The corpus the real-report tests run on: the samples when present, else the shared seeds. */
export function realInputs(): string[] {
  const samples = path.join(ROOT, 'samples');
  if (existsSync(samples) && readdirSync(samples).some((f) => /\.(txt|md|html?|json|jsonl|ndjson)(\.gz)?$/.test(f))) return [samples];
  const seeds = path.join(SHARED, 'seeds');
  if (existsSync(seeds)) return [seeds];
  throw new Error('neither samples/ nor ../shared/seeds/ holds articles to format');
}

/** Reports for inputs, as `claimscan check` builds them. */
export async function reportsOf(inputs: readonly string[]): Promise<Report[]> {
  const analyze = createAnalyzer();
  const reports: Report[] = [];
  for await (const item of loadInputs(inputs)) {
    if (!item.ok) throw new Error(`cannot read ${item.origin.input}: ${item.error}`);
    reports.push(analyze(item.record, item.origin));
  }
  return reports;
}
