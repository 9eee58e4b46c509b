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
import { intervalOf, overlaps, allFigures, type Figure } from './frames/figures.js';
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
        if (overlaps(intervalOf(fa, { approximateTolerance: 0 }), intervalOf(fb, { approximateTolerance: 0 }))) return;
        (mentions[kind] as (Money | Percentage | Quantity)[]).push(fb.mention);
        out.push({ kind, copy: { start: fb.start, end: fb.end }, original: { start: fa.start, end: fa.end }, paragraph: index });
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
