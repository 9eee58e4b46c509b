/**
 * The entities extractor on FiNER-ORD (financial news NER, ../shared/corpora/
 * finer-ord-financial-news-ner, CC BY-NC 4.0, read at run time), beside compromise alone
 * (`people()`, `places()`, `organizations()`) in the same run.
 *
 * Each document's tokens are joined into text (no space before closing punctuation,
 * hyphenated words re-joined); predicted character spans are mapped back to token ranges;
 * a prediction counts when its type and its first and last token equal a gold entity's
 * (exact span). Types: PERSON → PER, PLACE → LOC, ORG and ASSET → ORG (FiNER-ORD tags
 * indices and listed companies as organisations).
 *
 *   npx tsx bench/finer-ord.ts [test|val|train] [--verbose]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { mentionsOf } from './datetime-specs.js';

const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared');
const split = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'test';
const verbose = process.argv.includes('--verbose');

type Label = 'PER' | 'LOC' | 'ORG';
interface Span {
  type: Label;
  first: number;
  last: number;
}
export interface FinerDoc {
  tokens: string[];
  text: string;
  starts: number[];
  ends: number[];
  gold: Span[];
}

const LABELS: Record<string, [Label, boolean]> = { '1': ['PER', true], '2': ['PER', false], '3': ['LOC', true], '4': ['LOC', false], '5': ['ORG', true], '6': ['ORG', false] };

/** Minimal CSV reader for `gold_label,gold_token,doc_idx,sent_idx` (quoted fields allowed). */
function readRows(file: string): string[][] {
  const rows: string[][] = [];
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    if (!line) continue;
    const fields: string[] = [];
    let i = 0;
    while (i <= line.length) {
      if (line[i] === '"') {
        let j = i + 1;
        let value = '';
        while (j < line.length) {
          if (line[j] === '"' && line[j + 1] === '"') {
            value += '"';
            j += 2;
          } else if (line[j] === '"') break;
          else value += line[j++];
        }
        fields.push(value);
        i = j + 2;
      } else {
        const j = line.indexOf(',', i);
        const end = j < 0 ? line.length : j;
        fields.push(line.slice(i, end));
        i = end + 1;
      }
    }
    rows.push(fields);
  }
  return rows;
}

