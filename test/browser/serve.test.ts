/**
 * The desk in a real browser: `claimscan serve` started as a process on a free port, driven
 * through Debian's Chromium by playwright-core. An editor pastes a seed, sees the flags,
 * clicks one and sees its span highlighted, copies it as text; uploads an HTML page; checks
 * a URL served by a test server on 127.0.0.1 (`--allow-private`, the override tests use);
 * opens the stored article; searches for it. Hostile article text stays inert. No console
 * errors, no request leaves 127.0.0.1; screenshots go to test/artifacts/.
 * UPDATE_SCREENSHOT=1 rewrites docs/serve-screenshot.png (the README's picture).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SHARED } from '../helpers.js';

// Code inside page.$eval/evaluate runs in the page (see report.test.ts for why these are loose).
declare const document: any, navigator: any, innerHeight: number, requestAnimationFrame: any;

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');
const BIN = path.join(ROOT, 'pipeline', 'bin.js');
const SEED = path.join(SHARED, 'seeds', '000_cc48696f078fb7b8.txt');
const HTML_SAMPLE = path.join(ROOT, 'samples', '02-miner-earnings.html');

let dir: string;
let serve: ChildProcess;
let desk: string;
let pages: http.Server;
let pagesBase: string;
let browser: Browser;
let context: BrowserContext;

/** Starts `claimscan serve` on a free port and resolves with its address once it listens. */
function startServe(args: string[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${stderr}`)), 60_000);
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      const url = /desk at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ child, url });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}: ${stderr}`));
    });
  });
}

interface Watched {
  page: Page;
  /** Console errors and warnings, page errors, dialogs, and requests to anything but 127.0.0.1. */
  problems: string[];
}

async function openPage(): Promise<Watched> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    const { hostname } = new URL(r.url());
    if (hostname !== '127.0.0.1') problems.push(`request left 127.0.0.1: ${r.url()}`);
  });
  return { page, problems };
}

/** Whether the element is highlighted (`cls`) and its top lies inside the viewport, after two frames. */
async function shown(page: Page, selector: string, cls: string) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.$eval(
    selector,
    (el, c) => {
      const r = el.getBoundingClientRect();
      return { highlighted: el.classList.contains(c), inView: r.top >= 0 && r.top < innerHeight };
    },
    cls,
  );
}

const seedTitle = () => readFileSync(SEED, 'utf8').split('\n')[0]!.trim();
const seedBody = () => readFileSync(SEED, 'utf8').split('\n').slice(1).join('\n');

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-desk-'));
  // A page server on 127.0.0.1 for the URL check.
  const article = readFileSync(HTML_SAMPLE);
  pages = http.createServer((req, res) => {
    if (req.url === '/markets/miner-earnings.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(article);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
  pagesBase = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  ({ child: serve, url: desk } = await startServe(['--db', path.join(dir, 'desk.db'), '--allow-private']));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: desk });
});

