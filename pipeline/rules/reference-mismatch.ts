/**
 * `reference-mismatch`: a price or level of an asset, at a time the text states, that the
 * user's own market data contradicts: the figure (± its rounding) lies outside the range the
 * reference gives for that time, widened by `tolerance` (or `snapshotTolerance` for
 * CoinGecko-style snapshots, whose range between two snapshots is only their ends).
 *
 * Which figures: money figures in the reference's currency (or index levels in points) that
 * state the price of a named asset: the lead figure of a price claim, or a figure the asset
 * is said to trade at ("Ether fell to $2,500"); not a change ("rose $3,000"), a from-value,
 * a comparison, a forecast or a hypothetical. The asset is the entity named nearest before
 * the figure in its sentence (else the claim's subject), matched to a reference symbol by
 * ticker or name.
 *
 * Which time (pipeline/reference.ts, `timeWindow`): a written time with a zone is that
 * minute, converted to UTC (the text's zone honoured: 10:00 AM EST is 15:00 UTC); a date, or
 * a time without a zone, is the written date in any zone (UTC−12 to UTC+14), which the
 * reference must cover. A month or a year is not a stated time for a price. No reference
 * data for the symbol or the time: no flag, never a guess.
 *
 * Pure: the command loads the files (`--reference`, `reference` in the config) and hands
 * them over as `article.lookups.reference`.
 */
import { z } from 'zod';
import { deriveRole } from '../frames/stored.js';
import { findSeries, rangeAt } from '../reference.js';
import type { Entity, Money, Quantity, Sentence, Timestamp } from '../types.js';
import { defineRule } from './rule.js';
import { allFigures, dedupeOverlaps, figuresOf, formatAmount, indexFigures, intervalOf, overlaps, type Figure } from './support/figures.js';
import { sentenceLookup } from './support/text.js';

/** Roles of a figure that state a level at the claim's time. */
const LEVEL_ROLES = new Set(['stated', 'other', 'extreme']);
/** Words between an asset and a figure that make the figure its price or level. */
const PRICE_CUE =
  /\b(?:at|to|near|around|above|below|under|over|price[sd]?|trad(?:ed|ing|es)|clos(?:ed|ing)|open(?:ed|ing)|settled|hit|reach(?:ed|ing)?|touch(?:ed|ing)?|topp?(?:ed|ing)|changed hands|stood|sat|hovered|fell|rose|dropped|climbed|jumped|slid|slipped|surged|plunged|rallied|tumbled|sank|soared|advanced|retreated|eased|edged)\b/i;
/** Words that make a figure something other than a price (market value, volume, flows). */
const NOT_PRICE = /\b(?:market (?:cap\w*|value)|valu(?:ed|ation)|volumes?|turnover|in-?flows?|out-?flows?|revenue|sales|earnings|profit|holdings?|reserves|worth of|liquidat\w+|open interest|funding|raised|assets)\b/i;
/** A change amount ("rose $3,000", "down by $500"), not a level. */
const CHANGE_AMOUNT_BEFORE =
  /\b(?:r[io]se|rising|fell|falling|dropped|dropping|lost|losing|gained|gaining|added|adding|shed|jumped|climbed|slid|slipped|surged|plunged|tumbled|sank|soared|advanced|retreated|eased|edged (?:up|down|higher|lower)|up|down|by)\s+(?:about\s+|nearly\s+|roughly\s+|around\s+|almost\s+|more than\s+|some\s+|over\s+)?$/i;
/** A timestamp that bounds a period or compares ("since May 1", "than a week ago") is not the figure's time. */
const NOT_THE_TIME = /\b(?:since|from|than|until|till|through|before|after|versus|vs\.?)\s+(?:the\s+|late\s+|early\s+|mid-?\s*)?$/i;
const POINTS = /^(?:points?|pts?)$/i;

