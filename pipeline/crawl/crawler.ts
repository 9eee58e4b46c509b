/**
 * `claimscan crawl`: discovers articles from seeds (feeds, sitemaps, home pages, URL lists,
 * article URLs), fetches them politely and stores them with their claims, keeping every URL
 * and every decision in the frontier table of the same database.
 *
 * Order of work: robots.txt first for each host (once per run), then its queued URLs,
 * discovery URLs (feeds, sitemaps) before articles. Every request goes through
 * pipeline/fetch.ts (private addresses refused, size caps, Content-Length check) without
 * following redirects itself: a redirect is a frontier decision, and its target a new URL
 * that passes robots.txt and the host's delay like any other.
 */
import { promises as fs } from 'node:fs';
import PQueue from 'p-queue';
import { EXTRACTOR_VERSIONS } from '../../extractors/index.js';
import { ClaimsDb, rawHash } from '../../storage/db.js';
import { Frontier, type Decision, type Discovery, type FrontierEntry } from '../../storage/frontier.js';
import { createAnalyzer } from '../analyze.js';
import { createCrossCheck } from '../cross-check.js';
import type { ResolvedConfig } from '../config.js';
import { DEFAULT_USER_AGENT, FetchError, fetchResource, decode, type FetchedResource, type FetchOptions, type Resolver } from '../fetch.js';
import { publishedTime } from '../published.js';
import type { ArticleRecord } from '../types.js';
import { VERSION } from '../version.js';
import { readDocument, readPageLinks, type Entry } from './discover.js';
import { backoffMs, HostGate, retryAfterMs } from './politeness.js';
import { readRobots, type HostRules } from './robots.js';
import { hostOf, normalizeUrl } from './url.js';

export interface CrawlOptions {
  /** Database file (frontier and articles). */
  db: string;
  config: ResolvedConfig;
  /** Feed items and sitemap entries dated before this (ISO-8601) are skipped. Default none. */
  since?: string | null;
  /** Stop after storing this many new articles in this run. Default no limit. */
  maxArticles?: number | null;
  /** Milliseconds between two requests to one host (raised to its Crawl-delay). Default 1000. */
  perHostDelayMs?: number;
  /** Requests in flight to one host. Default 1. */
  perHostConcurrency?: number;
  /** Requests in flight across all hosts. Default 8. */
  concurrency?: number;
  /** User-Agent: product token first (robots.txt groups match it), with a contact URL. Default {@link DEFAULT_USER_AGENT}. */
  userAgent?: string;
  /** Fetch from loopback and private addresses too (tests). Default false. */
  allowPrivate?: boolean;
  /** Ask again for seeds, feeds and sitemaps already read, with their ETag / Last-Modified. Default false. */
  refresh?: boolean;
  /** Time limit of one request, in milliseconds. Default 20000. */
  timeoutMs?: number;
  /** Largest body, after decompression. Default 10 MiB. */
  maxBytes?: number;
  /** Retries of a URL answered 429 or 503. Default 3. */
  maxRetries?: number;
  /** Longest `Retry-After` honoured, in milliseconds; a longer one parks the host. Default 120000. */
  maxRetryAfterMs?: number;
  /** Failures in a row (5xx, timeouts, network errors) after which a host is parked for the run. Default 5. */
  hostFailureBudget?: number;
  /** Requests a failed URL may have had, over all runs, and still be tried again by a later run. Default 6. */
  maxAttempts?: number;
  /** Host name resolver (tests). */
  resolve?: Resolver;
  /** A line for people about what happened (parked hosts, failures). */
  onEvent?: (message: string) => void;
  /** Stops scheduling; what is in flight finishes and is recorded. */
  signal?: AbortSignal;
}

