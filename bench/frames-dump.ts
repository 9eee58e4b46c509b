/**
 * Prints the claim frames of articles, sentence by sentence: for reading what the frame
 * builder makes of a text. `npx tsx bench/frames-dump.ts FILE.json|FILE.jsonl [ID…]`
 */
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../pipeline/analyze.js';
import type { ArticleRecord } from '../pipeline/types.js';

const [file, ...ids] = process.argv.slice(2);
if (!file) throw new Error('usage: frames-dump FILE.json|FILE.jsonl [ID…]');
const raw = readFileSync(file, 'utf8');
const records: ArticleRecord[] = file.endsWith('.jsonl')
  ? raw.split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((r) => (r.article ? { ...r.article, id: r.id } : r))
  : [JSON.parse(raw)];
const analyze = createAnalyzer();
for (const record of records) {
  if (ids.length && !ids.includes(String(record.id))) continue;
  const report = analyze(record, { input: file });
  console.log(`\n=== ${record.id ?? ''} ${record.title ?? ''} (${record.published ?? ''})`);
  for (const claim of report.claims) {
    console.log(`\n  ${report.text.slice(claim.start, claim.end).slice(0, 160)}`);
    for (const f of claim.frames ?? []) {
      const [kind, index] = f.figure.split(':');
      const m = (report as unknown as Record<string, { text: string }[]>)[kind!]![Number(index)]!;
      console.log(`    ${m.text.padEnd(22)} ${f.role.padEnd(10)} ${(f.mode ?? '').padEnd(8)} subj=${f.subject ?? '-'} | ${f.measure ?? '-'} | t=${f.time ?? '-'} | ${(f.qualifiers ?? []).join(',')}`);
    }
  }
  for (const flag of report.flags) console.log(`  FLAG ${flag.rule}: ${flag.message}`);
}
