/**
 * Stage 6, link: assembles claims. A claim is a sentence (of a live paragraph) that states a
 * checkable figure; it is linked to its subject, measure, time and sources.
 */
import type { Claim, Entity, Mentions, Scope, Sentence, Source, Span, Timestamp } from './types.js';

/** Figure lists, in the order their `kind:index` references are written. */
export const FIGURE_KINDS = ['money', 'percentages', 'quantities'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

const MEASURES: readonly [string, RegExp][] = [
  ['aum', /\b(?:assets under management|AUM|total assets)\b/i],
  ['flow', /\b(?:in|out)flows?\b|\bnet (?:buying|selling)\b|\bwithdr[ae]w[a-z]*\b|\bredemptions?\b|\bpulled\b|\bpoured\b|\bshed(?:ding)?\b|\bexodus\b|\bflow(?:ed|ing|s)? (?:into|out of|from)\b/i],
  ['volume', /\bvolumes?\b|\bturnover\b/i],
  ['market-cap', /\bmarket (?:cap|capitali[sz]ation|value)\b/i],
  ['revenue', /\b(?:revenues?|sales|turnover)\b/i],
  ['earnings', /\b(?:earnings|net income|profits?|net loss|EPS|per share earnings)\b/i],
  ['holdings', /\b(?:holdings?|holds|stake)\b/i],
  ['price', /\b(?:price[sd]?|trad(?:ed|ing) at|closed at|opened at|per (?:share|barrel|ounce|tonne|coin)|a share|at \$)\b/i],
  ['change', /\b(?:rose|fell|dropped|gained|lost|jumped|slid|surged|plunged|climbed|declined|increased|decreased|up|down)\b/i],
];

/** What the sentence measures, from its wording (null when nothing fits). */
export function measureOf(sentence: string): string | null {
  for (const [name, pattern] of MEASURES) if (pattern.test(sentence)) return name;
  return null;
}

const within = (outer: Span, inner: Span) => inner.start >= outer.start && inner.end <= outer.end;

/** Builds the claims of an article from its sentences and mentions. Pure. */
export function linkClaims(
  text: string,
  sentences: readonly Sentence[],
  paragraphSpans: readonly Span[],
  mentions: Mentions,
  published: string | null,
): Claim[] {
  const claims: Claim[] = [];
  const articleSources = mentions.sources.filter((s) => s.scope === 'article' && !s.vague);
  for (const sentence of sentences) {
    const figures: { ref: string; span: Span }[] = [];
    for (const kind of FIGURE_KINDS) {
      (mentions[kind] as Span[]).forEach((m, i) => {
        if (within(sentence, m)) figures.push({ ref: `${kind}:${i}`, span: m });
      });
    }
    if (!figures.length) continue;
    figures.sort((a, b) => a.span.start - b.span.start);
    const paragraph = paragraphSpans[sentence.paragraph]!;
    const sentenceText = text.slice(sentence.start, sentence.end);
    const time = pickTime(mentions.timestamps, sentence, paragraph, published);
    const source = pickSources(mentions.sources, sentence, paragraph, articleSources);
    claims.push({
      start: sentence.start,
      end: sentence.end,
      figures: figures.map((f) => f.ref),
      subject: pickSubject(mentions.entities, sentence, figures[0]!.span),
      measure: measureOf(sentenceText),
      time: time.value,
      timeScope: time.scope,
      sources: source.names,
      sourceScope: source.scope,
      vagueSources: source.vague,
    });
  }
  return claims;
}

function pickSubject(entities: readonly Entity[], sentence: Span, figure: Span): string | null {
  const inSentence = entities.filter((e) => within(sentence, e) && e.type !== 'PLACE');
  const before = inSentence.filter((e) => e.end <= figure.start);
  const chosen = before.at(-1) ?? inSentence[0];
  return chosen?.canonical ?? null;
}

function pickTime(
  timestamps: readonly Timestamp[],
  sentence: Span,
  paragraph: Span,
  published: string | null,
): { value: string | null; scope: Claim['timeScope'] } {
  const valued = timestamps.filter((t) => t.value);
  const inSentence = valued.find((t) => within(sentence, t));
  if (inSentence) return { value: inSentence.value!, scope: 'sentence' };
  const inParagraph = valued.filter((t) => within(paragraph, t) && t.end <= sentence.start).at(-1) ?? valued.find((t) => within(paragraph, t));
  if (inParagraph) return { value: inParagraph.value!, scope: 'paragraph' };
  if (published) return { value: published, scope: 'published' };
  return { value: null, scope: null };
}

function pickSources(
  sources: readonly Source[],
  sentence: Span,
  paragraph: Span,
  articleSources: readonly Source[],
): { names: string[]; scope: Scope | null; vague: string[] } {
  const names = (list: readonly Source[]) => [...new Set(list.map((s) => s.name))];
  const inSentence = sources.filter((s) => within(sentence, s));
  const vague = names(inSentence.filter((s) => s.vague));
  const named = inSentence.filter((s) => !s.vague);
  if (named.length) return { names: names(named), scope: 'sentence', vague };
  const inParagraph = sources.filter((s) => within(paragraph, s) && !s.vague && s.scope !== 'article');
  if (inParagraph.length) return { names: names(inParagraph), scope: 'paragraph', vague };
  if (articleSources.length) return { names: names(articleSources), scope: 'article', vague };
  return { names: [], scope: null, vague };
}
