/**
 * The crawl frontier (SQL for `frontier` and `crawl_hosts`): every URL a crawl discovered,
 * where it came from and what was decided about it. A URL is queued until a decision about it
 * is written; an article's decision is written in the transaction that stores it, so a crawl
 * killed at any point and started again fetches again only what it had not stored.
 */
import type Database from 'better-sqlite3';
import type { ClaimsDb, StoreOutcome } from './db.js';

/** What was decided about a URL (`frontier.state`). */
export type FrontierState =
  | 'queued'
  | 'stored'
  | 'present'
  | 'duplicate'
  | 'fetched'
  | 'not-modified'
  | 'redirected'
  | 'skipped-robots'
  | 'skipped-old'
  | 'skipped-host'
  | 'parked'
  | 'not-an-article'
  | 'failed';

/** What a URL is believed to be: decides how its answer is read. */
export type FrontierKind = 'seed' | 'feed' | 'sitemap' | 'article' | 'home';

/** A URL found somewhere, to be added to the frontier. */
export interface Discovery {
  /** Normalised URL (the frontier's key). */
  url: string;
  /** As written where it was found. */
  discoveredUrl: string;
  host: string;
  kind: FrontierKind;
  /** The feed, sitemap, page, seed file or redirecting URL it came from; null for a seed. */
  source: string | null;
  depth?: number;
  published?: string | null;
  title?: string | null;
  /** Default `queued`; a URL decided at discovery (too old, disallowed) is added decided. */
  state?: FrontierState;
  robots?: string | null;
  error?: string | null;
}

/** A queued URL, as the crawler reads it back. */
export interface FrontierEntry {
  id: number;
  url: string;
  host: string;
  kind: FrontierKind;
  source: string | null;
  depth: number;
  entryPublished: string | null;
  entryTitle: string | null;
  attempts: number;
  etag: string | null;
  lastModified: string | null;
}

/** Fields of a decision (all optional but the state). */
export interface Decision {
  state: FrontierState;
  robots?: string | null;
  status?: number | null;
  bytes?: number | null;
  elapsedMs?: number | null;
  delayMs?: number | null;
  waitedMs?: number | null;
  error?: string | null;
  finalUrl?: string | null;
  canonicalUrl?: string | null;
  articleId?: number | null;
  etag?: string | null;
  lastModified?: string | null;
  /** Requests made for this decision (added to `attempts`). Default 1. */
  requests?: number;
}

/** How a host fared in a run (`crawl_hosts`). */
export interface HostRecord {
  host: string;
  robotsStatus: number | null;
  robots: 'parsed' | 'no-robots' | 'unavailable';
  crawlDelayMs: number | null;
  delayMs: number;
}

const ENTRY_COLUMNS =
  'id, url, host, kind, source, depth, entry_published AS entryPublished, entry_title AS entryTitle, attempts, etag, last_modified AS lastModified';

export class Frontier {
  private readonly db: Database.Database;
  private readonly s;

  constructor(private readonly claims: ClaimsDb) {
    this.db = claims.connection;
    const db = this.db;
    this.s = {
      add: db.prepare(`INSERT OR IGNORE INTO frontier (url, discovered_url, host, kind, source, depth, entry_published, entry_title, state, robots, error, discovered_at, run_id)
        VALUES (@url, @discoveredUrl, @host, @kind, @source, @depth, @published, @title, @state, @robots, @error, @at, @runId)`),
      // Two passes (discovery URLs, then articles), each walking the (state, id) index in order.
      nextDiscovery: db.prepare(`SELECT ${ENTRY_COLUMNS} FROM frontier WHERE state = 'queued' AND kind <> 'article'
        AND host NOT IN (SELECT value FROM json_each(?)) AND id NOT IN (SELECT value FROM json_each(?)) ORDER BY id LIMIT ?`),
      nextArticle: db.prepare(`SELECT ${ENTRY_COLUMNS} FROM frontier WHERE state = 'queued' AND kind = 'article'
        AND host NOT IN (SELECT value FROM json_each(?)) AND id NOT IN (SELECT value FROM json_each(?)) ORDER BY id LIMIT ?`),
      decide: db.prepare(`UPDATE frontier SET state = @state, robots = coalesce(@robots, robots), status = @status, bytes = @bytes, elapsed_ms = @elapsedMs,
        delay_ms = @delayMs, waited_ms = @waitedMs, error = @error, final_url = coalesce(@finalUrl, final_url), canonical_url = coalesce(@canonicalUrl, canonical_url),
        article_id = coalesce(@articleId, article_id), etag = coalesce(@etag, etag), last_modified = coalesce(@lastModified, last_modified),
        attempts = attempts + @requests, fetched_at = CASE WHEN @requests > 0 THEN @at ELSE fetched_at END, run_id = @runId WHERE id = @id`),
      markDuplicate: db.prepare(`UPDATE frontier SET state = 'duplicate', article_id = ?, run_id = ? WHERE url = ? AND state = 'queued'`),
      byUrl: db.prepare('SELECT id, state, article_id AS articleId FROM frontier WHERE url = ?'),
      requeueRetry: db.prepare(`UPDATE frontier SET state = 'queued' WHERE state IN ('parked', 'skipped-host')
        OR (state = 'failed' AND (status IS NULL OR status = 429 OR status >= 500) AND attempts < ?)`),
      requeueRefresh: db.prepare(`UPDATE frontier SET state = 'queued' WHERE kind IN ('seed', 'feed', 'sitemap', 'home') AND state IN ('fetched', 'not-modified', 'failed')`),
      counts: db.prepare('SELECT state, count(*) AS n FROM frontier GROUP BY state'),
      hostStart: db.prepare(`INSERT OR REPLACE INTO crawl_hosts (run_id, host, robots_status, robots, crawl_delay_ms, delay_ms) VALUES (?, ?, ?, ?, ?, ?)`),
      hostUpdate: db.prepare('UPDATE crawl_hosts SET requests = ?, failures = ?, parked = coalesce(?, parked) WHERE run_id = ? AND host = ?'),
    };
  }

