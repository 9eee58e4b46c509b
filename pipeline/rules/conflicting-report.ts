/**
 * `conflicting-report`: a figure that another stored article states differently for the
 * same subject, measure and time. "The same" is the match key of the figures' claim frames
 * (pipeline/frames.ts: normalised subject, measure, time at the written day or month, unit,
 * direction, and the clock time for prices); "differently" is the rules' rounding tolerance:
 * each figure stands for its value ± half a unit of its last written digit (hedged figures
 * at least ± `approximateTolerance`), and two figures disagree when those intervals do not
 * meet.
 *
 * The rule is a pure function of its input: the command (`check --db`, `ingest`) looks up
 * the stored figures that share a match key with this article's figures and hands them over
 * as `article.lookups.storedFigures`, one entry per story (syndicated copies and wire
 * resends, which share a body, count once; this article's own copies are left out). Without
 * that data the rule reports nothing.
 */
import { z } from 'zod';
import { framesOf, storedInterval, type StoredFigure } from '../frames/stored.js';
import { defineRule } from './rule.js';
import { intervalOf, overlaps } from './support/figures.js';
import { quote, readableTime } from './support/text.js';

const MEASURE_NAMES: Readonly<Record<string, string>> = { aum: 'assets under management', 'market-cap': 'market value', 'deal-value': 'deal value' };

/** A short date for messages: the published day, or "undated". */
const dayOf = (published: string | null) => (published ? readableTime(published.slice(0, 10)) : 'undated');

export default defineRule({
  id: 'conflicting-report',
  meta: {
    description:
      'A figure that another stored article (usually another publisher) states differently for the same subject, measure and time, beyond rounding; syndicated copies count once. Needs --db.',
    defaultSeverity: 'warning',
    needs: ['storedFigures'],
    messages: {
      conflicts: '`{{figure}}` disagrees with `{{other}}` for the same {{what}} in {{publisher}}, “{{title}}” ({{date}}): “{{sentence}}”{{more}}',
    },
    options: z
      .object({
        /** Relative slack for hedged figures ("about $1.7 billion"), on top of rounding. */
        approximateTolerance: z.number().min(0).max(0.5).default(0.05),
        /** Other articles listed as related locations of one flag, at most. */
        maxRelated: z.number().int().min(1).max(50).default(5),
      })
      .strict(),
    examples: {
      ok: [
        {
          text: 'Spot bitcoin ETFs recorded net outflows of $1.2 billion in the week to June 6, 2025, Farside Investors data showed.',
          published: '2025-06-09',
          stored: [
            {
              title: 'Bitcoin funds bleed for a third week',
              publisher: 'Ledger Daily',
              published: '2025-06-08',
              text: 'Spot bitcoin ETFs saw net outflows of $1.23 billion in the week to June 6, 2025, according to Farside Investors.',
            },
          ],
          note: '$1.2 billion and $1.23 billion agree within rounding',
        },
      ],
      flagged: [
        {
          text: 'Spot bitcoin ETFs recorded net outflows of $1.2 billion in the week to June 6, 2025, Farside Investors data showed.',
          published: '2025-06-09',
          stored: [
            {
              title: 'Bitcoin funds bleed for a third week',
              publisher: 'Ledger Daily',
              published: '2025-06-08',
              text: 'Spot bitcoin ETFs saw net outflows of $1.7 billion in the week to June 6, 2025, according to Farside Investors.',
            },
          ],
          flags: [{ messageId: 'conflicts', text: '$1.2 billion', related: ['$1.2 billion'] }],
        },
      ],
    },
  },
  check(article, context) {
    const stored = article.lookups?.storedFigures;
    if (!stored?.size) return;
    const { approximateTolerance, maxRelated } = context.options;
    for (const frame of framesOf(article)) {
      const others = frame.matchKey ? stored.get(frame.matchKey) : undefined;
      if (!others?.length) continue;
      const mine = intervalOf(frame.figure, { approximateTolerance });
      const disagreeing = onePerStory(others.filter((o) => !overlaps(mine, storedInterval(o, approximateTolerance))));
      if (!disagreeing.length) continue;
      const first = disagreeing[0]!;
      const measure = MEASURE_NAMES[frame.measure ?? ''] ?? frame.measure;
      const what = `${frame.subject} ${measure} (${readableTime(frame.time ?? '')})`;
      const more = disagreeing.length > 1 ? ` (and ${disagreeing.length - 1} more ${disagreeing.length === 2 ? 'story' : 'stories'})` : '';
      context.report({
        messageId: 'conflicts',
        data: {
          figure: frame.figure.text,
          other: first.text,
          what,
          publisher: first.publisher ?? 'an unnamed publisher',
          title: quote(first.title ?? 'untitled', 80),
          date: dayOf(first.published),
          sentence: quote(first.sentence, 140),
          more,
        },
        start: frame.figure.start,
        end: frame.figure.end,
        related: disagreeing.slice(0, maxRelated).map((o) => ({
          start: frame.figure.start,
          end: frame.figure.end,
          message: `${o.publisher ?? 'an unnamed publisher'} reported \`${o.text}\` in “${quote(o.title ?? 'untitled', 80)}” (${dayOf(o.published)})${o.copies > 1 ? `, ${o.copies} copies` : ''}`,
          article: { id: o.articleId, title: o.title, publisher: o.publisher, published: o.published, url: o.url, sentence: o.sentence, figure: o.text, copies: o.copies },
        })),
      });
    }
  },
});

/** The first figure of each story (a story that states the same thing twice is one report). */
function onePerStory(list: readonly StoredFigure[]): StoredFigure[] {
  const seen = new Set<string>();
  return list.filter((o) => !seen.has(o.story) && (seen.add(o.story), true));
}
