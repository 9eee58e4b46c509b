/** `claimscan serve`: the editor's desk in a browser (pipeline/serve/). */
import type { Command } from 'commander';
import { integer, loadCommandConfig, say, UsageError } from './support.js';

interface ServeOptions {
  db: string;
  host: string;
  port: number;
  token?: string;
  reference?: string[];
  config?: string;
  allowPrivate?: boolean;
  bodyLimit: number;
  rateLimit: number;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function register(program: Command): void {
  program
    .command('serve')
    .description('the editor\'s desk: a local web app for checking articles and browsing the database')
    .option('--db <file>', 'SQLite database file (created when missing)', 'claims.db')
    .option('--host <host>', 'address to listen on; anything but loopback needs --token', '127.0.0.1')
    .option('--port <n>', 'port (0: any free port)', integer('--port', 0), 8080)
    .option('--token <token>', 'require this token on every request (header or login form); default $CLAIMSCAN_TOKEN')
    .option('--reference <file>', 'reference market data for reference-mismatch (repeatable)', collect)
    .option('--config <file>', 'rule configuration (default: ./claimscan.config.json when present)')
    .option('--allow-private', 'let URL checks fetch loopback and private-network addresses')
    .option('--body-limit <mb>', 'largest request body or upload, in MB', integer('--body-limit', 1), 5)
    .option('--rate-limit <n>', 'checks one client may make per minute', integer('--rate-limit', 1), 60)
    .action(async (opts: ServeOptions) => {
      process.exitCode = await runServe(opts);
    });
}

export async function runServe(opts: ServeOptions): Promise<number> {
  const token = opts.token ?? (process.env.CLAIMSCAN_TOKEN || undefined);
  const { createDesk, isLoopbackHost } = await import('../serve/app.js');
  if (!isLoopbackHost(opts.host) && !token) {
    throw new UsageError(
      `refusing to listen on ${opts.host} without --token: anyone who can reach this machine could use the desk and its database. ` +
        'Give --token TOKEN (every request must then carry it), or leave --host at 127.0.0.1',
    );
  }
  if (opts.reference?.length) {
    throw new UsageError('--reference: reference market data (the reference-mismatch rule) is not available in this build yet; run serve without it');
  }
  const config = await loadCommandConfig(opts.config);
  let app;
  try {
    app = await createDesk({ db: opts.db, token, allowPrivate: opts.allowPrivate === true, bodyLimit: opts.bodyLimit * 1024 * 1024, checksPerMinute: opts.rateLimit, config });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  let address: string;
  try {
    address = await app.listen({ host: opts.host, port: opts.port });
  } catch (err) {
    await app.close();
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'EADDRINUSE') throw new UsageError(`port ${opts.port} on ${opts.host} is in use: give another with --port N (0 picks a free one)`);
    if (e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND') throw new UsageError(`cannot listen on ${opts.host}: not an address of this machine`);
    throw new UsageError(`cannot listen on ${opts.host}:${opts.port}: ${e.message}`);
  }
  say(`desk at ${address}/ (database ${opts.db}${token ? ', token required' : ''}); Ctrl-C stops it`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await app.close();
  return 0;
}