afterAll(async () => {
  await browser?.close();
  if (serve && serve.exitCode === null) {
    const exited = new Promise((resolve) => serve.once('exit', resolve));
    serve.kill('SIGTERM');
    await exited;
  }
  await new Promise((resolve) => pages?.close(resolve));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the desk in Chromium', () => {
  let storedUrl: string;

  it('checks a pasted seed: flags show, a clicked flag highlights its span, a flag copies as text', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${desk}/`);
    const pasted = seedBody().trimStart();
    await page.fill('#text', pasted);
    await page.fill('#title', seedTitle());
    await page.fill('#published', '2025-05-28');
    await page.fill('#publisher', 'Seed Wire');
    await Promise.all([page.waitForURL(`${desk}/check#result`), page.click('button[value=text]')]);
    const flags = page.locator('.panel button.flag-go');
    expect(await flags.count()).toBeGreaterThan(3);
    expect(await page.textContent('.article h2')).toBe(seedTitle());
    // The last flag, from the top of the page: out of view until clicked.
    const last = flags.last();
    const key = (await last.getAttribute('data-go'))!;
    await page.evaluate(() => document.scrollingElement.scrollTo(0, 0));
    expect((await shown(page, `[data-t="${key}"]`, 'hl')).inView).toBe(false);
    await last.click();
    expect(await shown(page, `[data-t="${key}"]`, 'hl')).toEqual({ highlighted: true, inView: true });
    // line:col in the pasted text's own lines: the first EST flag sits on the line the editor pasted it on.
    const est = page.locator('.panel li', { hasText: 'timezone-mismatch' }).first();
    const at = (await est.locator('.pos').first().textContent())!;
    const [line, column] = at.split(':').map(Number);
    expect(pasted.split('\n')[line! - 1]!.slice(column! - 1)).toMatch(/^As of May 28, 2025, at 10:00 AM EST/);
    const copy = est.locator('button.copy');
    await copy.click();
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(await copy.getAttribute('data-copy'));
    expect(clipboard).toMatch(/^line \d+:\d+ · error · timezone-mismatch\n`EST` is standard time/);
    expect(await copy.textContent()).toBe('Copied');
    // The check page as an editor sees it after a check: the form, then the report with a flag picked.
    await page.locator('.panel button.flag-go').nth(1).click();
    await page.evaluate(() => document.scrollingElement.scrollTo(0, 0));
    const file = path.join(ARTIFACTS, 'serve-check.png');
    await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1500 } });
    if (process.env.UPDATE_SCREENSHOT) copyFileSync(file, path.join(ROOT, 'docs', 'serve-screenshot.png'));
    storedUrl = new URL((await page.getAttribute('.stored a', 'href'))!, desk).href;
    await page.close();
    expect(problems).toEqual([]);
  });

  it('checks an uploaded HTML page', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${desk}/`);
    await page.setInputFiles('#file', HTML_SAMPLE);
    await Promise.all([page.waitForURL(`${desk}/check#result`), page.click('button[value=file]')]);
    expect(await page.textContent('.article .meta code')).toBe('02-miner-earnings.html');
    expect(await page.locator('.article .text mark.k-money').count()).toBeGreaterThan(0);
    expect(await page.locator('.removed li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'serve-upload.png') });
    await page.close();
    expect(problems).toEqual([]);
  });

  it('checks a file dropped on the page', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${desk}/`);
    const content = readFileSync(path.join(ROOT, 'samples', '05-bank-results.md'), 'utf8');
    const transfer = await page.evaluateHandle((text) => {
      const data = new (globalThis as any).DataTransfer();
      data.items.add(new (globalThis as any).File([text], '05-bank-results.md', { type: 'text/markdown' }));
      return data;
    }, content);
    await Promise.all([page.waitForURL(`${desk}/check#result`), page.dispatchEvent('[data-drop]', 'drop', { dataTransfer: transfer })]);
    expect(await page.textContent('.article .meta code')).toBe('05-bank-results.md');
    expect(await page.textContent('.article h2')).toBe('Harborview Bancorp Beats Estimates as Net Interest Margin Widens');
    await page.close();
    expect(problems).toEqual([]);
  });

  it('checks a URL served on 127.0.0.1 (the tests’ private-address override)', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${desk}/`);
    const url = `${pagesBase}/markets/miner-earnings.html`;
    await page.fill('#url', url);
    await Promise.all([page.waitForURL(`${desk}/check#result`), page.click('button[value=url]')]);
    expect(await page.textContent('.article .meta code')).toBe(url);
    expect(await page.locator('.panel').count()).toBe(1);
    expect(await page.locator('.article .text mark').count()).toBeGreaterThan(0);
    await page.close();
    // The page itself asked only the desk; the desk fetched the test server.
    expect(problems).toEqual([]);
  });

  it('opens the stored article, and finds it by searching', async () => {
    const { page, problems } = await openPage();
    await page.goto(storedUrl);
    expect(await page.textContent('.article h2')).toBe(seedTitle());
    const flagsOnPage = await page.locator('.panel button.flag-go').count();
    expect(flagsOnPage).toBeGreaterThan(3);
    await page.locator('.panel button.flag-go').first().click();
    expect(await page.locator('.text .hl').count()).toBeGreaterThan(0);
    await page.click('nav >> text=Articles');
    await page.fill('input[name=q]', 'semiconductors outflow');
    await Promise.all([page.waitForURL(/\/articles\?q=semiconductors/), page.click('.filters button[type=submit]')]);
    const results = page.locator('table.articles tbody tr');
    expect(await results.count()).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'serve-search.png') });
    await Promise.all([page.waitForURL(storedUrl), results.first().locator('a').click()]);
    expect(await page.locator('.panel button.flag-go').count()).toBe(flagsOnPage);
    await page.click('nav >> text=Flags');
    expect(await page.locator('#by-rule ~ .table-wrap tbody tr, section:has(#by-rule) tbody tr').count()).toBeGreaterThan(0);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('shows hostile article text as text: no dialog, no error, no injected element', async () => {
    const { page, problems } = await openPage();
    await page.goto(`${desk}/`);
    const hostile = [
      'Shares rose 3% to $12 on Monday <script>alert(1)</script>, the exchange said.',
      'Volume hit $2 billion "><img src=x onerror=alert(2)> on the day, data showed.',
      "A link <a href=\"javascript:alert(3)\">here</a> and '><svg onload=alert(4)>.",
    ].join('\n');
    await page.fill('#text', hostile);
    await page.fill('#title', '<script>alert("title")</script>');
    await Promise.all([page.waitForURL(`${desk}/check#result`), page.click('button[value=text]')]);
    const text = (await page.textContent('.article .text'))!;
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain('"><img src=x onerror=alert(2)>');
    expect(await page.textContent('.article h2')).toBe('<script>alert("title")</script>');
    expect(await page.locator('main img, main svg, main script, .article a[href^="javascript"]').count()).toBe(0);
    // Clicking around the flags runs the page's script over the hostile text.
    for (const button of await page.locator('.panel button.flag-go').all()) await button.click();
    await page.waitForTimeout(200);
    await page.goto(new URL((await page.getAttribute('.stored a', 'href'))!, desk).href);
    expect(await page.locator('main img, main svg, main script').count()).toBe(0);
    expect(await page.textContent('.article .text')).toContain('<script>alert(1)</script>');
    await page.close();
    expect(problems).toEqual([]);
  });
});
