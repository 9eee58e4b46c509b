import { describe, expect, it } from 'vitest';
import { segment, splitSentences } from '../pipeline/segment.js';

const sentences = (p: string) => splitSentences(p).map((s) => p.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    { text: 'Bitcoin rose 2.5% to $67,500.50 on Monday. Ether fell.', expect: ['Bitcoin rose 2.5% to $67,500.50 on Monday.', 'Ether fell.'] },
    { text: 'Apple Inc. said revenue rose. Shares fell 1.2%.', expect: ['Apple Inc. said revenue rose.', 'Shares fell 1.2%.'] },
    { text: 'Inflation in the U.S. Treasury market eased. Yields fell.', expect: ['Inflation in the U.S. Treasury market eased.', 'Yields fell.'] },
    { text: 'Prices rose in the U.S. The euro fell.', expect: ['Prices rose in the U.S.', 'The euro fell.'] },
    { text: 'The crash on Oct. 10 erased gains. Funds fell.', expect: ['The crash on Oct. 10 erased gains.', 'Funds fell.'] },
    { text: 'It is the No. 1 exchange. Volumes rose.', expect: ['It is the No. 1 exchange.', 'Volumes rose.'] },
    { text: 'J. P. Morgan analysts agreed. Dr. Smith did not.', expect: ['J. P. Morgan analysts agreed.', 'Dr. Smith did not.'] },
    { text: 'Is this a top? "Yes," he said. Prices fell!', expect: ['Is this a top?', '"Yes," he said.', 'Prices fell!'] },
    { text: 'The fund rose 3% (to $20 billion). It was a record.', expect: ['The fund rose 3% (to $20 billion).', 'It was a record.'] },
    { text: 'Trading ended at 4 p.m. The index closed higher.', expect: ['Trading ended at 4 p.m.', 'The index closed higher.'] },
    { text: 'Shares of Acme Corp. rose. Rivals e.g. Beta lagged.', expect: ['Shares of Acme Corp. rose.', 'Rivals e.g. Beta lagged.'] },
    { text: 'The average yield was 5.81 pct. Accepted bids ranged widely.', expect: ['The average yield was 5.81 pct.', 'Accepted bids ranged widely.'] },
    { text: 'Profit was 1.5 mln dlrs. Revenues rose.', expect: ['Profit was 1.5 mln dlrs.', 'Revenues rose.'] },
    { text: 'The call began at 8:00 a.m. EST. "Earnings held up," she said.', expect: ['The call began at 8:00 a.m. EST.', '"Earnings held up," she said.'] },
    { text: 'Output was est. Revenue rose.', expect: ['Output was est. Revenue rose.'] },
    { text: 'no terminal punctuation', expect: ['no terminal punctuation'] },
    { text: 'Prices rose. lowercase continues here.', expect: ['Prices rose. lowercase continues here.'] },
  ])('$text', ({ text, expect: want }) => {
    expect(sentences(text)).toEqual(want);
  });
});

describe('segment', () => {
  it('joins paragraphs with line breaks and gives absolute spans', () => {
    const s = segment(['First one. Second one.', 'Third.']);
    expect(s.text).toBe('First one. Second one.\nThird.');
    expect(s.paragraphs).toEqual([
      { start: 0, end: 22, duplicateOf: null },
      { start: 23, end: 29, duplicateOf: null },
    ]);
    expect(s.sentences.map((x) => [s.text.slice(x.start, x.end), x.paragraph])).toEqual([
      ['First one.', 0],
      ['Second one.', 0],
      ['Third.', 1],
    ]);
  });
  it('counts offsets in UTF-16 code units', () => {
    const s = segment(['Bitcoin 🚀 rose. Ether fell.']);
    expect(s.sentences.map((x) => s.text.slice(x.start, x.end))).toEqual(['Bitcoin 🚀 rose.', 'Ether fell.']);
  });
});
