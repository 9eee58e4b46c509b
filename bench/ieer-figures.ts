/**
 * Span precision/recall of the money and percentages extractors against the gold MONEY and
 * PERCENT spans of the NIST 1999 IE-ER newswire sample (../shared/corpora/
 * nist-ieer-1999-newswire; AP and NYT copy from 1998, NLTK's IEER format).
 *
 *   npx tsx bench/ieer-figures.ts [--verbose]
 *
 * Each DOC's headline and text are stripped of their tags; lines are joined (a line break
 * becomes a space, so offsets hold) and paragraphs start at the tab-indented lines. MONEY
 * is compared with `money`; PERCENT with `percentages` plus the `pp`/`bp` quantities (IEER
 * tags "3 basis points" as PERCENT). Two matchings are printed: exact spans, and lenient
 * (one span contains the other, one-to-one, as the project's scorer matches texts).
 *
 * Two conventions of the IEER guidelines differ from claimscan's contract and are mapped,
 * not counted as errors: a rate (`$250 a day`, `$1,300 a week`: money with `per`) is a
 * MEASURE in IEER, so it is compared with the MEASURE spans instead of MONEY; and IEER tags
 * the two ends of a range separately (`$30 million` to `$40 million`), so one range item
 * (`valueHigh`) matches both ends when it covers them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { money } from '../extractors/money.js';
import { percentages } from '../extractors/percentages.js';
import { quantities } from '../extractors/quantities.js';
import { extract } from '../pipeline/extract.js';
import type { Paragraph, Sentence } from '../pipeline/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, '..', 'shared', 'corpora', 'nist-ieer-1999-newswire');
const verbose = process.argv.includes('--verbose');

interface GoldSpan {
  type: string;
  start: number;
  end: number;
}
interface Doc {
  id: string;
  text: string;
  gold: GoldSpan[];
  paragraphs: Paragraph[];
}

const ENTITIES: Readonly<Record<string, string>> = { '&AMP;': '&', '&amp;': '&', '&LT;': '<', '&GT;': '>', '&lt;': '<', '&gt;': '>' };

/** Strips the inline tags of one DOC section, keeping the gold numex spans. */
function parseSection(raw: string, offset: number, gold: GoldSpan[]): string {
  let out = '';
  const open: { type: string; start: number }[] = [];
  const re = /<b_numex type="([A-Z]+)">|<e_numex>|<[be]_(?:enamex|timex)[^>]*>|&[A-Za-z]+;/g;
  let last = 0;
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    out += raw.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[0].startsWith('&')) out += ENTITIES[m[0]] ?? m[0];
    else if (m[1]) open.push({ type: m[1], start: offset + out.length });
    else if (m[0] === '<e_numex>') {
      const o = open.pop();
      if (o) gold.push({ type: o.type, start: o.start, end: offset + out.length });
    }
  }
  return out + raw.slice(last);
}

function loadDocs(): Doc[] {
  const docs: Doc[] = [];
  for (const file of readdirSync(DIR).filter((f) => /^(?:APW|NYT)_/.test(f)).sort()) {
    const raw = readFileSync(path.join(DIR, file), 'latin1');
    for (const m of raw.matchAll(/<DOC>([\s\S]*?)<\/DOC>/g)) {
      const body = m[1]!;
      const id = /<DOCNO>\s*(\S+)\s*<\/DOCNO>/.exec(body)?.[1] ?? '?';
      const gold: GoldSpan[] = [];
      const headline = /<HEADLINE>([\s\S]*?)<\/HEADLINE>/.exec(body)?.[1] ?? '';
      const textPart = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(body)?.[1] ?? '';
      let text = parseSection(headline.trim(), 0, gold);
      const paragraphs: Paragraph[] = [{ start: 0, end: text.length, duplicateOf: null }];
      text += '\n';
      const bodyText = parseSection(textPart, text.length, gold);
      const base = text.length;
      text += bodyText;
      // a paragraph starts at each tab-indented line
      const starts = [...bodyText.matchAll(/(?:^|\n)[ \t]*\t[ \t]*/g)].map((s) => base + s.index + s[0].length);
      if (!starts.length) starts.push(base);
      starts.forEach((s, i) => {
        const next = i + 1 < starts.length ? starts[i + 1]! : text.length;
        let end = next;
        while (end > s && /\s/.test(text[end - 1]!)) end--;
        if (end > s) paragraphs.push({ start: s, end, duplicateOf: null });
      });
      docs.push({ id, text: text.replace(/[\n\t]/g, ' '), gold, paragraphs });
    }
  }
  return docs;
}

