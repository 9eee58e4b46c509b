/**
 * What changed between two versions of an article: the figures (money, percentages,
 * quantities) that one version writes differently from the other. Pure.
 *
 * A figure is matched to its counterpart by its place: the sentence around it with every
 * figure blanked out (its "skeleton") and its position among that sentence's figures. So
 * "raised $1.2 billion" → "raised $1.1 billion" is a change, not one figure gone and another
 * new. Sentences reworded around a figure are matched by word overlap of their skeletons.
 */
import type { Report } from './types.js';

/** The figure kinds compared, as stored in `mentions.kind`. */
export type FigureKind = 'money' | 'percentage' | 'quantity';

/** A figure with the sentence it stands in. */
export interface FigureInContext {
  kind: FigureKind;
  /** The figure as written. */
  text: string;
  /** Offsets of the figure and of its sentence in the article text. */
  start: number;
  end: number;
  sentenceStart: number;
  sentence: string;
}

/** One figure that differs between two versions. */
export interface FigureChange {
  kind: FigureKind;
  /** As the previous version wrote it; null for a figure only the new version has. */
  before: string | null;
  /** As the new version writes it; null for a figure the new version dropped. */
  after: string | null;
  /** The sentence it stands in (the new version's; the previous one's for a dropped figure). */
  sentence: string;
}

/** How an article relates to its previous version (the report of a new version carries it). */
export interface Revision {
  /** Database id of the previous version. */
  previousArticleId: number;
  /** 2 for the first changed text, 3 for the next, … */
  version: number;
  /** The id (`id:…`) or URL (`url:…`) the two versions share. */
  identity: string;
  changedFigures: FigureChange[];
}

const LISTS: [keyof Pick<Report, 'money' | 'percentages' | 'quantities'>, FigureKind][] = [
  ['money', 'money'],
  ['percentages', 'percentage'],
  ['quantities', 'quantity'],
];

/** The figures of a report with their sentences. */
export function figuresOf(report: Pick<Report, 'text' | 'sentences' | 'money' | 'percentages' | 'quantities'>): FigureInContext[] {
  const starts = report.sentences.map((s) => s.start);
  const out: FigureInContext[] = [];
  for (const [list, kind] of LISTS) {
    for (const item of report[list]) {
      // The last sentence starting at or before the figure.
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= item.start) lo = mid;
        else hi = mid - 1;
      }
      const sentence = report.sentences[lo] ?? { start: 0, end: report.text.length };
      out.push({ kind, text: item.text, start: item.start, end: item.end, sentenceStart: sentence.start, sentence: report.text.slice(sentence.start, sentence.end) });
    }
  }
  return out;
}

interface Placed {
  figure: FigureInContext;
  key: string;
  words: Set<string>;
}

function place(figures: readonly FigureInContext[]): Placed[] {
  const bySentence = new Map<number, FigureInContext[]>();
  for (const f of figures) {
    const list = bySentence.get(f.sentenceStart) ?? [];
    list.push(f);
    bySentence.set(f.sentenceStart, list);
  }
  const placed: Placed[] = [];
  for (const list of bySentence.values()) {
    list.sort((a, b) => a.start - b.start);
    const sentence = list[0]!.sentence;
    const base = list[0]!.sentenceStart;
    let skeleton = '';
    let at = 0;
    for (const f of list) {
      const from = f.start - base;
      if (from < at) continue; // overlapping spans: keep the first
      skeleton += `${sentence.slice(at, from)}\u27e8${f.kind}\u27e9`;
      at = f.end - base;
    }
    skeleton += sentence.slice(at);
    skeleton = skeleton.replace(/\s+/g, ' ').trim();
    const words = new Set(skeleton.toLowerCase().split(/[^\p{L}\p{N}⟨⟩]+/u).filter(Boolean));
    list.forEach((figure, ordinal) => placed.push({ figure, key: `${skeleton}\u0001${ordinal}`, words }));
  }
  return placed;
}

const overlap = (a: Set<string>, b: Set<string>): number => {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
};

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** The figures that differ between `before` and `after`, in the order of the new text. */
export function diffFigures(before: readonly FigureInContext[], after: readonly FigureInContext[], minOverlap = 0.5): FigureChange[] {
  const old = place(before);
  const neu = place(after);
  const byKey = new Map<string, Placed[]>();
  for (const p of old) {
    const list = byKey.get(p.key) ?? [];
    list.push(p);
    byKey.set(p.key, list);
  }
  const pairs: [Placed | null, Placed | null][] = [];
  const unmatchedNew: Placed[] = [];
  for (const p of neu) {
    const match = byKey.get(p.key)?.shift();
    if (match) pairs.push([match, p]);
    else unmatchedNew.push(p);
  }
  const unmatchedOld = new Set([...byKey.values()].flat());
  // Reworded sentences: pair leftovers of one kind by the overlap of their skeletons.
  for (const p of unmatchedNew) {
    let best: Placed | null = null;
    let bestScore = minOverlap;
    for (const o of unmatchedOld) {
      if (o.figure.kind !== p.figure.kind) continue;
      const score = overlap(o.words, p.words);
      if (score >= bestScore) {
        best = o;
        bestScore = score;
      }
    }
    if (best) unmatchedOld.delete(best);
    pairs.push([best, p]);
  }
  for (const o of unmatchedOld) pairs.push([o, null]);
  const changes: FigureChange[] = [];
  for (const [o, n] of pairs) {
    if (o && n && same(o.figure.text, n.figure.text)) continue;
    changes.push({
      kind: (n ?? o)!.figure.kind,
      before: o?.figure.text ?? null,
      after: n?.figure.text ?? null,
      sentence: (n ?? o)!.figure.sentence,
    });
  }
  const position = (c: FigureChange) => after.find((f) => f.text === c.after && f.sentence === c.sentence)?.start ?? Number.MAX_SAFE_INTEGER;
  return changes.sort((a, b) => position(a) - position(b));
}