  /** Adds what is not there yet (one transaction); returns how many were new. */
  add(discoveries: readonly Discovery[], runId: number | null): number {
    const at = new Date().toISOString();
    return this.db.transaction(() => {
      let added = 0;
      for (const d of discoveries) {
        added += this.s.add.run({
          url: d.url,
          discoveredUrl: d.discoveredUrl,
          host: d.host,
          kind: d.kind,
          source: d.source,
          depth: d.depth ?? 0,
          published: d.published ?? null,
          title: d.title ?? null,
          state: d.state ?? 'queued',
          robots: d.robots ?? null,
          error: d.error ?? null,
          at,
          runId,
        }).changes;
      }
      return added;
    })();
  }

  /**
   * At the start of a run: puts back in the queue what a later run should try again (parked
   * hosts, server errors and timeouts with fewer than `maxAttempts` requests) and, with
   * `refresh`, the seeds, feeds and sitemaps already read (they are asked for again with
   * their validators). Returns how many were queued again.
   */
  requeue(options: { refresh: boolean; maxAttempts: number }): number {
    return this.db.transaction(() => {
      let n = this.s.requeueRetry.run(options.maxAttempts).changes;
      if (options.refresh) n += this.s.requeueRefresh.run().changes;
      return n;
    })();
  }

  /**
   * Up to `limit` queued URLs, discovery URLs (seeds, feeds, sitemaps) before articles, in
   * the order found; none of the hosts in `skipHosts` (busy) nor the ids in `skipIds` (in flight).
   */
  next(limit: number, skipHosts: Iterable<string> = [], skipIds: Iterable<number> = []): FrontierEntry[] {
    const hosts = JSON.stringify([...skipHosts]);
    const ids = JSON.stringify([...skipIds]);
    const first = this.s.nextDiscovery.all(hosts, ids, limit) as FrontierEntry[];
    return first.length >= limit ? first : [...first, ...(this.s.nextArticle.all(hosts, ids, limit - first.length) as FrontierEntry[])];
  }

  /** The frontier row of a normalised URL, if any. */
  lookup(url: string): { id: number; state: FrontierState; articleId: number | null } | undefined {
    return this.s.byUrl.get(url) as { id: number; state: FrontierState; articleId: number | null } | undefined;
  }

  /** Writes a decision about a URL. */
  decide(id: number, decision: Decision, runId: number | null): void {
    this.s.decide.run({
      id,
      state: decision.state,
      robots: decision.robots ?? null,
      status: decision.status ?? null,
      bytes: decision.bytes ?? null,
      elapsedMs: decision.elapsedMs ?? null,
      delayMs: decision.delayMs ?? null,
      waitedMs: decision.waitedMs ?? null,
      error: decision.error ?? null,
      finalUrl: decision.finalUrl ?? null,
      canonicalUrl: decision.canonicalUrl ?? null,
      articleId: decision.articleId ?? null,
      etag: decision.etag ?? null,
      lastModified: decision.lastModified ?? null,
      requests: decision.requests ?? 1,
      at: new Date().toISOString(),
      runId,
    });
  }

  /** Writes a decision and adds what was discovered, in one transaction. */
  decideWithDiscoveries(id: number, decision: Decision, discoveries: readonly Discovery[], runId: number | null): number {
    return this.db.transaction(() => {
      this.decide(id, decision, runId);
      return this.add(discoveries, runId);
    })();
  }

  /**
   * Stores an article (by `store`, which calls {@link ClaimsDb.storeReport}) and writes the
   * decision in the same transaction; a queued URL of its canonical address is marked a
   * duplicate so it is not fetched again.
   */
  storeArticle(id: number, store: () => StoreOutcome, decision: Omit<Decision, 'state' | 'articleId'>, runId: number | null): StoreOutcome {
    return this.db.transaction(() => {
      const outcome = store();
      this.decide(id, { ...decision, state: outcome.status, articleId: outcome.articleId }, runId);
      if (decision.canonicalUrl) this.s.markDuplicate.run(outcome.articleId, runId, decision.canonicalUrl);
      return outcome;
    })();
  }

  /** Records what robots.txt said for a host in this run and the delay chosen. */
  startHost(runId: number, host: HostRecord): void {
    this.s.hostStart.run(runId, host.host, host.robotsStatus, host.robots, host.crawlDelayMs, host.delayMs);
  }

  /** Updates a host's counts for the run and, when it is parked, why. */
  updateHost(runId: number, host: string, requests: number, failures: number, parked: string | null = null): void {
    this.s.hostUpdate.run(requests, failures, parked, runId, host);
  }

  /** URLs per state. */
  counts(): Partial<Record<FrontierState, number>> {
    return Object.fromEntries((this.s.counts.all() as { state: FrontierState; n: number }[]).map((r) => [r.state, r.n]));
  }

  /** The database this frontier lives in. */
  get database(): ClaimsDb {
    return this.claims;
  }
}