const NO_SPACE_BEFORE = /^(?:[,.!?;:%)\]}]|['’](?:s|re|ve|ll|d|m|t)|n['’]t|['’])$/i;
const NO_SPACE_AFTER = /^[([{$#@“]$/;

export function loadFiner(file: string): FinerDoc[] {
  const byDoc = new Map<string, { token: string; label: string }[]>();
  for (const [label, token, doc] of readRows(file)) {
    if (token === undefined || doc === undefined) continue;
    const list = byDoc.get(doc) ?? [];
    list.push({ token, label: label! });
    byDoc.set(doc, list);
  }
  const docs: FinerDoc[] = [];
  for (const rows of byDoc.values()) {
    const tokens = rows.map((r) => r.token);
    const starts: number[] = [];
    const ends: number[] = [];
    let text = '';
    let quoteOpen = false;
    tokens.forEach((t, i) => {
      const previous = tokens[i - 1];
      let space = i > 0;
      if (NO_SPACE_BEFORE.test(t)) space = false;
      if (previous !== undefined && NO_SPACE_AFTER.test(previous)) space = false;
      if (t === '"') {
        if (quoteOpen) space = false;
        quoteOpen = !quoteOpen;
      } else if (previous === '"' && quoteOpen) space = false;
      // "state - backed", "Mercedes - Benz": a hyphenated word
      if (t === '-' && previous && /\w$/.test(previous) && /^\w/.test(tokens[i + 1] ?? '')) space = false;
      if (previous === '-' && tokens[i - 2] && /\w$/.test(tokens[i - 2]!) && /^\w/.test(t)) space = false;
      if (space) text += ' ';
      starts.push(text.length);
      text += t;
      ends.push(text.length);
    });
    const gold: Span[] = [];
    rows.forEach((r, i) => {
      const l = LABELS[r.label];
      if (!l) return;
      const [type, begins] = l;
      const open = gold[gold.length - 1];
      if (!begins && open && open.type === type && open.last === i - 1) open.last = i;
      else gold.push({ type, first: i, last: i });
    });
    docs.push({ tokens, text, starts, ends, gold });
  }
  return docs;
}

/** The token range a character span covers, or null. */
function tokenRange(doc: FinerDoc, start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (doc.ends[i]! > start && doc.starts[i]! < end) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? null : [first, last];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
const empty = (): Record<Label | 'ALL', Counts> => ({
  PER: { tp: 0, fp: 0, fn: 0 },
  LOC: { tp: 0, fp: 0, fn: 0 },
  ORG: { tp: 0, fp: 0, fn: 0 },
  ALL: { tp: 0, fp: 0, fn: 0 },
});

function score(doc: FinerDoc, predicted: Span[], counts: Record<Label | 'ALL', Counts>, log?: string[]): void {
  const key = (s: Span) => `${s.type}:${s.first}:${s.last}`;
  const gold = new Set(doc.gold.map(key));
  const seen = new Set<string>();
  for (const p of predicted) {
    const k = key(p);
    if (seen.has(k)) continue;
    seen.add(k);
    if (gold.has(k)) {
      counts[p.type].tp++;
      counts.ALL.tp++;
    } else {
      counts[p.type].fp++;
      counts.ALL.fp++;
      log?.push(`FP ${p.type} ${doc.tokens.slice(p.first, p.last + 1).join(' ')}`);
    }
  }
  for (const g of doc.gold) {
    if (!seen.has(key(g))) {
      counts[g.type].fn++;
      counts.ALL.fn++;
      log?.push(`FN ${g.type} ${doc.tokens.slice(g.first, g.last + 1).join(' ')}`);
    }
  }
}

const TYPE: Record<string, Label> = { PERSON: 'PER', PLACE: 'LOC', ORG: 'ORG', ASSET: 'ORG' };

function ours(doc: FinerDoc, assets: boolean): Span[] {
  const spans: Span[] = [];
  for (const e of mentionsOf([doc.text], null).entities) {
    if (e.type === 'ASSET' && !assets) continue;
    const r = tokenRange(doc, e.start, e.end);
    if (r) spans.push({ type: TYPE[e.type]!, first: r[0], last: r[1] });
  }
  return spans;
}

function compromiseAlone(doc: FinerDoc): Span[] {
  const spans: Span[] = [];
  const d = nlp(doc.text);
  const take = (view: { json(o: object): { offset: { start: number; length: number } }[] }, type: Label) => {
    for (const m of view.json({ offset: true })) {
      const r = tokenRange(doc, m.offset.start, m.offset.start + m.offset.length);
      if (r) spans.push({ type, first: r[0], last: r[1] });
    }
  };
  take(d.people() as never, 'PER');
  take(d.places() as never, 'LOC');
  take(d.organizations() as never, 'ORG');
  return spans;
}

function report(name: string, counts: Record<Label | 'ALL', Counts>, ms: number, chars: number): void {
  const f = (c: Counts) => {
    const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
    const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const all = f(counts.ALL);
  const per = (['PER', 'LOC', 'ORG'] as const).map((t) => `${t} ${f(counts[t]).f1.toFixed(3)}`).join('  ');
  console.log(`${name.padEnd(16)} P ${all.p.toFixed(3)}  R ${all.r.toFixed(3)}  F1 ${all.f1.toFixed(3)}   (${per})   ${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s`);
}

function main(): void {
  const file = path.join(SHARED, 'corpora', 'finer-ord-financial-news-ner', `${split}.csv`);
  if (!existsSync(file)) {
    console.log(`finer-ord-financial-news-ner/${split}.csv: not present, skipped`);
    return;
  }
  const docs = loadFiner(file);
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const goldCount = docs.reduce((n, d) => n + d.gold.length, 0);
  console.log(`FiNER-ORD ${split}: ${docs.length} documents, ${goldCount} gold entities, exact token-span match`);
  const log: string[] = [];
  const a = empty();
  let t0 = performance.now();
  for (const d of docs) score(d, ours(d, true), a, verbose ? log : undefined);
  report('claimscan', a, performance.now() - t0, chars);
  // FiNER-ORD has no asset type and leaves most indices and coins untagged: the same run with ASSET left out
  const c = empty();
  t0 = performance.now();
  for (const d of docs) score(d, ours(d, false), c);
  report('  ASSET unscored', c, performance.now() - t0, chars);
  const b = empty();
  t0 = performance.now();
  for (const d of docs) score(d, compromiseAlone(d), b);
  report('compromise alone', b, performance.now() - t0, chars);
  if (verbose) console.log(log.join('\n'));
}

main();
