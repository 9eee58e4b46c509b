/**
 * `duplicate-paragraph`: a paragraph that repeats an earlier one, exactly or nearly (the
 * dedupe stage decides; see pipeline/dedupe.ts for the threshold).
 */
import { z } from 'zod';
import { defineRule } from './rule.js';
import { quote } from './support/text.js';

export default defineRule({
  id: 'duplicate-paragraph',
  meta: {
    description: 'A paragraph that repeats an earlier one, exactly or nearly.',
    defaultSeverity: 'warning',
    messages: {
      exact: 'Repeated paragraph `{{opening}}` (an exact copy of paragraph {{first}})',
      near: 'Near-duplicate paragraph `{{opening}}` ({{percent}}% of its word sequences repeat paragraph {{first}})',
    },
    options: z.object({}).strict(),
    examples: {
      ok: [{ text: 'Bitcoin rose 2% on Monday, data from CoinGecko showed.\nEther fell 1% on the same day.' }],
      flagged: [
        {
          text:
            'Bitcoin rose 2% on Monday to $67,000, data from CoinGecko showed, as traders returned.\n' +
            'Ether fell 1% on the same day.\n' +
            'Bitcoin rose 2% on Monday to $67,000, data from CoinGecko showed, as traders returned.',
          flags: [{ messageId: 'exact', text: 'Bitcoin rose 2% on Monday' }],
        },
        {
          text:
            'Spot bitcoin funds took in $1.2 billion last week, the most since March, according to CoinShares data released on Monday, as investors bet on lower interest rates and a weaker dollar.\n' +
            'Ether funds lost $200 million.\n' +
            'Spot bitcoin funds took in $1.2 billion last week, the most since March, according to CoinShares data published on Monday, as investors bet on lower interest rates and a weaker dollar.',
          flags: [{ messageId: 'near', text: 'Spot bitcoin funds took in' }],
        },
      ],
    },
  },
  check(article, context) {
    article.paragraphs.forEach((p) => {
      if (p.duplicateOf === null) return;
      const first = article.paragraphs[p.duplicateOf]!;
      const exact = p.exact !== false;
      context.report({
        messageId: exact ? 'exact' : 'near',
        data: {
          opening: quote(article.text.slice(p.start, p.end)),
          first: p.duplicateOf + 1,
          percent: Math.round((p.similarity ?? 1) * 100),
        },
        start: p.start,
        end: p.end,
        related: [{ start: first.start, end: first.end, message: 'first copy' }],
      });
    });
  },
});
