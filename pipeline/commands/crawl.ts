/** `claimscan crawl`: discover articles from feeds, sitemaps, home pages and URL lists, politely, and store them. */
import type { Command } from 'commander';
import { EXIT, integer, loadCommandConfig, say, UsageError } from './support.js';

interface CrawlCommandOptions {
  db: string;
  since?: string;
  maxArticles?: number;
  perHostDelay: number;
  perHostConcurrency: number;
  concurrency: number;
  timeout: number;
  userAgent?: string;
  allowPrivate?: boolean;
  refresh?: boolean;
  config?: string;
}

export function register(program: Command): void {
  program
    .command('crawl')
    .description('discover articles from feeds, sitemaps, home pages and URL lists, politely, and store them (resumable)')
    .argument('<seed...>', 'RSS/Atom/JSON feed, sitemap or sitemap index, site home page or article URL, or a file of URLs (one a line, # comments)')
    .option('--db <file>', 'SQLite database file (articles and the crawl frontier)', 'claims.db')
    .option('--since <date>', 'skip feed items and sitemap entries dated before DATE (ISO-8601)')
    .option('--max-articles <n>', 'stop after storing N new articles', integer('--max-articles', 1))
    .option('--per-host-delay <ms>', 'milliseconds between two requests to one host (raised to its robots.txt Crawl-delay)', integer('--per-host-delay', 0), 1000)
    .option('--per-host-concurrency <n>', 'requests in flight to one host', integer('--per-host-concurrency', 1), 1)
    .option('--concurrency <n>', 'requests in flight across all hosts', integer('--concurrency', 1), 8)
    .option('--timeout <ms>', 'time limit of one request', integer('--timeout', 1), 20_000)
    .option('--user-agent <ua>', 'User-Agent: a product token first (robots.txt groups match it) and a contact URL or e-mail')
    .option('--allow-private', 'fetch from loopback and private-network addresses too (refused by default)')
    .option('--refresh', 'ask again for seeds, feeds and sitemaps already read (conditional requests: ETag, Last-Modified)')
    .option('--config <file>', 'rule configuration (default: ./claimscan.config.json when present)')
    .action(async (seeds: string[], opts: CrawlCommandOptions) => {
      process.exitCode = await runCrawl(seeds, opts);
    });
}

export async function runCrawl(seeds: string[], opts: CrawlCommandOptions): Promise<number> {
  if (opts.userAgent !== undefined && !/^[A-Za-z][\w.-]*(?:\/\S+)?\b.*(?:https?:\/\/\S+|\S+@\S+\.\S+)/.test(opts.userAgent)) {
    throw new UsageError(`--user-agent must start with a product token and name a way to reach you (a URL or an e-mail address), e.g. "mybot/1.0 (+https://example.org/bot)"; got "${opts.userAgent}"`);
  }
  let since: string | null = null;
  if (opts.since !== undefined) {
    const { readPublished } = await import('../published.js');
    since = readPublished(opts.since);
    if (!since) throw new UsageError(`--since must be a date such as 2025-05-28, got "${opts.since}"`);
  }
  const [{ crawl }] = await Promise.all([import('../crawl/crawler.js')]);
  const config = await loadCommandConfig(opts.config);
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    say('stopping: finishing the requests in flight (Ctrl-C again to quit now)');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let summary;
  try {
    summary = await crawl(seeds, {
      db: opts.db,
      config,
      since,
      maxArticles: opts.maxArticles ?? null,
      perHostDelayMs: opts.perHostDelay,
      perHostConcurrency: opts.perHostConcurrency,
      concurrency: opts.concurrency,
      timeoutMs: opts.timeout,
      userAgent: opts.userAgent,
      allowPrivate: opts.allowPrivate === true,
      refresh: opts.refresh === true,
      onEvent: (message) => say(message),
      signal: stop.signal,
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const states = Object.entries(summary.frontier)
    .map(([state, n]) => `${state} ${n}`)
    .join(', ');
  say(
    `crawl into ${opts.db}: ${summary.requests} requests, stored ${summary.stored}, already present ${summary.present}, failed ${summary.failed} ` +
      `${summary.interrupted ? '(interrupted) ' : ''}in ${summary.seconds.toFixed(1)} s; run ${summary.runId}; frontier: ${states || 'empty'}` +
      (summary.parkedHosts.length ? `; parked hosts: ${summary.parkedHosts.map((h) => h.host).join(', ')}` : ''),
  );
  if (summary.interrupted) {
    say('interrupted: run the same command again to resume');
    return 130;
  }
  return summary.badSeeds ? EXIT.usage : EXIT.ok;
}
