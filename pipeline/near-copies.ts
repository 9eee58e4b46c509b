/**
 * Near-copies with a figure changed (CONTRACT.md, "Output"): a repeated paragraph is not
 * extracted, except where it states a figure that differs from the matching figure of its
 * first copy. Such a paragraph is a contradiction, not a repeat: the differing figure is
 * extracted into the report lists, and `inconsistent-figure` flags it against the first copy.
 *
 * Figures are matched by kind and order: the copy and its first copy are read by the figure
 * extractors side by side, and when both hold the same number of figures of a kind, the
 * n-th of the copy is compared with the n-th of the first copy (near-copies share their
 * wording, so their figures stand in the same order).
 */
import { EXTRACTORS, type LiveParagraph } from '../extractors/index.js';
import { intervalOf, overlaps, allFigures, sameNumber, type Figure } from './frames/figures.js';
import type { ArticleMeta, FigureKind, Mentions, Money, Percentage, Quantity, SegmentedArticle, Span } from './types.js';

/** A figure of a near-copy that differs from the same figure of the first copy. */
export interface ChangedFigure {
  kind: FigureKind;
  /** The figure in the copy (also added to the report lists). */
  copy: Span;
  /** The matching figure in the first copy. */
  original: Span;
  /** Index of the copy paragraph. */
  paragraph: number;
}

/** A number written in digits, not part of a word, a longer number, a fraction, a range or a date ("1/25", "14-16"). */
const PLAIN_NUMBER = /(?<![\p{L}\p{N}.,/-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\p{N}/-]|[.,]\d)/gu;
const YEAR = /^(?:19|20)\d\d$/;
/** A day beside its month. */
const DATE_PART = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

const FIGURE_EXTRACTORS = EXTRACTORS.filter((e) => e.kind === 'money' || e.kind === 'percentages' || e.kind === 'quantities');

/**
 * Finds the changed figures of near-copies and adds them to `mentions` (kept sorted).
 * Exact repeats are skipped. Pure apart from the lists it extends.
 */
export function changedFigures(article: SegmentedArticle, meta: ArticleMeta, mentions: Mentions): ChangedFigure[] {
  const out: ChangedFigure[] = [];
  article.paragraphs.forEach((p, index) => {
    if (p.duplicateOf === null || p.exact) return;
    const first = article.paragraphs[p.duplicateOf];
    if (!first) return;
    const original = read(article, meta, first, p.duplicateOf);
    const copy = read(article, meta, p, index);
    for (const kind of ['money', 'percentages', 'quantities'] as const) {
      const a = original.filter((f) => f.kind === kind);
      const b = copy.filter((f) => f.kind === kind);
      if (!a.length || a.length !== b.length) continue;
      a.forEach((fa, i) => {
        const fb = b[i]!;
        if (fa.unit !== fb.unit) return;
        // (a range changed at either end: "$1.72 billion to $1.88 billion" for "$1.82 billion to $1.88 billion")
        const ha = fa.mention.valueHigh;
        const hb = fb.mention.valueHigh;
        if (ha !== undefined || hb !== undefined) {
          if (sameNumber(fa.value, fb.value) && ha !== undefined && hb !== undefined && sameNumber(ha, hb)) return;
        } else if (overlaps(intervalOf(fa, { approximateTolerance: 0 }), intervalOf(fb, { approximateTolerance: 0 }))) return;
        (mentions[kind] as (Money | Percentage | Quantity)[]).push(fb.mention);
        out.push({ kind, copy: { start: fb.start, end: fb.end }, original: { start: fa.start, end: fa.end }, paragraph: index });
      });
    }
    // a number no extractor reads ("150 are in Ohio", "a ratio of 3.4"): the same count of numbers in both copies, in order
    const numbersOf = (q: Span) => [...article.text.slice(q.start, q.end).matchAll(PLAIN_NUMBER)].map((m) => ({ start: q.start + m.index!, end: q.start + m.index! + m[0].length, value: Number(m[0].replace(/,/g, '')) }));
    const na = numbersOf(first);
    const nb = numbersOf(p);
    if (na.length && na.length === nb.length) {
      na.forEach((a, i) => {
        const b = nb[i]!;
        if (a.value === b.value || !Number.isFinite(b.value)) return;
        // a year, a day of a month, a piece of a date, range or fraction ("April 1, 1992", "1/25", "14-16", "61-1/2") is no figure
        const around = (x: { start: number; end: number }) => article.text.slice(Math.max(0, x.start - 12), x.end + 12);
        if (YEAR.test(String(b.value)) || YEAR.test(String(a.value)) || DATE_PART.test(around(b)) || DATE_PART.test(around(a))) return;
        if ([...original, ...copy].some((f) => f.start < b.end && f.end > b.start) || out.some((c) => c.copy.start < b.end && c.copy.end > b.start)) return;
        const after = /^\s+([a-z][a-z-]+)/.exec(article.text.slice(b.end, b.end + 30))?.[1];
        const unit = after && !/^(?:in|on|at|to|for|from|by|of|and|or|but|the|a|an|as|with|than|after|before|since|per|is|was|were|are|that|which)$/.test(after) ? after : 'count';
        const mention: Quantity = { start: b.start, end: b.end, text: article.text.slice(b.start, b.end), value: b.value, unit };
        mentions.quantities.push(mention);
        out.push({ kind: 'quantities', copy: { start: b.start, end: b.end }, original: { start: a.start, end: a.end }, paragraph: index });
      });
    }
  });
  for (const kind of ['money', 'percentages', 'quantities'] as const) (mentions[kind] as Span[]).sort((x, y) => x.start - y.start || x.end - y.end);
  return out;
}

/** The figures of one paragraph, read by the figure extractors as if it were live. */
function read(article: SegmentedArticle, meta: ArticleMeta, paragraph: Span, index: number): Figure[] {
  const live: LiveParagraph = { ...paragraph, duplicateOf: null, index, text: article.text.slice(paragraph.start, paragraph.end) };
  const sentences = article.sentences.filter((s) => s.paragraph === index);
  const found: Partial<Mentions> = { money: [], percentages: [], quantities: [] };
  for (const extractor of FIGURE_EXTRACTORS) {
    const items = extractor.extract({ text: article.text, paragraphs: [live], sentences, meta, mentions: found });
    (found[extractor.kind] as unknown[]).push(...items);
  }
  return allFigures({ text: article.text, money: found.money ?? [], percentages: found.percentages ?? [], quantities: found.quantities ?? [] });
}
