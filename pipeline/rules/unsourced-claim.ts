/**
 * `unsourced-claim`: a claim (a sentence stating a checkable figure) with no named source in
 * its sentence, its paragraph or an article-level source line. A vague attribution
 * ("analysts say", "industry researchers", "data shows") names no source; the message says
 * the attribution was vague. One flag per claim sentence; the span is the sentence.
 *
 * Where a claim's attribution was found is the link stage's work (`Claim.sources`,
 * `Claim.sourceScope`); this rule decides which claims need one. By default it does not ask
 * a source of figures that state no fact: figures inside a conditional clause ("if volumes
 * hold above $10 billion"), after a modal of possibility ("could reach $100,000") or in a
 * question; nor of a figure that repeats one an earlier claim attributed (same value and
 * unit: the editor checks the first statement).
 */
import { z } from 'zod';
import type { Claim, Sentence, Source, Span } from '../types.js';
import { defineRule } from './rule.js';
import { allFigures, figuresOf, indexFigures, type Figure } from './support/figures.js';
import { isHypothetical, isQuestion, quote, quoteList, sentenceLookup } from './support/text.js';

const SCOPES = ['sentence', 'paragraph', 'article'] as const;

const sameFigure = (a: Figure, b: Figure) => a.unit === b.unit && a.value === b.value && (a.mention.valueHigh ?? null) === (b.mention.valueHigh ?? null);

export default defineRule({
  id: 'unsourced-claim',
  meta: {
    description:
      'A sentence stating a figure with no named source in the sentence, its paragraph or an article-level source line; a vague attribution ("analysts say") names no source.',
    defaultSeverity: 'warning',
    messages: {
      unsourced: 'Unsourced {{noun}} {{figures}}: no named source in the sentence, its paragraph or an article-level source line',
      vague: 'Vaguely sourced {{noun}} {{figures}}: `{{vague}}` names no source',
    },
    options: z
      .object({
        /** Where an attribution counts: a strict desk may accept only `["sentence"]`. */
        scopes: z.array(z.enum(SCOPES)).min(1).default([...SCOPES]),
        /** Ask no source of figures in conditional or possible-future clauses and in questions. */
        ignoreHypothetical: z.boolean().default(true),
        /** Ask no source of a figure that repeats (same value and unit) one an earlier claim attributed. */
        ignoreRepeats: z.boolean().default(true),
      })
      .strict(),
    examples: {
      ok: [
        { text: 'Digital asset funds saw $1.7 billion of outflows last week, according to CoinShares.' },
        {
          text: 'Digital asset funds saw $1.7 billion of outflows last week, CoinShares said on Monday. Bitcoin funds lost $1.09 billion, the most since November.',
          note: 'the second sentence is covered by the source named in its paragraph',
        },
        { text: 'If volumes hold above $10 billion a day, traders expect a breakout.' },
      ],
      flagged: [
        {
          text: 'Digital asset funds saw a $1.7 billion net outflow last week.\nThe figure was reported by CoinShares on Monday.',
          flags: [{ messageId: 'unsourced', text: 'Digital asset funds saw a $1.7 billion net outflow last week.' }],
        },
        {
          text: 'Analysts say Solana funds attracted $17.1 million of inflows last week.',
          flags: [{ messageId: 'vague', text: 'Solana funds attracted $17.1 million' }],
        },
      ],
    },
  },
  check(article, context) {
    const { scopes, ignoreHypothetical, ignoreRepeats } = context.options;
    const figures = allFigures(article);
    const byRef = indexFigures(figures);
    const accepted = new Set<string>(scopes);
    const attributed: Figure[] = [];
    const sentenceAt = sentenceLookup(article.sentences);
    const sentenceOfClaim = (claim: Claim): Sentence => sentenceAt(claim) ?? { ...claim, paragraph: -1 };
    const vagueSources = article.sources.filter((s) => s.vague);

    for (const claim of [...article.claims].sort((a, b) => a.start - b.start)) {
      const own = figuresOf(claim, byRef);
      const sourced = claim.sources.length > 0 && claim.sourceScope !== null && accepted.has(claim.sourceScope);
      if (sourced) {
        for (const f of own) attributed.push(f);
        continue;
      }
      const sentence = sentenceOfClaim(claim);
      if (ignoreHypothetical && isQuestion(article.text, sentence)) continue;
      const stated = ignoreHypothetical ? own.filter((f) => !isHypothetical(article.text, sentence, f)) : own;
      if (!stated.length) continue;
      if (ignoreRepeats && stated.every((f) => attributed.some((a) => sameFigure(a, f)))) continue;
      // "Peru's Ministry of Production set the quota … at 2.48 million tonnes": an official body doing what the figure
      // records is its own source
      if (officialActor(article.text, article.entities, sentence, stated[0]!)) continue;
      const paragraph = article.paragraphs[sentence.paragraph];
      const vague = vagueSourcesOf(claim, paragraph, vagueSources);
      const noun = stated.length > 1 ? 'figures' : 'figure';
      context.report({
        messageId: vague.length ? 'vague' : 'unsourced',
        data: { noun, figures: quoteList(stated.map((f) => f.text)), vague: vague.length ? quote(vague[0]!.text, 40) : '' },
        start: claim.start,
        end: claim.end,
        related: vague.map((v) => ({ start: v.start, end: v.end, message: 'vague attribution: it names no source' })),
      });
    }
  },
});