export interface CrawlSummary {
  runId: number;
  /** Seeds that could not be read (a missing file, a line that is not a URL). */
  badSeeds: number;
  /** Requests made (robots.txt and retries included). */
  requests: number;
  stored: number;
  present: number;
  failed: number;
  /** Hosts parked in this run, with why. */
  parkedHosts: { host: string; why: string }[];
  /** Frontier URLs by state after the run. */
  frontier: Record<string, number>;
  seconds: number;
  interrupted: boolean;
}

/** Where to read the seeds of a crawl: URLs, or files of URLs. */
export interface SeedResult {
  discoveries: Discovery[];
  errors: string[];
}

/**
 * Turns SEED arguments into frontier URLs: an http(s) URL is a seed (a root URL is a site's
 * home page), a file holds URLs one a line (`#` starts a comment).
 */
export async function readSeeds(seeds: readonly string[]): Promise<SeedResult> {
  const discoveries: Discovery[] = [];
  const errors: string[] = [];
  const add = (raw: string, source: string | null, where: string) => {
    const url = normalizeUrl(raw);
    if (!url) {
      errors.push(`${where}: not an http(s) URL: ${raw}`);
      return;
    }
    const path = new URL(url).pathname;
    discoveries.push({ url, discoveredUrl: raw, host: hostOf(url), kind: path === '/' ? 'home' : 'seed', source });
  };
  for (const seed of seeds) {
    if (/^https?:\/\//i.test(seed)) {
      add(seed, null, 'seed');
      continue;
    }
    let content: string;
    try {
      const stat = await fs.stat(seed);
      if (!stat.isFile()) throw Object.assign(new Error('not a regular file'), { code: 'EISDIR' });
      if (stat.size > 64 * 1024 * 1024) throw new Error(`${stat.size} bytes is over the 64 MiB limit for a URL list`);
      content = await fs.readFile(seed, 'utf8');
    } catch (err) {
      errors.push(`cannot read seed ${seed}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file (a seed is an http(s) URL or a file of URLs)' : (err as Error).message}`);
      continue;
    }
    content.split(/\r?\n/).forEach((line, i) => {
      const value = line.replace(/#.*$/, '').trim();
      if (value) add(value, seed, `${seed}:${i + 1}`);
    });
  }
  return { discoveries, errors };
}

interface HostState {
  gate: HostGate;
  ready: Promise<void>;
  rules: HostRules | null;
  requests: number;
  failures: number;
  failuresInARow: number;
  parked: string | null;
}

const isRedirect = (status: number) => status === 301 || status === 302 || status === 303 || status === 307 || status === 308;

/** Runs a crawl; resolves when the frontier has nothing queued (or the limit or signal stops it). */
export async function crawl(seeds: readonly string[], options: CrawlOptions): Promise<CrawlSummary> {
  const opts = {
    perHostDelayMs: 1000,
    perHostConcurrency: 1,
    concurrency: 8,
    userAgent: DEFAULT_USER_AGENT,
    timeoutMs: 20_000,
    maxBytes: 10 * 1024 * 1024,
    maxRetries: 3,
    maxRetryAfterMs: 120_000,
    hostFailureBudget: 5,
    maxAttempts: 6,
    ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)),
  } as Required<Omit<CrawlOptions, 'since' | 'maxArticles' | 'resolve' | 'onEvent' | 'signal'>> & CrawlOptions;
  for (const key of ['perHostDelayMs', 'timeoutMs', 'maxBytes', 'maxRetries', 'maxRetryAfterMs'] as const) {
    if (!Number.isInteger(opts[key]) || opts[key] < 0) throw new TypeError(`crawl option ${key} must be an integer ≥ 0, got ${String(opts[key])}`);
  }
  for (const key of ['perHostConcurrency', 'concurrency', 'hostFailureBudget', 'maxAttempts'] as const) {
    if (!Number.isInteger(opts[key]) || opts[key] < 1) throw new TypeError(`crawl option ${key} must be an integer ≥ 1, got ${String(opts[key])}`);
  }
  const sinceTime = opts.since ? publishedTime(opts.since) : null;
  if (sinceTime !== null && Number.isNaN(sinceTime)) throw new TypeError(`crawl option since must be an ISO-8601 date, got ${opts.since}`);

  const started = process.hrtime.bigint();
  const { discoveries: seedUrls, errors: seedErrors } = await readSeeds(seeds);
  const db = ClaimsDb.open(opts.db);
  const frontier = new Frontier(db);
  const runId = db.startRun('crawl', seeds, VERSION);
  for (const error of seedErrors) {
    db.recordError(runId, 'seed', undefined, error);
    opts.onEvent?.(error);
  }
  frontier.requeue({ refresh: opts.refresh === true, maxAttempts: opts.maxAttempts });
  frontier.add(seedUrls, runId);

  const analyze = createAnalyzer(opts.config);
  // rules that need stored figures (conflicting-report) run on this thread, before storing
  const crossCheck = createCrossCheck(opts.config, { storedFigures: (keys, story) => db.storedFigures(keys, story) });
  const fetchOptions: FetchOptions = {
    timeoutMs: opts.timeoutMs,
    maxBytes: opts.maxBytes,
    userAgent: opts.userAgent,
    allowPrivate: opts.allowPrivate === true,
    resolve: opts.resolve,
    maxRedirects: 0,
    signal: opts.signal,
  };
  const global = new PQueue({ concurrency: opts.concurrency });
  const hosts = new Map<string, HostState>();
  const counts = { requests: 0, stored: 0, present: 0, failed: 0, articlesRead: 0 };
  const parkedHosts: { host: string; why: string }[] = [];
  const limitReached = () => opts.maxArticles !== null && opts.maxArticles !== undefined && counts.stored >= opts.maxArticles;
  let articlesInFlight = 0;
  /** Articles left queued because of --max-articles: not picked again in this run. */
  const deferred = new Set<number>();

  const park = (state: HostState, host: string, why: string) => {
    if (state.parked) return;
    state.parked = why;
    parkedHosts.push({ host, why });
    frontier.updateHost(runId, host, state.requests, state.failures, why);
    opts.onEvent?.(`${host}: parked for this run: ${why}`);
  };

  /** One request to a host, in its turn and within the global limit. */
  const request = async (state: HostState, url: string, extra: FetchOptions = {}) => {
    const asked = Date.now();
    await state.gate.approach();
    return global.add(async () => {
      await state.gate.turn();
      const waitedMs = Date.now() - asked;
      state.requests++;
      counts.requests++;
      const delayMs = state.gate.delayMs;
      try {
        const resource = await fetchResource(url, { ...fetchOptions, ...extra });
        return { resource, error: null, waitedMs, delayMs };
      } catch (err) {
        return { resource: null, error: err as Error, waitedMs, delayMs };
      } finally {
        restAfter(state.gate);
      }
    }) as Promise<{ resource: FetchedResource | null; error: Error | null; waitedMs: number; delayMs: number }>;
  };

  // One request at a time to a host: its delay also runs from the end of the last answer, so
  // the host sees at least the delay between one answer and the next request.
  const restAfter = (gate: HostGate) => {
    if (opts.perHostConcurrency === 1) gate.pauseUntil(Date.now() + gate.delayMs);
  };

  const hostState = (host: string, sampleUrl: string): HostState => {
    let state = hosts.get(host);
    if (state) return state;
    const gate = new HostGate(host, opts.perHostDelayMs, opts.perHostConcurrency);
    const created: HostState = { gate, ready: Promise.resolve(), rules: null, requests: 0, failures: 0, failuresInARow: 0, parked: null };
    created.ready = gate.queue.add(async () => {
      await created.gate.approach();
      const rules = await global.add(async () => {
        await gate.turn();
        created.requests++;
        counts.requests++;
        try {
          return await readRobots(sampleUrl, opts.userAgent, { ...fetchOptions, maxRedirects: 5 });
        } finally {
          restAfter(gate);
        }
      });
      created.rules = rules;
      gate.setDelay(Math.max(opts.perHostDelayMs, rules.crawlDelayMs ?? 0));
      frontier.startHost(runId, { host, robotsStatus: rules.status, robots: rules.robots, crawlDelayMs: rules.crawlDelayMs, delayMs: gate.delayMs });
      if (rules.robots === 'unavailable') park(created, host, rules.error ?? 'robots.txt unavailable');
    }) as Promise<void>;
    hosts.set(host, state = created);
    return state;
  };

  const discovered = (entries: readonly Entry[], base: string, kind: 'article' | 'sitemap' | 'feed', depth = 0): Discovery[] => {
    const out: Discovery[] = [];
    for (const entry of entries) {
      const url = normalizeUrl(entry.url, base);
      if (!url) continue;
      const old = sinceTime !== null && entry.published !== null && publishedTime(entry.published) < sinceTime;
      out.push({
        url,
        discoveredUrl: entry.url,
        host: hostOf(url),
        kind,
        source: base,
        depth,
        published: entry.published,
        title: entry.title,
        ...(old ? { state: 'skipped-old' as const, error: `dated ${entry.published}, before --since ${opts.since}` } : {}),
      });
    }
    return out;
  };

  const storeArticle = (entry: FrontierEntry, resource: FetchedResource, decision: Omit<Decision, 'state'>) => {
    const html = decode(resource.body, resource.headers['content-type'] ?? '');
    const links = readPageLinks(html);
    const canonical = links.canonical ? normalizeUrl(links.canonical, entry.url) : null;
    if (canonical && canonical !== entry.url) {
      const known = frontier.lookup(canonical);
      if (known?.articleId) {
        frontier.decide(entry.id, { ...decision, state: 'duplicate', canonicalUrl: canonical, articleId: known.articleId, error: `the page's canonical URL ${canonical} is stored` }, runId);
        return;
      }
    }
    const record: ArticleRecord = { url: entry.url, html, ...(entry.entryPublished ? { published: entry.entryPublished } : {}) };
    const analysed = analyze(record, { input: entry.url });
    const report = crossCheck ? crossCheck(analysed) : analysed;
    counts.articlesRead++;
    const outcome = frontier.storeArticle(
      entry.id,
      () => db.storeReport({ report, input: entry.url, rawHash: rawHash(record), runId, urls: [canonical] }, EXTRACTOR_VERSIONS),
      { ...decision, canonicalUrl: canonical },
      runId,
    );
    counts[outcome.status]++;
  };

  const process1 = async (entry: FrontierEntry): Promise<void> => {
    const state = hostState(entry.host, entry.url);
    await state.ready;
    if (state.parked) {
      frontier.decide(entry.id, { state: state.rules?.robots === 'unavailable' ? 'skipped-host' : 'parked', robots: state.rules?.robots === 'unavailable' ? 'unavailable' : null, error: state.parked, requests: 0 }, runId);
      return;
    }
    if (!state.rules!.isAllowed(entry.url)) {
      frontier.decide(entry.id, { state: 'skipped-robots', robots: 'disallowed', error: `robots.txt disallows it for ${opts.userAgent.split('/')[0]}`, requests: 0 }, runId);
      return;
    }
    // Decided while it waited (a stored page named it its canonical URL).
    if (frontier.lookup(entry.url)?.state !== 'queued') return;
    if ((entry.kind === 'article' || entry.kind === 'seed') && opts.maxArticles) {
      // Articles in flight count against --max-articles; one over the limit stays queued for the next run.
      if (counts.stored + articlesInFlight >= opts.maxArticles) {
        deferred.add(entry.id);
        return;
      }
      articlesInFlight++;
      try {
        await fetchAndDecide(entry, state);
      } finally {
        articlesInFlight--;
      }
      return;
    }
    await fetchAndDecide(entry, state);
  };

  const fetchAndDecide = async (entry: FrontierEntry, state: HostState): Promise<void> => {
    const robots = state.rules!.robots === 'no-robots' ? 'no-robots' : 'allowed';
    const conditional: Record<string, string> = {};
    if (entry.kind !== 'article') {
      if (entry.etag) conditional['if-none-match'] = entry.etag;
      if (entry.lastModified) conditional['if-modified-since'] = entry.lastModified;
    }
    let answer;
    let requests = 0;
    for (let attempt = 0; ; attempt++) {
      answer = await request(state, entry.url, { headers: conditional });
      requests++;
      const status = answer.resource?.status;
      if (status !== 429 && status !== 503) break;
      const asked = retryAfterMs(answer.resource!.headers['retry-after']);
      const wait = asked ?? backoffMs(attempt, 1000, opts.maxRetryAfterMs);
      if (asked !== null && asked > opts.maxRetryAfterMs) {
        park(state, entry.host, `asked to wait ${Math.round(asked / 1000)} s (Retry-After), over the ${Math.round(opts.maxRetryAfterMs / 1000)} s limit`);
        break;
      }
      if (attempt >= opts.maxRetries) break;
      // Jitter on top of what the server asked, so hosts sharing a limit do not retry in step.
      state.gate.pauseUntil(Date.now() + wait + (asked !== null ? Math.round(Math.random() * 250) : 0));
    }
    const { resource, error, waitedMs, delayMs } = answer;
    const base: Omit<Decision, 'state'> = { robots, delayMs, waitedMs, requests };
    if (error || !resource) {
      const code = error instanceof FetchError ? error.code : 'network';
      if (code === 'aborted') return; // stopped by the user: stays queued
      counts.failed++;
      frontier.decide(entry.id, { ...base, state: 'failed', error: error?.message ?? 'no answer' }, runId);
      if (code === 'timeout' || code === 'network') {
        state.failures++;
        if (++state.failuresInARow >= opts.hostFailureBudget) park(state, entry.host, `${state.failuresInARow} failures in a row (last: ${error?.message})`);
      }
      return;
    }
    const seen = { ...base, status: resource.status, bytes: resource.wireBytes, elapsedMs: Math.round(resource.elapsedMs) };
    if (resource.status >= 500) {
      state.failures++;
      if (++state.failuresInARow >= opts.hostFailureBudget) park(state, entry.host, `${state.failuresInARow} failures in a row (last: HTTP ${resource.status})`);
    } else state.failuresInARow = 0;
    if (isRedirect(resource.status) && resource.headers.location) {
      const target = normalizeUrl(resource.headers.location, entry.url);
      if (!target) {
        counts.failed++;
        frontier.decide(entry.id, { ...seen, state: 'failed', error: `redirected to an address that is not http(s): ${resource.headers.location}` }, runId);
      } else if (entry.depth >= 5) {
        counts.failed++;
        frontier.decide(entry.id, { ...seen, state: 'failed', finalUrl: target, error: 'more than 5 redirects' }, runId);
      } else {
        const next: Discovery = { url: target, discoveredUrl: resource.headers.location, host: hostOf(target), kind: entry.kind, source: entry.url, depth: entry.depth + 1, published: entry.entryPublished, title: entry.entryTitle };
        frontier.decideWithDiscoveries(entry.id, { ...seen, state: 'redirected', finalUrl: target }, [next], runId);
      }
      return;
    }
    if (resource.status === 304) {
      frontier.decide(entry.id, { ...seen, state: 'not-modified' }, runId);
      return;
    }
    if (resource.status < 200 || resource.status >= 300) {
      counts.failed++;
      frontier.decide(entry.id, { ...seen, state: 'failed', error: `HTTP ${resource.status} ${resource.statusText}`.trim() }, runId);
      return;
    }
    const validators = { etag: resource.headers.etag ?? null, lastModified: resource.headers['last-modified'] ?? null };
    const doc = readDocument(resource.body, resource.headers['content-type'] ?? '', (bytes) => decode(bytes, resource.headers['content-type'] ?? ''), opts.maxBytes);
    switch (doc.type) {
      case 'feed':
      case 'sitemap':
      case 'sitemap-index': {
        const found = discovered(doc.entries, entry.url, doc.type === 'sitemap-index' ? 'sitemap' : 'article');
        const added = frontier.decideWithDiscoveries(entry.id, { ...seen, ...validators, state: 'fetched' }, found, runId);
        opts.onEvent?.(`${entry.url}: ${doc.type === 'feed' ? 'feed' : doc.type}, ${doc.entries.length} entries, ${added} new`);
        return;
      }
      case 'html': {
        if (entry.kind === 'home') {
          const html = decode(resource.body, resource.headers['content-type'] ?? '');
          const feeds = readPageLinks(html).feeds.map((url): Entry => ({ url, published: null, title: null }));
          const sitemaps = (state.rules?.sitemaps ?? []).map((url): Entry => ({ url, published: null, title: null }));
          frontier.decideWithDiscoveries(entry.id, { ...seen, ...validators, state: 'fetched' }, [...discovered(feeds, entry.url, 'feed'), ...discovered(sitemaps, entry.url, 'sitemap')], runId);
          return;
        }
        if (entry.kind === 'feed' || entry.kind === 'sitemap') {
          counts.failed++;
          frontier.decide(entry.id, { ...seen, state: 'failed', error: `expected a ${entry.kind}, got an HTML page` }, runId);
          return;
        }
        storeArticle(entry, resource, seen);
        return;
      }
      case 'other':
        frontier.decide(entry.id, { ...seen, state: 'not-an-article', error: doc.why }, runId);
        return;
    }
  };

  const pending = new Map<number, Promise<void>>();
  const pendingPerHost = new Map<string, number>();
  const maxPending = Math.max(16, opts.concurrency * 4);
  const schedule = (entry: FrontierEntry) => {
    const state = hostState(entry.host, entry.url);
    pendingPerHost.set(entry.host, (pendingPerHost.get(entry.host) ?? 0) + 1);
    const task = state.gate.queue
      .add(() => process1(entry))
      .catch((err: unknown) => {
        counts.failed++;
        frontier.decide(entry.id, { state: 'failed', error: `internal error: ${(err as Error).message}`, requests: 0 }, runId);
        opts.onEvent?.(`${entry.url}: ${(err as Error).stack ?? err}`);
      })
      .finally(() => {
        pending.delete(entry.id);
        pendingPerHost.set(entry.host, pendingPerHost.get(entry.host)! - 1);
      });
    pending.set(entry.id, task as Promise<void>);
  };

  let frontierCounts: Record<string, number> = {};
  try {
    for (;;) {
      if (opts.signal?.aborted || limitReached()) break;
      const busy = [...pendingPerHost].filter(([, n]) => n >= opts.perHostConcurrency * 2).map(([host]) => host);
      if (pending.size < maxPending) for (const entry of frontier.next(maxPending - pending.size, busy, [...pending.keys(), ...deferred])) schedule(entry);
      if (pending.size === 0) break;
      await Promise.race(pending.values());
    }
    await Promise.all(pending.values());
  } finally {
    for (const [host, state] of hosts) if (state.rules) frontier.updateHost(runId, host, state.requests, state.failures);
    db.finishRun(runId, { read: counts.articlesRead, stored: counts.stored, present: counts.present, failed: counts.failed });
    frontierCounts = frontier.counts();
    db.close();
  }
  return {
    runId,
    badSeeds: seedErrors.length,
    requests: counts.requests,
    stored: counts.stored,
    present: counts.present,
    failed: counts.failed,
    parkedHosts,
    frontier: frontierCounts,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    interrupted: opts.signal?.aborted ?? false,
  };
}
