/**
 * `thin-body`: an article whose body came out empty or too short to be the article, so an
 * editor is told so instead of reading a clean report of nothing.
 *
 * For a web page the clean stage already walked its fallback chain (the article element,
 * fewer class names trusted, JSON-LD `articleBody`, the next region of the page, all the
 * visible text, the page's description) before giving up; what is left under `minWords`
 * words is most likely a page whose article was rendered by scripts, sits behind a
 * paywall, or was not found. A page that shows no text at all, only its description, is
 * always flagged. For a plain-text record the text is the producer's own extraction, and
 * short wire stories are normal ("Wall Street stocks were lower at the opening bell."), so
 * only a body under `minWordsText` words is flagged: 7 of the 19,043 Reuters-21578 stories
 * (0.04%): a listing the boilerplate rules emptied, lone datelines ("New York"), a bare
 * price ("1010"), a headline repeated as the body.
 */
import { z } from 'zod';
import { textWords } from '../clean-text.js';
import type { BodySource } from '../types.js';
import { defineRule } from './rule.js';

/** How each step of the fallback chain is told in the message. */
const VIA: Record<BodySource['method'], string> = {
  text: 'the record’s text',
  dom: 'its article element',
  'dom-relaxed': 'its article element, read trusting fewer class names',
  articleBody: 'its JSON-LD articleBody',
  'dom-second': 'the next region of the page, once its boilerplate was set aside',
  'visible-text': 'all its visible text, as nothing better was found',
  description: 'its description',
};

export default defineRule({
  id: 'thin-body',
  meta: {
    description: 'A body that came out empty or too short to be the article (a page whose text was not found, a fragment of a record), so nothing or next to nothing was checked.',
    defaultSeverity: 'warning',
    messages: {
      emptyPage: 'No article text found on the page ({{pageWords}} words of text on it in all): nothing was checked',
      noText: 'The page shows no article text (likely rendered by scripts); only its description or title, {{words}} words, was checked',
      thinPage: 'Only {{words}} words of article text found on the page, from {{via}} (fewer than {{min}}; {{pageWords}} words on the page in all): the article may be missing',
      emptyText: 'Empty body: the record holds no article text, so nothing was checked',
      thinText: 'Only {{words}} words of article text (fewer than {{min}}): a fragment, not an article',
    },
    options: z
      .object({
        /** A page's body under this many words is flagged. */
        minWords: z.number().int().min(1).default(50),
        /** A plain-text record's body under this many words is flagged (short wire stories are normal). */
        minWordsText: z.number().int().min(1).default(5),
      })
      .strict(),
    examples: {
      ok: [
        { text: 'Wall Street stocks were lower at the opening bell.', note: 'a one-line wire story given as text is a normal article' },
        { text: 'Net 41,724 vs 120,329\nRevs 1,194,556 vs 1,504,702' },
      ],
      flagged: [
        { text: 'New York', flags: [{ messageId: 'thinText', text: 'New York' }], note: 'a record whose text is a lone dateline' },
        { text: 'Advertisement\nShare this article', flags: [{ messageId: 'emptyText', text: '' }], note: 'nothing left once the boilerplate is removed' },
        {
          text: 'Bitcoin rose 2% on Monday, CoinGecko data showed.',
          options: { minWordsText: 20 },
          flags: [{ messageId: 'thinText', text: 'Bitcoin rose 2%' }],
        },
      ],
    },
  },
  check(article, context) {
    const source = article.source ?? { method: 'text', pageWords: textWords(article.text) };
    const words = textWords(article.text);
    const page = source.method !== 'text';
    const min = page ? context.options.minWords : context.options.minWordsText;
    const data = { words, min, pageWords: source.pageWords, via: VIA[source.method] };
    const at = { start: 0, end: article.text.length };
    if (page && source.method === 'description') context.report({ messageId: 'noText', data, ...at });
    else if (words === 0) context.report({ messageId: page ? 'emptyPage' : 'emptyText', data, ...at });
    else if (words < min) context.report({ messageId: page ? 'thinPage' : 'thinText', data, ...at });
  },
});