export default defineRule({
  id: 'reference-mismatch',
  meta: {
    description:
      "A price or level of an asset, at a time the text states (its zone honoured), outside the range the user's reference market data gives for that time, beyond a tolerance. No data for the symbol or date: no flag. Needs --reference.",
    defaultSeverity: 'error',
    needs: ['reference'],
    messages: {
      outside: '`{{figure}}` for {{asset}} at {{time}} is outside the reference range {{low}} to {{high}} ({{file}}, {{when}})',
    },
    options: z
      .object({
        /** Relative slack beyond the reference low and high (OHLC bars). */
        tolerance: z.number().min(0).max(0.5).default(0.01),
        /** Relative slack for ranges between two price snapshots (CoinGecko-style files), whose path in between is unknown. */
        snapshotTolerance: z.number().min(0).max(0.5).default(0.05),
        /** Relative slack for hedged figures ("about $67,500"), on top of rounding. */
        approximateTolerance: z.number().min(0).max(0.5).default(0.05),
      })
      .strict(),
    examples: {
      ok: [
        {
          text: 'On May 28, 2025, at 10:00 AM EST, Bitcoin traded at $108,000, CoinGecko data showed.',
          reference: [{ file: 'BTC-USD.csv', csv: 'Date,Open,High,Low,Close,Adj Close,Volume\n2025-05-28,108900.1,109300.5,106800.2,107800.7,107800.7,51000000000\n' }],
        },
        {
          text: 'On May 30, 2025, at 10:00 AM EST, Bitcoin traded at $67,500, CoinGecko data showed.',
          reference: [{ file: 'BTC-USD.csv', csv: 'Date,Open,High,Low,Close,Adj Close,Volume\n2025-05-28,108900.1,109300.5,106800.2,107800.7,107800.7,51000000000\n' }],
          note: 'no reference data for that date: left alone',
        },
      ],
      flagged: [
        {
          text: 'On May 28, 2025, at 10:00 AM EST, Bitcoin traded at $67,500, CoinGecko data showed.',
          reference: [{ file: 'BTC-USD.csv', csv: 'Date,Open,High,Low,Close,Adj Close,Volume\n2025-05-28,108900.1,109300.5,106800.2,107800.7,107800.7,51000000000\n' }],
          flags: [{ messageId: 'outside', text: '$67,500' }],
        },
      ],
    },
  },
  check(article, context) {
    const reference = article.lookups?.reference;
    if (!reference?.series.size) return;
    const { tolerance, snapshotTolerance, approximateTolerance } = context.options;
    const { text } = article;
    const byRef = indexFigures(allFigures(article));
    const sentenceOf = sentenceLookup(article.sentences);
    const entities = [...article.entities].filter((e) => e.type !== 'PLACE').sort((a, b) => a.start - b.start);
    const namedSources = article.sources.filter((s) => !s.vague);
    const timestamps = article.timestamps.filter((t) => t.value);

    for (const claim of article.claims) {
      const sentence: Sentence = sentenceOf(claim) ?? { start: claim.start, end: claim.end, paragraph: -1 };
      const sentenceText = text.slice(sentence.start, sentence.end);
      const own = dedupeOverlaps(figuresOf(claim, byRef));
      own.forEach((figure, i) => {
        const currency = currencyOf(figure);
        if (!currency) return;
        const before = text.slice(Math.max(sentence.start, figure.start - 40), figure.start);
        if (figure.mention.direction || CHANGE_AMOUNT_BEFORE.test(before)) return;
        if (!LEVEL_ROLES.has(deriveRole(text, sentence, sentenceText, figure, i, own.length))) return;

        const asset = assetBefore(entities, namedSources, sentence, figure) ?? (i === 0 ? entities.find((e) => e.canonical === claim.subject && e.start >= sentence.start && e.end <= sentence.end) : undefined);
        if (!asset) return;
        const between = asset.end <= figure.start ? text.slice(asset.end, figure.start) : '';
        if (NOT_PRICE.test(between) || between.length > 80) return;
        if (own.some((f) => f !== figure && f.kind === 'money' && f.start >= asset.end && f.end <= figure.start)) return;
        const leadOfPriceClaim = i === 0 && claim.measure === 'price';
        if (!leadOfPriceClaim && !PRICE_CUE.test(between)) return;

        const series = findSeries(reference, [asset.ticker, asset.canonical, asset.text].filter((n): n is string => !!n), currency);
        if (!series) return;
        const stamp = timeOf(text, timestamps, sentence, figure);
        const time = stamp?.value ?? (claim.timeScope === 'paragraph' ? claim.time : null);
        if (!time) return;
        const range = rangeAt(series, time);
        if (!range) return;
        const slack = series.snapshot ? snapshotTolerance : tolerance;
        const allowed = { lo: range.low * (1 - slack), hi: range.high * (1 + slack) };
        if (overlaps(intervalOf(figure, { approximateTolerance }), allowed)) return;
        const days = [...new Set(range.bars.map((b) => new Date(b.start).toISOString().slice(0, series.bars.every((x) => x.end - x.start >= 86_400_000) ? 10 : 16).replace('T', ' ')))];
        context.report({
          messageId: 'outside',
          data: {
            figure: figure.text,
            asset: asset.canonical,
            time: stamp ? `“${stamp.text}”` : time,
            low: formatAmount(range.low, figure.unit.replace(/\/.*$/, '')),
            high: formatAmount(range.high, figure.unit.replace(/\/.*$/, '')),
            file: series.file.split(/[\\/]/).pop()!,
            when: days.length > 2 ? `${days[0]} to ${days.at(-1)}` : days.join(', '),
          },
          start: figure.start,
          end: figure.end,
        });
      });
    }
  },
});

/** The reference currency a figure is in: a money currency, or `points` for an index level. */
function currencyOf(figure: Figure): string | null {
  if (figure.kind === 'money') return (figure.mention as Money).currency;
  if (figure.kind === 'quantities' && POINTS.test((figure.mention as Quantity).unit)) return 'points';
  return null;
}

/** The entity named nearest before the figure in its sentence, not a place or a named source. */
function assetBefore(entities: readonly Entity[], sources: readonly { start: number; end: number }[], sentence: Sentence, figure: Figure): Entity | undefined {
  let found: Entity | undefined;
  for (const e of entities) {
    if (e.start < sentence.start) continue;
    if (e.end > figure.start) break;
    if (sources.some((s) => s.start < e.end && e.start < s.end)) continue;
    found = e;
  }
  return found;
}

/** The timestamp nearest the figure in its sentence, leaving out the ones that bound a period ("since May 1"). */
function timeOf(text: string, timestamps: readonly Timestamp[], sentence: Sentence, figure: Figure): Timestamp | undefined {
  let best: Timestamp | undefined;
  let distance = Infinity;
  for (const t of timestamps) {
    if (t.start < sentence.start || t.end > sentence.end) continue;
    if (NOT_THE_TIME.test(text.slice(Math.max(sentence.start, t.start - 16), t.start))) continue;
    const d = t.end <= figure.start ? figure.start - t.end : t.start >= figure.end ? t.start - figure.end : 0;
    if (d < distance) [best, distance] = [t, d];
  }
  return best;
}
