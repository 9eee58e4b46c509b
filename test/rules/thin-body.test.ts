/**
 * thin-body on pages through the whole pipeline (the clean stage's fallback chain decides
 * what body is left), and on the Reuters-21578 wire stories given as plain-text records,
 * where it must stay rare: short wire stories are normal articles.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../pipeline/analyze.js';
import { clean } from '../../pipeline/clean.js';
import { textWords } from '../../pipeline/clean-text.js';
import type { CheckedArticle } from '../../pipeline/rules/rule.js';
import { corpus } from '../helpers.js';
import { check } from './fixture.js';

const RULE = 'thin-body';
const analyze = createAnalyzer();
const flagsOf = (html: string) => analyze({ html }, { input: 'test' }).flags.filter((f) => f.rule === RULE);

const SENTENCE = 'Spot bitcoin funds took in $1.2 billion last week, the most since March, according to CoinShares data released on Monday.';
const page = (body: string, head = '') => `<!doctype html><html><head><title>Funds | Site</title>${head}</head><body><nav><a href="/">Home</a> <a href="/m">Markets</a></nav>${body}<footer>© 2025 Site</footer></body></html>`;

describe(`${RULE} on pages`, () => {
  it('stays quiet on a page with an article', () => {
    expect(flagsOf(page(`<article>${`<p>${SENTENCE}</p>`.repeat(4)}</article>`))).toEqual([]);
  });

  it('flags a page whose article element holds a few words, saying how many the page has', () => {
    const flags = flagsOf(page('<article><p>Bitcoin rose 2% on Monday.</p></article>'));
    expect(flags.map((f) => f.messageId)).toEqual(['thinPage']);
    expect(flags[0]!.message).toMatch(/Only 5 words of article text found on the page, from its article element \(fewer than 50; \d+ words on the page in all\)/);
    expect(flags[0]!.severity).toBe('warning');
  });

  it('flags a page rendered by scripts, whose only text is its description, and checks the description', () => {
    const report = analyze(
      { html: page('<div id="app"><div class="loader"></div></div>', `<meta property="og:description" content="${SENTENCE}">`) },
      { input: 'test' },
    );
    expect(report.text).toBe(SENTENCE);
    expect(report.flags.filter((f) => f.rule === RULE).map((f) => f.messageId)).toEqual(['noText']);
  });

  it('flags a page with no text at all', () => {
    const flags = flagsOf('<html><body><div id="root"></div></body></html>');
    expect(flags.map((f) => [f.messageId, f.start, f.end])).toEqual([['emptyPage', 0, 0]]);
  });

  it('minWords is an option', () => {
    const html = page(`<article><p>${SENTENCE}</p></article>`);
    const report = analyze({ html }, { input: 'test' });
    const cleaned = clean({ html });
    const article: CheckedArticle = { ...report, meta: cleaned.meta, source: cleaned.source, frames: [] };
    expect(check(RULE, article).map((f) => f.messageId)).toEqual(['thinPage']);
    expect(check(RULE, article, { minWords: 10 })).toEqual([]);
  });
});

describe(`${RULE} on Reuters-21578 wire stories given as text`, () => {
  it('fires on fewer than 1 story in 1,000, each a fragment of under 5 words', () => {
    const dir = corpus('reuters-21578');
    if (!dir) return;
    const lines = gunzipSync(readFileSync(path.join(dir, 'reuters-21578.jsonl.gz'))).toString('utf8').split('\n').filter(Boolean);
    expect(lines.length).toBe(19_043);
    const flagged: string[] = [];
    for (const line of lines) {
      const cleaned = clean(JSON.parse(line));
      const text = cleaned.paragraphs.join('\n');
      const article: CheckedArticle = {
        text,
        meta: cleaned.meta,
        paragraphs: [],
        sentences: [],
        claims: [],
        money: [],
        percentages: [],
        quantities: [],
        timestamps: [],
        entities: [],
        sources: [],
        source: cleaned.source,
        frames: [],
      };
      if (check(RULE, article).length) flagged.push(text);
    }
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.length).toBeLessThan(lines.length / 1000);
    for (const text of flagged) expect(textWords(text)).toBeLessThan(5);
  });
});