/** Gold spans found and predictions that found one (a range may find two gold spans). */
interface Tally {
  gold: number;
  found: number;
  pred: number;
  correct: number;
}
const prf = (t: Tally) => {
  const p = t.correct / (t.pred || 1);
  const r = t.found / (t.gold || 1);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

interface Predicted {
  start: number;
  end: number;
  text: string;
  valueHigh?: number;
}

function match(gold: GoldSpan[], pred: Predicted[], lenient: boolean) {
  const used = new Set<number>();
  const rangeEnds = new Map<number, number>();
  let tp = 0;
  const missed: GoldSpan[] = [];
  const same = (p: Predicted, g: GoldSpan) =>
    lenient
      ? (p.start <= g.start && p.end >= g.end) || (g.start <= p.start && g.end >= p.end)
      : p.start === g.start && (p.end === g.end || (p.valueHigh !== undefined && g.end < p.end));
  for (const g of gold) {
    let i = pred.findIndex((p, k) => !used.has(k) && same(p, g));
    // the high end of a range already matched by its low end
    if (i < 0) {
      i = pred.findIndex((p, k) => used.has(k) && p.valueHigh !== undefined && (rangeEnds.get(k) ?? 0) < 2 && (lenient ? p.start <= g.start && p.end >= g.end : p.end === g.end));
      if (i >= 0) {
        rangeEnds.set(i, 2);
        tp++;
        continue;
      }
    }
    if (i >= 0) {
      used.add(i);
      rangeEnds.set(i, 1);
      tp++;
    } else missed.push(g);
  }
  const extra = pred.filter((_, k) => !used.has(k));
  return { tally: { gold: gold.length, found: tp, pred: pred.length, correct: used.size }, missed, extra };
}

const docs = loadDocs();
const totals: Record<string, { exact: Tally; lenient: Tally }> = {};
const notes: string[] = [];
let bytes = 0;
let ms = 0;
for (const doc of docs) {
  bytes += doc.text.length;
  const sentences: Sentence[] = doc.paragraphs.map((p, i) => ({ start: p.start, end: p.end, paragraph: i }));
  const t0 = performance.now();
  const mentions = extract({ text: doc.text, paragraphs: doc.paragraphs, sentences }, { id: doc.id, url: null, title: null, published: null, publisher: null, author: null }, [money, percentages, quantities]);
  ms += performance.now() - t0;
  const predicted: Record<string, Predicted[]> = {
    MONEY: mentions.money.filter((m) => !m.per),
    MEASURE: mentions.money.filter((m) => m.per),
    PERCENT: [...mentions.percentages, ...mentions.quantities.filter((q) => q.unit === 'pp' || q.unit === 'bp')].sort((a, b) => a.start - b.start),
  };
  for (const type of ['MONEY', 'PERCENT', 'MEASURE']) {
    // MEASURE also holds lengths, weights and the like: only its hits by rates are of interest
    const gold = doc.gold.filter((g) => g.type === type && (type !== 'MEASURE' || predicted.MEASURE!.some((p) => p.start < g.end && g.start < p.end)));
    const t = (totals[type] ??= { exact: { gold: 0, found: 0, pred: 0, correct: 0 }, lenient: { gold: 0, found: 0, pred: 0, correct: 0 } });
    for (const mode of ['exact', 'lenient'] as const) {
      const r = match(gold, predicted[type]!, mode === 'lenient');
      for (const k of ['gold', 'found', 'pred', 'correct'] as const) t[mode][k] += r.tally[k];
      if (verbose && type !== 'MEASURE') {
        for (const g of r.missed) notes.push(`${mode.padEnd(7)} ${type} missed  ${doc.id}: ${JSON.stringify(doc.text.slice(g.start, g.end))}  …${doc.text.slice(Math.max(0, g.start - 40), g.end + 30)}…`);
        for (const p of r.extra) notes.push(`${mode.padEnd(7)} ${type} extra   ${doc.id}: ${JSON.stringify(p.text)}  …${doc.text.slice(Math.max(0, p.start - 40), p.end + 30)}…`);
      }
    }
  }
}

if (verbose) console.log(notes.join('\n'), '\n');
console.log(`NIST IEER 1999 newswire: ${docs.length} documents, ${(bytes / 1024).toFixed(0)} KB, money+percentages+quantities ${ms.toFixed(0)} ms`);
console.log('type     match     gold found  pred  correct  precision  recall  f1');
for (const [type, t] of Object.entries(totals)) {
  for (const mode of ['exact', 'lenient'] as const) {
    const x = t[mode];
    if (type === 'MEASURE') {
      if (mode === 'lenient') console.log(`(rates: ${x.pred} money items with \`per\`, ${x.correct} of them on IEER MEASURE spans, compared there instead of MONEY)`);
      continue;
    }
    const { p, r, f } = prf(x);
    console.log(
      `${type.padEnd(8)} ${mode.padEnd(8)} ${String(x.gold).padStart(5)} ${String(x.found).padStart(5)} ${String(x.pred).padStart(5)}  ${String(x.correct).padStart(7)}  ${p.toFixed(3).padStart(9)}  ${r.toFixed(3).padStart(6)}  ${f.toFixed(3)}`,
    );
  }
}