/** Names of official bodies: ministries, central banks, regulators, agencies. */
const OFFICIAL_BODY = /\b(?:Ministry|Minister|Commission|Central\s+Bank|Bank\s+of|Reserve\s+Bank|Federal\s+Reserve|Agency|Department|Authority|Government|Treasury|Council|Regulator|Bureau|Administration|Parliament|Congress|Senate|Cabinet)\b/;
/** Between the body and the figure: a decision that sets the figure ("set the quota for … at", "cut the rate to"). */
const DECIDED = /^[^.;"“”]{0,40}?\b(?:set|sets|fixed|fixes|raised|raises|cut|cuts|lowered|lowers|lifted|lifts|approved|approves|allocated|allocates|awarded|awards|auctioned|auctions|granted|grants|kept|keeps|held|holds|left|leaves|capped|caps|imposed|imposes)\b[^.;"“”]{0,120}$/;

/** The sentence opens with an official body (its subject) that decides the figure. */
function officialActor(text: string, entities: readonly { type: string; start: number; end: number; text: string }[], sentence: Span, first: Figure): boolean {
  const body = entities.find((e) => e.type === 'ORG' && e.start >= sentence.start && e.end <= first.start && OFFICIAL_BODY.test(e.text));
  if (!body) return false;
  // (the subject: nothing but a dateline, a possessive or an article before it in its clause)
  const lead = text.slice(sentence.start, body.start).replace(/^[^-–—(]{0,60}\(\p{L}[^)]{0,40}\)\s{0,3}[-–—]\s{0,3}/u, '');
  if (!/^\s*(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*['’]s\s+)?$/u.test(lead)) return false;
  return DECIDED.test(text.slice(body.end, first.start));
}

/**
 * The vague attributions around an unsourced claim: in its sentence, else the nearest one
 * earlier in its paragraph ("Analysts say … . They expect …"); one stated after the claim
 * does not speak for it.
 */
function vagueSourcesOf(claim: Claim, paragraph: Span | undefined, vague: readonly Source[]): Source[] {
  const inSentence = vague.filter((s) => s.start >= claim.start && s.end <= claim.end);
  if (inSentence.length) return inSentence;
  if (claim.vagueSources?.length) {
    const names = new Set(claim.vagueSources);
    const named = vague.filter((s) => names.has(s.name));
    if (named.length) return named.slice(0, 1);
  }
  return paragraph ? vague.filter((s) => s.start >= paragraph.start && s.end <= claim.start).slice(-1) : [];
}
