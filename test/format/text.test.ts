import { describe, expect, it } from 'vitest';
import { useColor } from '../../pipeline/format/color.js';
import { positionFinder } from '../../pipeline/format/position.js';
import { countReport } from '../../pipeline/format/summary.js';
import { formatText, sortFlags } from '../../pipeline/format/text.js';
import { displayWidth } from '../../pipeline/format/width.js';
import type { Report } from '../../pipeline/types.js';
import { emptyReport, find, realInputs, reportsOf, richReport } from './fixture.js';

const ESC = '\u001b';
const FLAG_LINE = /^ {2}\s*(\d+):(\d+)\s+(error|warning|info)\s+(.*?)\s+(\S+)$/;

/** Flag rows of the output, as parsed fields. */
const flagRows = (out: string) =>
  out
    .split('\n')
    .map((l) => FLAG_LINE.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ line: Number(m[1]), column: Number(m[2]), severity: m[3], message: m[4], rule: m[5] }));

/** The snippet (sentence line, caret line) printed under the flag row whose message starts with `message`. */
function snippetAfter(out: string, message: string): { sentence: string; carets: string } | null {
  const lines = out.split('\n');
  const i = lines.findIndex((l) => FLAG_LINE.test(l) && l.includes(message));
  expect(i, `a flag row with ${message}`).toBeGreaterThanOrEqual(0);
  if (!lines[i + 1]?.startsWith('    │ ')) return null;
  return { sentence: lines[i + 1]!.slice(6), carets: lines[i + 2]!.slice(6) };
}

/** Display columns of the carets: [start, end) of each run of ^. */
const caretRuns = (carets: string) => [...carets.matchAll(/\^+/g)].map((m) => [displayWidth(carets.slice(0, m.index)), displayWidth(carets.slice(0, m.index)) + m[0].length]);

/** Where `needle` shows in a snippet line, in display columns. */
const columnsOf = (line: string, needle: string) => {
  const at = line.indexOf(needle);
  expect(at, `\`${needle}\` in \`${line}\``).toBeGreaterThanOrEqual(0);
  return [displayWidth(line.slice(0, at)), displayWidth(line.slice(0, at)) + displayWidth(needle)];
};

