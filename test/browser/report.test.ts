/**
 * The HTML report in a real browser: Debian's Chromium (`apt-get install -y chromium`)
 * driven by playwright-core. Set CHROMIUM_PATH to use another binary; UPDATE_SCREENSHOT=1
 * rewrites docs/report-screenshot.png (the README's picture).
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHtml } from '../../pipeline/format/html.js';
import { MENTION_KINDS, type Report } from '../../pipeline/types.js';
import { realInputs, reportsOf, richReport } from '../format/fixture.js';
import { ROOT } from '../helpers.js';

// Code inside page.$eval/evaluate runs in the page. The project compiles without the DOM
// library (it would put browser globals into the Node code's scope), so the few page globals
// used here are declared loosely, for this file only.
declare const document: any, getComputedStyle: any, requestAnimationFrame: any, scrollTo: any, dispatchEvent: any, innerHeight: number, innerWidth: number;
type Element = any;
type HTMLElement = any;

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');

let browser: Browser;
let reports: Report[];

interface Opened {
  page: Page;
  url: string;
  /** Console errors, page errors and requests for anything but the page itself. */
  problems: string[];
}

async function open(name: string, html: string, viewport = { width: 1280, height: 800 }): Promise<Opened> {
  const file = path.join(ARTIFACTS, name);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (r.url() !== url) problems.push(`request: ${r.url()}`);
  });
  await page.goto(url);
  return { page, url, problems };
}

