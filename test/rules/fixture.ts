/**
 * Hand-built `CheckedArticle` fixtures for rule unit tests, so a rule's logic is tested on
 * exactly the mentions and claims given here, whatever the extractors and the link stage
 * do today. Mentions are found by their text, in order (each search starts after the
 * previous mention of the same list); claims are the sentences holding figures, with the
 * subject, measure, time and sources given per sentence (by a snippet of it).
 */
import { buildFrames } from '../../pipeline/frames/index.js';
import { resolveConfig } from '../../pipeline/config.js';
import { runRules } from '../../pipeline/check.js';
import type { CheckedArticle } from '../../pipeline/rules/rule.js';
import { segment } from '../../pipeline/segment.js';
import type { Claim, Entity, Money, Percentage, Quantity, Source, Timestamp } from '../../pipeline/types.js';

type Given<T> = Omit<T, 'start' | 'end'>;

export interface FixtureSpec {
  money?: (Omit<Given<Money>, 'currency' | 'approximate'> & Partial<Pick<Money, 'currency' | 'approximate'>>)[];
  percentages?: Given<Percentage>[];
  quantities?: Given<Quantity>[];
  timestamps?: Given<Timestamp>[];
  entities?: (Omit<Given<Entity>, 'canonical' | 'type'> & Partial<Pick<Entity, 'canonical' | 'type'>>)[];
  sources?: (Omit<Given<Source>, 'name' | 'kind' | 'vague'> & Partial<Pick<Source, 'name' | 'kind' | 'vague'>>)[];
  /** Claim fields by a snippet of the claim's sentence. */
  claims?: Record<string, Partial<Omit<Claim, 'start' | 'end' | 'figures'>>>;
  /** Indexes of paragraphs that repeat paragraph 0 (marked as duplicates). */
  duplicates?: number[];
  published?: string;
}

function place<T extends { text: string }>(text: string, items: readonly T[] | undefined, kind: string): (T & { start: number; end: number })[] {
  let from = 0;
  return (items ?? []).map((item) => {
    const start = text.indexOf(item.text, from);
    if (start < 0) throw new Error(`fixture: ${kind} "${item.text}" not found after offset ${from}`);
    from = start + item.text.length;
    return { ...item, start, end: start + item.text.length };
  });
}

/** Builds a CheckedArticle from a text (paragraphs separated by line breaks) and the given mentions. */
export function fixture(body: string, spec: FixtureSpec = {}): CheckedArticle {
  const { text, paragraphs, sentences } = segment(body.split('\n'));
  const duplicates = new Set(spec.duplicates ?? []);
  const paras = paragraphs.map((p, i) => ({ ...p, duplicateOf: duplicates.has(i) ? 0 : null }));
  const money = place(text, spec.money, 'money').map((m) => ({ currency: 'USD', approximate: false, ...m }));
  const percentages = place(text, spec.percentages, 'percentage');
  const quantities = place(text, spec.quantities, 'quantity');
  const timestamps = place(text, spec.timestamps, 'timestamp');
  const entities = place(text, spec.entities, 'entity').map((e) => ({ type: 'ORG' as const, canonical: e.text, ...e }));
  const sources = place(text, spec.sources, 'source').map((s) => ({ name: s.text, kind: 'organisation' as const, vague: false, ...s }));
  const claims: Claim[] = [];
  for (const sentence of sentences) {
    if (paras[sentence.paragraph]!.duplicateOf !== null) continue;
    const inside = (m: { start: number; end: number }) => m.start >= sentence.start && m.end <= sentence.end;
    const figures = [
      ...money.flatMap((m, i) => (inside(m) ? [{ ref: `money:${i}`, at: m.start }] : [])),
      ...percentages.flatMap((m, i) => (inside(m) ? [{ ref: `percentages:${i}`, at: m.start }] : [])),
      ...quantities.flatMap((m, i) => (inside(m) ? [{ ref: `quantities:${i}`, at: m.start }] : [])),
    ].sort((a, b) => a.at - b.at);
    if (!figures.length) continue;
    const sentenceText = text.slice(sentence.start, sentence.end);
    const given = Object.entries(spec.claims ?? {}).find(([snippet]) => sentenceText.includes(snippet))?.[1] ?? {};
    claims.push({
      start: sentence.start,
      end: sentence.end,
      figures: figures.map((f) => f.ref),
      subject: null,
      measure: null,
      time: null,
      timeScope: null,
      sources: [],
      sourceScope: null,
      ...given,
    });
  }
  const meta = { id: null, url: null, title: null, published: spec.published ?? null, publisher: null, author: null };
  const frames = buildFrames({ text, meta, paragraphs: paras, sentences, money, percentages, quantities, timestamps, entities, sources });
  return {
    text,
    meta,
    paragraphs: paras,
    sentences,
    claims,
    frames,
    money,
    percentages,
    quantities,
    timestamps,
    entities,
    sources,
  };
}

/** Runs one rule (default severity unless given) with options over a fixture; flags with their flagged text. */
export function check(ruleId: string, article: CheckedArticle, options: Record<string, unknown> = {}) {
  const config = resolveConfig({ rules: { [ruleId]: { options } } }, null);
  const rules = config.rules.filter((r) => r.rule.id === ruleId);
  return runRules(article, rules).map((f) => ({
    ...f,
    flagged: article.text.slice(f.start, f.end),
    relatedText: f.related.map((r) => article.text.slice(r.start, r.end)),
  }));
}