describe('formatText (stylish)', () => {
  const report = richReport();
  const out = formatText([report], { width: 100 });

  it('lists every flag once, by position, with line:col, severity, message and rule id', () => {
    const position = positionFinder(report.text);
    const expected = [...report.flags]
      .sort((a, b) => a.start - b.start)
      .map((f) => ({ ...position(f.start), severity: f.severity, message: f.message, rule: f.rule }));
    expect(flagRows(out)).toEqual(expected);
  });

  it('sorts flags on the same span by severity', () => {
    const r = richReport();
    const base = r.flags[1]!;
    r.flags.push({ ...base, severity: 'info', rule: 'aaa-info' }, { ...base, severity: 'error', rule: 'zzz-error' });
    const sameSpan = sortFlags(r.flags).filter((f) => f.start === base.start);
    expect(sameSpan.map((f) => f.severity)).toEqual(['error', 'error', 'info']);
  });

  it('heads each article with input, title, publisher and published date', () => {
    const [input, title] = out.split('\n');
    expect(input).toBe(report.input);
    expect(title).toContain(report.article.title!);
    expect(title).toContain(report.article.publisher!);
    expect(title).toContain(report.article.published!);
  });

  it('underlines the figure of a flag under its sentence', () => {
    const flag = report.flags.find((f) => f.rule === 'inconsistent-figure')!;
    const shown = snippetAfter(out, flag.message)!;
    const figure = report.text.slice(flag.start, flag.end);
    expect(caretRuns(shown.carets)).toEqual([columnsOf(shown.sentence, figure)]);
  });

  it('underlines the figures of a flag on a whole claim sentence', () => {
    const flag = report.flags.find((f) => f.rule === 'unsourced-claim')!;
    const shown = snippetAfter(out, flag.message)!;
    const figures = [...report.money, ...report.percentages, ...report.quantities].filter((m) => m.start >= flag.start && m.end <= flag.end);
    expect(figures.length).toBeGreaterThan(1);
    expect(caretRuns(shown.carets)).toEqual(figures.map((m) => columnsOf(shown.sentence, m.text)));
  });

  it('shows no sentence for a flag with nothing short to point at (a repeated paragraph)', () => {
    const flag = report.flags.find((f) => f.rule === 'duplicate-paragraph')!;
    expect(snippetAfter(out, flag.message)).toBeNull();
  });

  it('cuts a long sentence around the figure to fit the width, between words', () => {
    for (const width of [40, 50, 64]) {
      const narrow = formatText([report], { width });
      const flag = report.flags.find((f) => f.rule === 'unsourced-claim')!;
      const shown = snippetAfter(narrow, flag.message)!;
      for (const line of narrow.split('\n').filter((l) => l.startsWith('    │'))) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      expect(shown.sentence).toMatch(/…$/);
      const words = shown.sentence.replace(/^…|…$/g, '').split(' ');
      const sentenceWords = report.text.slice(flag.start, flag.end).split(' ');
      for (const w of words) expect(sentenceWords).toContain(w);
      const money = caretRuns(shown.carets)[0]!;
      expect(money).toEqual(columnsOf(shown.sentence, '$200 million'));
    }
  });

  it('leaves the sentence out when the figure itself does not fit', () => {
    const long = 'x'.repeat(60);
    const r = emptyReport([`The fund reported ${long} in assets.`]);
    r.flags.push({ rule: 'test-rule', severity: 'warning', message: 'Odd figure', ...find(r.text, long), related: [] });
    expect(snippetAfter(formatText([r], { width: 40 }), 'Odd figure')).toBeNull();
    expect(snippetAfter(formatText([r], { width: 120 }), 'Odd figure')).not.toBeNull();
  });

  it('aligns the underline by display width (wide characters, emoji)', () => {
    const r = emptyReport(['東京の投資家 🚀 bought $5 million of bitcoin.']);
    const money = find(r.text, '$5 million');
    r.money.push({ ...money, value: 5e6, currency: 'USD', approximate: false });
    r.flags.push({ rule: 'test-rule', severity: 'warning', message: 'Check `$5 million`', start: money.start, end: money.end, related: [] });
    const shown = snippetAfter(formatText([r], { width: 80 }), 'Check')!;
    expect(caretRuns(shown.carets)).toEqual([columnsOf(shown.sentence, '$5 million')]);
    expect(columnsOf(shown.sentence, '$5 million')[0]).toBe(displayWidth('東京の投資家 🚀 bought '));
  });

  it('points a caret at an empty span', () => {
    const r = emptyReport(['Funds drew $5 million and more.']);
    const at = find(r.text, 'and').start;
    r.flags.push({ rule: 'test-rule', severity: 'info', message: 'Missing source here', start: at, end: at, related: [] });
    const shown = snippetAfter(formatText([r]), 'Missing source')!;
    expect(caretRuns(shown.carets)).toEqual([[at, at + 1]]);
  });

  it('lists related locations under their flag with line:col', () => {
    const position = positionFinder(report.text);
    for (const flag of report.flags) {
      for (const related of flag.related) {
        const { line, column } = position(related.start);
        expect(out).toContain(`↳ ${line}:${column}  ${related.message}`);
      }
    }
    const lines = out.split('\n');
    const row = lines.findIndex((l) => l.includes('inconsistent-figure'));
    expect(lines.slice(row + 1, row + 4).some((l) => l.includes('first stated here'))).toBe(true);
  });

  it('ends with a summary line of flags by severity, figures, named sources and duplicates', () => {
    const counts = countReport(report);
    const summary = out.trimEnd().split('\n').at(-1)!;
    const n = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(summary)?.[1]);
    expect(n('errors?')).toBe(report.flags.filter((f) => f.severity === 'error').length);
    expect(n('warnings?')).toBe(report.flags.filter((f) => f.severity === 'warning').length);
    expect(n('infos?')).toBe(report.flags.filter((f) => f.severity === 'info').length);
    expect(n('figures?')).toBe(report.money.length + report.percentages.length + report.quantities.length);
    expect(n('named sources?')).toBe(new Set(report.sources.filter((s) => !s.vague).map((s) => s.name)).size);
    expect(n('duplicate paragraphs?')).toBe(report.paragraphs.filter((p) => p.duplicateOf !== null).length);
    expect(counts.error).toBe(1);
    expect(summary).toMatch(/^✖ /);
  });

  it('adds counts across articles and says how many', () => {
    const a = richReport();
    const b = emptyReport(['Nothing to see.'], 'b.txt');
    const summary = formatText([a, b, a]).trimEnd().split('\n').at(-1)!;
    expect(summary).toContain('3 articles');
    expect(summary).toContain(`${2 * a.flags.filter((f) => f.severity === 'warning').length} warnings`);
    expect(formatText([b])).toContain('no flags');
    expect(formatText([b]).trimEnd().split('\n').at(-1)).toMatch(/^✔ 0 errors, 0 warnings/);
  });

  it('colours only when asked, and never passes control characters through from the article', () => {
    const r = richReport();
    r.article.title = `Evil ${ESC}[2J title\u202e`;
    r.flags[1]!.message = `Unsourced \`${ESC}]0;pwned\u0007\``;
    const plain = formatText([r]);
    expect(plain).not.toContain(ESC);
    expect(plain).not.toContain('\u0007');
    expect(plain).not.toContain('\u202e');
    const coloured = formatText([r], { color: true });
    expect(coloured).toContain(`${ESC}[31merror`);
    expect(coloured.replace(/\u001b\[\d+m/g, '')).not.toContain(ESC);
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('rejects a bad width with a message naming the option', () => {
    expect(() => formatText([], { width: 0 })).toThrow(/options\.width/);
    expect(() => formatText([], { width: 12.5 })).toThrow(TypeError);
    const r = richReport();
    expect(formatText([r], { width: 10 })).toBe(formatText([r], { width: 40 }));
  });

  it('survives spans out of range and reports without sentences', () => {
    const r: Report = { ...richReport(), sentences: [] };
    r.flags.push({ rule: 'test-rule', severity: 'warning', message: 'Far away', start: 10_000, end: 10_010, related: [{ start: -5, end: 3, message: 'before' }] });
    expect(() => formatText([r])).not.toThrow();
    expect(flagRows(formatText([r])).length).toBe(r.flags.length);
  });
});

describe('useColor', () => {
  it.each([
    { isTTY: true, env: {}, expect: true },
    { isTTY: false, env: {}, expect: false },
    { isTTY: true, env: { NO_COLOR: '1' }, expect: false },
    { isTTY: true, env: { NO_COLOR: '' }, expect: true },
    { isTTY: true, env: { TERM: 'dumb' }, expect: false },
    { isTTY: false, env: { FORCE_COLOR: '1' }, expect: true },
    { isTTY: true, env: { FORCE_COLOR: '0' }, expect: false },
    { isTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' }, expect: false },
  ])('isTTY $isTTY, env $env → $expect', ({ isTTY, env, expect: want }) => {
    expect(useColor({ isTTY, env })).toBe(want);
  });
});

describe('formatText on real reports', async () => {
  const reports = await reportsOf(realInputs());

  it('shows every flag of every article and adds up the counts', () => {
    const out = formatText(reports, { width: 80 });
    expect(flagRows(out).length).toBe(reports.reduce((n, r) => n + r.flags.length, 0));
    const summary = out.trimEnd().split('\n').at(-1)!;
    const figures = reports.reduce((n, r) => n + r.money.length + r.percentages.length + r.quantities.length, 0);
    expect(summary).toContain(`${figures} figure`);
    for (const r of reports) expect(out).toContain(r.input);
  });

  it('keeps every sentence line within the width', () => {
    for (const width of [60, 80, 120]) {
      const lines = formatText(reports, { width }).split('\n').filter((l) => l.startsWith('    │'));
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    }
  });
});