/** Whether the first element matching `selector` is highlighted (`cls`) and its top lies inside the viewport. */
async function shown(page: Page, selector: string, cls: string) {
  // Measured after two frames, so a layout that settles late (articles laid out on demand) counts.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.$eval(
    selector,
    (el, c) => {
      const r = el.getBoundingClientRect();
      return { highlighted: el.classList.contains(c), inView: r.top >= 0 && r.top < innerHeight && r.left >= 0 && r.left < innerWidth };
    },
    cls,
  );
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  reports = await reportsOf(realInputs());
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('the HTML report in Chromium', () => {
  let samples: Opened;
  beforeAll(async () => {
    samples = await open('report.html', formatHtml(reports));
  });

  it('highlights as many figures, timestamps, entities and sources as the reports hold', async () => {
    const counts = await samples.page.$$eval('main > article', (articles) =>
      articles.map((a) => {
        const ids = new Set([...a.querySelectorAll('.text mark[data-m]')].map((m) => m.getAttribute('data-m')!));
        const byKind: Record<string, number> = {};
        for (const id of ids) byKind[id.split(':')[0]!] = (byKind[id.split(':')[0]!] ?? 0) + 1;
        return byKind;
      }),
    );
    expect(counts.length).toBe(reports.length);
    reports.forEach((r, i) => {
      for (const kind of MENTION_KINDS) expect(counts[i]![kind] ?? 0, `${r.input} ${kind}`).toBe(r[kind].length);
    });
    const figures = reports.reduce((n, r) => n + r.money.length + r.percentages.length + r.quantities.length, 0);
    expect(await samples.page.textContent('[data-summary]')).toContain(`${figures} figure`);
    expect(samples.problems).toEqual([]);
  });

  it('scrolls to a flag’s span when the flag is clicked and highlights it and its related spans', async () => {
    const { page } = samples;
    const buttons = await page.$$('button.flag-go');
    expect(buttons.length, 'the samples carry flags').toBeGreaterThan(1);
    // From the far end of the page each time, so the span is out of view until the click brings it.
    for (const [button, from] of [
      [buttons.at(-1)!, 0],
      [buttons[0]!, Number.MAX_SAFE_INTEGER],
    ] as const) {
      const key = (await button.getAttribute('data-go'))!;
      const related = ((await button.getAttribute('data-rel')) ?? '').split(' ').filter(Boolean);
      await page.evaluate((y) => scrollTo(0, y), from);
      expect((await shown(page, `[data-t="${key}"]`, 'hl')).inView).toBe(false);
      await button.dispatchEvent('click');
      expect(await shown(page, `[data-t="${key}"]`, 'hl')).toEqual({ highlighted: true, inView: true });
      for (const r of related) expect(await page.$eval(`[data-t="${r}"]`, (el) => el.classList.contains('rel'))).toBe(true);
      expect(await page.$$eval('.hl', (els) => els.map((el) => el.getAttribute('data-t')))).toEqual(expect.arrayContaining([key]));
      expect(new Set(await page.$$eval('.hl', (els) => els.map((el) => el.getAttribute('data-t'))))).toEqual(new Set([key]));
      expect(await button.getAttribute('aria-current')).toBe('true');
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'report.png') });
    expect(samples.problems).toEqual([]);
  });

  it('keeps a screenshot of one flagged article (the README picture)', async () => {
    const flagged = reports.find((r) => r.flags.length) ?? reports[0]!;
    const opened = await open('article.html', formatHtml([flagged]), { width: 1280, height: 1000 });
    await opened.page.locator('button.flag-go').first().dispatchEvent('click');
    await opened.page.evaluate(() => scrollTo(0, 0));
    const file = path.join(ARTIFACTS, 'article.png');
    await opened.page.screenshot({ path: file });
    if (process.env.UPDATE_SCREENSHOT) copyFileSync(file, path.join(ROOT, 'docs', 'report-screenshot.png'));
    await opened.page.close();
    expect(opened.problems).toEqual([]);
  });

  it('is keyboard usable: skip link first, j/k walk the flags, Esc clears', async () => {
    const { page } = samples;
    await page.goto(samples.url);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    await page.keyboard.press('Escape');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('j');
    const first = await page.$eval('button.flag-go', (b) => b.getAttribute('data-go'));
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-go'))).toBe(first);
    expect(await shown(page, `[data-t="${first}"]`, 'hl')).toEqual({ highlighted: true, inView: true });
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-go'))).toBe(first);
    await page.keyboard.press('Enter');
    expect(await page.$$eval('.hl', (els) => els.length)).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    expect(await page.$$eval('.hl, .rel', (els) => els.length)).toBe(0);
    expect(samples.problems).toEqual([]);
  });

  it('turns a kind’s highlight off and on with its toggle', async () => {
    const { page } = samples;
    const kind = MENTION_KINDS.find((k) => reports.some((r) => r[k].length) && k !== 'entities');
    expect(kind, 'the samples hold some highlighted figure').toBeDefined();
    const background = () => page.$eval(`mark.k-${kind}`, (el) => getComputedStyle(el).backgroundColor);
    const before = await background();
    expect(before).not.toBe('rgba(0, 0, 0, 0)');
    await page.click(`input[data-kind="${kind}"]`);
    expect(await background()).toBe('rgba(0, 0, 0, 0)');
    await page.click(`input[data-kind="${kind}"]`);
    expect(await background()).toBe(before);
    expect(samples.problems).toEqual([]);
  });

  it('sorts a claims table by a column, both ways', async () => {
    const { page } = samples;
    const table = await page.$('.claims table');
    expect(table, 'the samples hold claims').not.toBeNull();
    const column = await table!.$$eval('thead th', (ths) => ths.findIndex((th) => th.textContent!.trim() === 'figure'));
    const cells = () => table!.$$eval('tbody tr', (rows, c) => rows.map((r) => r.children[c]!.textContent!.trim()), column);
    const collate = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' });
    await table!.$eval(`thead th:nth-child(${column + 1}) button`, (b) => (b as HTMLElement).click());
    const ascending = await cells();
    expect(ascending).toEqual([...ascending].sort(collate));
    expect(await table!.$eval(`thead th:nth-child(${column + 1})`, (th) => th.getAttribute('aria-sort'))).toBe('ascending');
    await table!.$eval(`thead th:nth-child(${column + 1}) button`, (b) => (b as HTMLElement).click());
    expect(await cells()).toEqual([...ascending].sort(collate).reverse());
    expect(samples.problems).toEqual([]);
  });

  it('keeps text readable: contrast of at least 4.5:1 for text on every highlight and badge', async () => {
    const { page } = samples;
    const ratios = await page.$$eval('.legend .swatch, .badge, .dup-note, .muted, .pos, .rule, p.dup, .unsourced, .text p', (els) => {
      const rgb = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]) =>
        [r!, g!, b!].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
      const backgroundOf = (el: Element | null): number[] => {
        for (; el; el = el.parentElement) {
          const c = rgb(getComputedStyle(el).backgroundColor);
          if (c.length === 3 || (c.length === 4 && c[3]! > 0)) return c.slice(0, 3);
        }
        return [255, 255, 255];
      };
      return els.map((el) => {
        const a = lum(rgb(getComputedStyle(el).color));
        const b = lum(backgroundOf(el));
        return { what: el.className || el.tagName, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
      });
    });
    expect(ratios.length).toBeGreaterThan(5);
    for (const { what, ratio } of ratios) expect(ratio, what).toBeGreaterThanOrEqual(4.5);
  });

  it('prints cleanly: one column, no controls, panels in the flow', async () => {
    const { page } = samples;
    await page.emulateMedia({ media: 'print' });
    try {
      const style = await page.evaluate(() => ({
        layout: getComputedStyle(document.querySelector('.layout')!).display,
        panel: getComputedStyle(document.querySelector('.panel')!).position,
        toggles: getComputedStyle(document.querySelector('.legend input')!).display,
        toc: document.querySelector('.toc') ? getComputedStyle(document.querySelector('.toc')!).display : 'none',
      }));
      expect(style).toEqual({ layout: 'block', panel: 'static', toggles: 'none', toc: 'none' });
      const closed = () => page.$$eval('details', (ds) => ds.filter((d) => !(d as { open: boolean }).open).length);
      expect(await page.$$eval('details', (ds) => ds.length), 'the samples have removed boilerplate').toBeGreaterThan(0);
      await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
      expect(await closed()).toBe(0);
      await page.evaluate(() => dispatchEvent(new Event('afterprint')));
      expect(await closed()).toBe(await page.$$eval('details', (ds) => ds.length));
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});

describe('a 100-article page', () => {
  it('opens whole and flags anywhere in it scroll into view', async () => {
    const base = [...reports, richReport()];
    const many = Array.from({ length: 100 }, (_, i) => ({ ...base[i % base.length]!, input: `article-${i + 1}` }));
    const opened = await open('report-100.html', formatHtml(many));
    const { page } = opened;
    expect(await page.$$eval('main > article', (a) => a.length)).toBe(100);
    expect(await page.$$eval('nav.toc li', (li) => li.length)).toBe(100);
    const buttons = page.locator('button.flag-go');
    const n = await buttons.count();
    for (const i of [n - 1, Math.floor(n / 2), 0, Math.floor(n / 3)]) {
      const key = await buttons.nth(i).getAttribute('data-go');
      await page.evaluate(() => scrollTo(0, 0));
      await buttons.nth(i).dispatchEvent('click');
      expect(await shown(page, `[data-t="${key}"]`, 'hl'), `flag ${i + 1} of ${n}`).toEqual({ highlighted: true, inView: true });
    }
    await page.close();
    expect(opened.problems).toEqual([]);
  });
});
