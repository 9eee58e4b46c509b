/** Markdown drafts read as Markdown (pipeline/markdown.ts): a table of inputs and the text they become. */
import { describe, expect, it } from 'vitest';
import { markdownToText, recordFromMarkdown } from '../pipeline/markdown.js';
import { reportFor } from './helpers.js';

describe('markdownToText', () => {
  it.each([
    ['links and emphasis become their text', 'Data from [CoinGecko](https://www.coingecko.com) and **Glassnode** showed it.', 'Data from CoinGecko and Glassnode showed it.'],
    ['a paragraph wrapped over lines is one paragraph', 'Bitcoin rose 4%\nto $67,000 on Monday.', 'Bitcoin rose 4% to $67,000 on Monday.'],
    ['list markers go, each item its own paragraph', '- Bitcoin rose 4%.\n- Ether fell 1%.\n\n1. First\n2. Second', 'Bitcoin rose 4%.\n\nEther fell 1%.\n\nFirst\n\nSecond'],
    ['a table becomes one line a row, cells a space apart', '| Fund | Flow |\n|---|---|\n| IBIT | $1.2 billion |\n| FBTC | $300 million |', 'Fund Flow\n\nIBIT $1.2 billion\n\nFBTC $300 million'],
    ['quote markers go', '> Prices rose 2%,\n> the exchange said.', 'Prices rose 2%, the exchange said.'],
    ['headings lose their markers', '## Market wrap\n\nText.', 'Market wrap\n\nText.'],
    ['escapes and entities become the characters they stand for', 'A \\*starred\\* word &amp; more', 'A *starred* word & more'],
    ['images, link definitions and footnote markers go; footnotes stay', 'Text[^1] ![chart](c.png)\n\n[x]: https://x.example\n\n[^1]: Source: Reuters', 'Text\n\nSource: Reuters'],
    ['inline code keeps its text', 'Ticker `SOXX` fell.', 'Ticker SOXX fell.'],
    ['strike-through keeps its text', 'It was ~~$5~~ $6.', 'It was $5 $6.'],
    ['raw HTML keeps its text', '<div>Shares <b>rose</b> 3%</div>', 'Shares rose 3%'],
  ])('%s', (_, source, text) => {
    // Runs of spaces are the clean stage's to collapse.
    expect(markdownToText(source).text.replace(/ +/g, ' ').replace(/ ?\n ?/g, '\n').trim()).toBe(text);
  });

  it('remembers where every character of the text stood in the source', () => {
    const source = '# T\n\nData from [CoinGecko](https://x.example/a_b) &amp; **Glassnode**:\n\n| a | b |\n|---|---|\n| $1 | 2% |\n\n> quoted\n> on two lines\n\n- item\n';
    const { text, offsets } = markdownToText(source);
    expect(offsets.length).toBe(text.length);
    for (let i = 0; i < text.length; i++) {
      if (/\s/.test(text[i]!)) continue;
      expect(source[offsets[i]!], `text[${i}] = ${text[i]}`).toBe(text[i]);
    }
    for (let i = 1; i < offsets.length; i++) expect(offsets[i]!).toBeGreaterThanOrEqual(offsets[i - 1]!);
  });

  it('never throws, whatever the input', () => {
    for (const source of ['', '\n\n', '[', '|a|\n|-', '```\nunclosed', '<div', '*'.repeat(1000), '> > > >', '\uFEFF# x']) {
      expect(() => markdownToText(source)).not.toThrow();
    }
  });
});

describe('a .md draft as a record', () => {
  it('takes the first line as the title, without its markers, and the rest as Markdown', () => {
    expect(recordFromMarkdown('\uFEFF\n# **Bitcoin** tops $100k\n\nIt rose, per [CoinGecko](https://x.example).')).toEqual({
      title: 'Bitcoin tops $100k',
      text: 'It rose, per CoinGecko.',
    });
    expect(recordFromMarkdown('Title\n=====\n\nBody.')).toEqual({ title: 'Title', text: 'Body.' });
    expect(recordFromMarkdown('  \n\n')).toEqual({ text: '' });
  });

  it('makes a linked or bold source a named source', () => {
    for (const draft of ['T\n\nBitcoin rose 4% to $67,000, according to [CoinGecko](https://www.coingecko.com).', 'T\n\nBitcoin rose 4% to $67,000, according to **CoinGecko**.']) {
      const record = recordFromMarkdown(draft);
      const report = reportFor(record.text!, { title: record.title });
      expect(report.sources.map((s) => s.name)).toEqual(['CoinGecko']);
      expect(report.claims.every((c) => c.sources.includes('CoinGecko'))).toBe(true);
      expect(report.flags.filter((f) => f.rule === 'unsourced-claim')).toEqual([]);
    }
  });
});
