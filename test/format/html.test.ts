import { load, type CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../pipeline/format/html.js';
import { MENTION_KINDS, type Report } from '../../pipeline/types.js';
import { emptyReport, realInputs, reportsOf, richReport } from './fixture.js';

/** The text each `[data-m]` / `[data-t]` id covers inside an article, fragments joined in order. */
function covered($: CheerioAPI, article: number, attribute: 'data-m' | 'data-t'): Map<string, string> {
  const out = new Map<string, string>();
  $(`#a${article} .text [${attribute}]`).each((_, el) => {
    const id = $(el).attr(attribute)!;
    out.set(id, (out.get(id) ?? '') + $(el).text());
  });
  return out;
}

/** Checks that the article's text is shown whole and every mention, flag and claim covers its span. */
function expectFaithful($: CheerioAPI, report: Report, article: number) {
  const paragraphs = $(`#a${article} .text > p`);
  report.paragraphs.forEach((p, i) => {
    const el = $(`#a${article}-p${i}`).clone();
    el.find('.dup-note').remove();
    expect(el.text()).toBe(report.text.slice(p.start, p.end));
  });
  expect(paragraphs.length).toBeGreaterThanOrEqual(report.paragraphs.length);
  const mentions = covered($, article, 'data-m');
  for (const kind of MENTION_KINDS) {
    expect([...mentions.keys()].filter((id) => id.startsWith(`${kind}:`)).length, kind).toBe(report[kind].length);
    report[kind].forEach((item, i) => expect(mentions.get(`${kind}:${i}`)).toBe(report.text.slice(item.start, item.end).replace(/\n/g, '')));
  }
  const targets = covered($, article, 'data-t');
  const flags = [...report.flags].sort((a, b) => a.start - b.start || a.end - b.end);
  const buttons = $(`#a${article} .panel button.flag-go`);
  expect(buttons.length).toBe(report.flags.length);
  buttons.each((i, el) => {
    const key = $(el).attr('data-go')!;
    expect(targets.get(key)).toBe(report.text.slice(flags[i]!.start, flags[i]!.end).replace(/\n/g, ''));
    const related = ($(el).attr('data-rel') ?? '').split(' ').filter(Boolean);
    expect(related.length).toBe(flags[i]!.related.length);
    related.forEach((r, k) => expect(targets.get(r)).toBe(report.text.slice(flags[i]!.related[k]!.start, flags[i]!.related[k]!.end).replace(/\n/g, '')));
  });
  report.claims.forEach((c, i) => expect(targets.get(`a${article}c${i}`)).toBe(report.text.slice(c.start, c.end)));
}

describe('formatHtml', () => {
  const report = richReport();
  const html = formatHtml([report]);
  const $ = load(html);

  it('is one self-contained page: inline CSS and JS, nothing to fetch', () => {
    expect($('script[src], link[rel=stylesheet], img, iframe, object, embed, video, audio').length).toBe(0);
    expect($('style').length).toBe(1);
    expect($('script').length).toBe(1);
    expect(html).not.toMatch(/@import|url\(/);
    const csp = $('meta[http-equiv="Content-Security-Policy"]').attr('content');
    expect(csp).toMatch(/default-src 'none'/);
    $('link[href]').each((_, el) => expect($(el).attr('href')).toMatch(/^data:/));
  });

  it('shows the whole text and highlights every mention, flag span and claim exactly over its span (nested and crossing)', () => {
    expectFaithful($, report, 0);
  });

  it('marks each kind with its own class and a tooltip of what was extracted', () => {
    for (const kind of MENTION_KINDS) {
      const marks = $(`mark.k-${kind}`);
      expect(marks.length, kind).toBeGreaterThan(0);
      marks.each((_, el) => expect($(el).attr('title')).toBeTruthy());
    }
    expect($('mark[data-m="money:0"]').attr('title')).toContain('USD');
    expect($('mark[data-m="sources:1"]').hasClass('vague')).toBe(true);
  });

  it('strikes duplicate paragraphs through and links them to the first copy', () => {
    report.paragraphs.forEach((p, i) => {
      const el = $(`#a0-p${i}`);
      expect(el.hasClass('dup'), `paragraph ${i}`).toBe(p.duplicateOf !== null);
      if (p.duplicateOf !== null) expect(el.find('.dup-note a').attr('href')).toBe(`#a0-p${p.duplicateOf}`);
    });
  });

  it('lists flags by position in the side panel with severity, message, rule and related locations', () => {
    const items = $('#a0 .panel .flags > li');
    const sorted = [...report.flags].sort((a, b) => a.start - b.start);
    expect(items.length).toBe(sorted.length);
    items.each((i, el) => {
      expect($(el).hasClass(`sev-${sorted[i]!.severity}`)).toBe(true);
      expect($(el).find('.rule').text()).toBe(sorted[i]!.rule);
      expect($(el).find('.related button').length).toBe(sorted[i]!.related.length);
    });
    expect($('#a0 .panel .msg code').first().text()).toBe('$200 million');
  });

  it('has a claims table with one row per claim, sortable headers and the unsourced marked', () => {
    const headers = $('#a0 .claims th').map((_, el) => $(el).text().trim()).get();
    expect(headers).toEqual(expect.arrayContaining(['figure', 'subject', 'measure', 'time', 'sources', 'flags']));
    expect($('#a0 .claims th button[data-sort]').length).toBe(headers.length);
    const rows = $('#a0 .claims tbody tr');
    expect(rows.length).toBe(report.claims.length);
    const figureColumn = headers.indexOf('figure');
    const sourcesColumn = headers.indexOf('sources');
    rows.each((i, row) => {
      const cells = $(row).children('td');
      const claim = report.claims[i]!;
      for (const ref of claim.figures) {
        const [kind, index] = ref.split(':') as [(typeof MENTION_KINDS)[number], string];
        expect(cells.eq(figureColumn).text()).toContain(report[kind][Number(index)]!.text);
      }
      expect(cells.eq(sourcesColumn).find('.unsourced').length).toBe(claim.sources.length ? 0 : 1);
    });
    const flagged = report.claims.findIndex((c) => report.flags.some((f) => f.rule === 'unsourced-claim' && f.start === c.start));
    expect(rows.eq(flagged).text()).toContain('unsourced-claim');
  });

  it('lists removed boilerplate in a collapsed block', () => {
    const details = $('#a0 details.removed');
    expect(details.attr('open')).toBeUndefined();
    expect(details.find('li').length).toBe(report.removed!.length);
    expect(details.text()).toContain('bitcoin, ETF, <flows>');
  });

  it('has a legend with a toggle per kind, and a table of contents only past one article', () => {
    for (const kind of MENTION_KINDS) expect($(`.legend input[data-kind="${kind}"]`).length, kind).toBe(1);
    expect($('nav.toc').length).toBe(0);
    const two = load(formatHtml([report, emptyReport(['Quiet day.'], 'b.txt')]));
    expect(two('nav.toc li a').map((_, el) => two(el).attr('href')).get()).toEqual(['#a0', '#a1']);
    expect(two('#a1 .panel .none').length).toBe(1);
  });

  it('gives every form control a label and every button a name', () => {
    $('input').each((_, el) => expect($(el).closest('label').length).toBe(1));
    $('button').each((_, el) => expect(($(el).text() || $(el).attr('aria-label') || '').trim()).not.toBe(''));
    expect($('html').attr('lang')).toBe('en');
    expect($('a.skip').attr('href')).toBe('#main');
  });

  it('escapes article data and links only http(s) URLs', () => {
    const r = emptyReport(['<script>alert(1)</script> & "quotes" rose 5%.']);
    r.article.title = '<img src=x onerror=alert(1)>';
    r.article.url = 'javascript:alert(1)';
    r.percentages.push({ start: r.text.indexOf('5%'), end: r.text.indexOf('5%') + 2, text: '5%', value: 5 });
    r.flags.push({ rule: 'x"><b>', severity: 'warning', message: '`<b>` bold', start: 0, end: 8, related: [] });
    const page = load(formatHtml([r]));
    expect(page('script').length).toBe(1);
    expect(page('img, b').length).toBe(0);
    expect(page('a[href^="javascript"]').length).toBe(0);
    expect(page('#a0-p0').text()).toBe(r.text);
    expect(page('h2').first().text()).toBe(r.article.title);
  });

  it('survives out-of-range and empty spans, and reports without paragraphs', () => {
    const r: Report = { ...richReport(), paragraphs: [] };
    r.flags.push({ rule: 'test-rule', severity: 'info', message: 'Point', start: 12, end: 12, related: [{ start: 99_999, end: 100_000, message: 'beyond' }] });
    const page = load(formatHtml([r]));
    expect(page('[data-t="a0f1"]').length).toBeGreaterThan(0);
    expect(page('.text').text().replace(/\s/g, '')).toBe(r.text.replace(/\s/g, ''));
    expect(page('#a0 .panel button.flag-go').length).toBe(r.flags.length);
  });

  it('renders an empty run', () => {
    expect(load(formatHtml([]))('main').text()).toContain('No articles');
  });
});

describe('formatHtml on real reports', async () => {
  const reports = await reportsOf(realInputs());
  const $ = load(formatHtml(reports));

  it('shows each article whole, with every highlight and flag over its span', () => {
    expect($('main > article').length).toBe(reports.length);
    reports.forEach((r, i) => expectFaithful($, r, i));
  });
});
