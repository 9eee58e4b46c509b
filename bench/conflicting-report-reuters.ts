/**
 * `conflicting-report` on Reuters-21578: the share of articles flagged when the whole dump
 * is ingested, and every flag beside its verdict in bench/conflicting-report-verdicts.jsonl
 * (read and judged by hand: is it the same thing stated differently?). A flag without a
 * verdict is listed as new, so a change in matching shows up here.
 *
 *   npx claimscan ingest --db reuters.db ../shared/corpora/reuters-21578/reuters-21578.jsonl.gz
 *   npx tsx bench/conflicting-report-reuters.ts reuters.db
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClaimsDb } from '../storage/db.js';

interface Verdict {
  record: string;
  figure: string;
  other: string;
  otherFigure: string;
  run: string;
  verdict: 'real disagreement' | 'false match';
  reason: string;
}

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error('usage: npx tsx bench/conflicting-report-reuters.ts reuters.db   (a database of the Reuters-21578 ingest)');
  process.exit(2);
}
const verdicts = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'conflicting-report-verdicts.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Verdict);
const key = (record: string, figure: string, other: string, otherFigure: string) => [record, figure, other, otherFigure].join('\u0000');
const byKey = new Map(verdicts.map((v) => [key(v.record, v.figure, v.other, v.otherFigure), v]));

const db = ClaimsDb.open(file, { readonly: true });
const rows = [...db.query(`SELECT a.record_id, f.text, f.related FROM flags f JOIN articles a ON a.id = f.article_id WHERE f.rule = 'conflicting-report' ORDER BY f.id`).rows] as [string, string, string][];
const [[articles, flagged]] = [...db.query(`SELECT (SELECT count(*) FROM articles), (SELECT count(DISTINCT article_id) FROM flags WHERE rule = 'conflicting-report')`).rows] as [[number, number]];
const recordOf = (id: number) => ([...db.query('SELECT record_id FROM articles WHERE id = :id', { id: BigInt(id) }).rows][0] as [string])[0];

let real = 0;
let judged = 0;
const unjudged: string[] = [];
for (const [record, figure, related] of rows) {
  for (const r of JSON.parse(related) as { article?: { id: number; figure: string } }[]) {
    if (!r.article) continue;
    const other = recordOf(r.article.id);
    // which of two stories is flagged depends on which was stored first: a pair is judged either way round
    const v = byKey.get(key(record, figure, other, r.article.figure)) ?? byKey.get(key(other, r.article.figure, record, figure));
    if (!v) {
      unjudged.push(`${record} \`${figure}\` vs ${other} \`${r.article.figure}\``);
      continue;
    }
    judged++;
    if (v.verdict === 'real disagreement') real++;
    console.log(`${v.verdict === 'real disagreement' ? 'REAL ' : 'false'}  ${record} \`${figure}\` vs ${other} \`${r.article.figure}\`: ${v.reason}`);
  }
}
db.close();
console.log(`\n${flagged} of ${articles} articles (${((100 * flagged) / articles).toFixed(2)}%) have a conflicting-report; ${rows.length} flags, ${judged} pairs judged: ${real} real disagreements, ${judged - real} false matches (precision ${judged ? ((100 * real) / judged).toFixed(0) : '-'}%)`);
if (unjudged.length) console.log(`not yet judged (${unjudged.length}):\n  ${unjudged.join('\n  ')}`);
