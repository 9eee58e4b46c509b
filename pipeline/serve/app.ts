/**
 * `claimscan serve`: the editor's desk, a fastify app on node:http. Safe by default:
 * loopback only unless a token guards every request, bodies capped (413), a per-client rate
 * limit on checks (429), CSRF tokens on forms, a strict Content-Security-Policy (scripts and
 * styles from files of its own, none inline), every page escaping what it shows, errors as
 * pages or JSON with a message and never a stack trace.
 *
 * fastify's own plug-ins do what they already do: @fastify/helmet (security headers, CSP),
 * @fastify/rate-limit, @fastify/cookie, @fastify/csrf-protection, @fastify/formbody,
 * @fastify/multipart (uploads) and @fastify/static (the page's script and stylesheet).
 */
import cookie from '@fastify/cookie';
import csrf from '@fastify/csrf-protection';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import path from 'node:path';
import { DeskReader } from '../../storage/desk.js';
import { ClaimsDb, rawHash } from '../../storage/db.js';
import { EXTRACTOR_VERSIONS } from '../../extractors/index.js';
import { createAnalyzer } from '../analyze.js';
import { resolveConfig, type ResolvedConfig } from '../config.js';
import { CSS, SCRIPT } from '../format/html-assets.js';
import { parseRecord, RecordError } from '../record.js';
import { sourcePositions } from '../source-map.js';
import { PROJECT_ROOT, VERSION } from '../version.js';
import type { ArticleRecord, LoadedItem, Report, Severity } from '../types.js';
import { CheckInputError, fetchedItem, pastedRecord, uploadedItems, type Checked } from './checking.js';
import { articlesQuery, checkQuery, flagsQuery, idParams, openApiDocument } from './openapi.js';
import * as pages from './pages.js';

export interface DeskOptions {
  /** SQLite database file (created when missing). */
  db: string;
  /** Required on every request when set: `Authorization: Bearer TOKEN`, or the cookie the login form sets. */
  token?: string;
  /** Let URL checks fetch loopback, private and link-local addresses (tests). Default false. */
  allowPrivate?: boolean;
  /** Largest request body (and upload), in bytes. Default 5 MiB. */
  bodyLimit?: number;
  /** Checks (`POST /api/check`, `POST /check`) one client may make per minute. Default 60. */
  checksPerMinute?: number;
  /** Rule configuration (default: the built-in one). */
  config?: ResolvedConfig;
  /** Where the desk writes its log lines (internal errors with their stacks). Default standard error. */
  log?: (line: string) => void;
}

const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;
const SESSION_COOKIE = 'claimscan_session';

/** True for a host name or address that only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/** The desk's static files (script, stylesheet, icon), from the sources or beside the build. */
const PUBLIC_DIR = path.join(PROJECT_ROOT, 'pipeline', 'serve', 'public');

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
const sameToken = (given: string | undefined, token: string) => typeof given === 'string' && timingSafeEqual(digest(given), digest(token));

/** A multipart field's string value (`attachFieldsToBody` gives `{ value }` objects). */
function field(body: unknown, name: string): string | undefined {
  const entry = (body as Record<string, unknown> | undefined)?.[name];
  const one = Array.isArray(entry) ? entry[0] : entry;
  if (typeof one === 'string') return one;
  if (one && typeof one === 'object' && 'value' in one && typeof (one as { value: unknown }).value === 'string') return (one as { value: string }).value;
  return undefined;
}

interface UploadedFile {
  filename: string;
  toBuffer(): Promise<Buffer>;
}

function fileField(body: unknown, name: string): UploadedFile | undefined {
  const entry = (body as Record<string, unknown> | undefined)?.[name];
  const one = (Array.isArray(entry) ? entry[0] : entry) as Partial<UploadedFile> | undefined;
  return one && typeof one.toBuffer === 'function' && typeof one.filename === 'string' ? (one as UploadedFile) : undefined;
}

/** Builds the desk (not listening yet). Close it with `app.close()`: that closes the database too. */
export async function createDesk(options: DeskOptions): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const token = options.token || undefined;
  const analyze = createAnalyzer(options.config ?? resolveConfig({}, null));
  const writer = ClaimsDb.open(options.db);
  const desk = DeskReader.open(options.db);
  const runId = writer.startRun('serve', [], VERSION);
  const counts = { read: 0, stored: 0, present: 0, failed: 0 };
  const megabytes = Math.round((bodyLimit / 1024 / 1024) * 10) / 10;

  const app = Fastify({ bodyLimit, logger: false, trustProxy: false, return503OnClosing: true });
  app.addHook('onClose', async () => {
    writer.finishRun(runId, counts);
    desk.close();
    writer.close();
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
    // Plain HTTP on a local address: no HSTS.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(cookie, { secret: token ?? randomBytes(32).toString('hex') });
  await app.register(csrf, {
    cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, signed: true },
    getToken: (req) => field(req.body, '_csrf') ?? (req.headers['csrf-token'] as string | undefined),
  });
  await app.register(formbody, { bodyLimit });
  await app.register(multipart, { attachFieldsToBody: true, limits: { fileSize: bodyLimit, fieldSize: bodyLimit, files: 1, fields: 20, parts: 25 } });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, context) => {
      const err = new Error(`too many checks: at most ${context.max} a minute from one client; try again in ${Math.ceil(context.ttl / 1000)} s`) as FastifyError;
      err.statusCode = 429;
      return err;
    },
  });
  const checkLimit = { rateLimit: { max: options.checksPerMinute ?? 60, timeWindow: 60_000 } };

  const isApi = (request: FastifyRequest) => request.url.startsWith('/api/');
  const context = (reply: FastifyReply): pages.PageContext => {
    let csrfToken = '';
    try {
      csrfToken = reply.generateCsrf();
    } catch {
      // A page drawn while the request is failing (an error page) has no working form.
    }
    return { disagreements: desk.hasView('figure_disagreements'), auth: token !== undefined, csrf: csrfToken, version: VERSION };
  };
  const page = (reply: FastifyReply, markup: string, status = 200) => reply.code(status).type('text/html; charset=utf-8').send(markup);

  const fail = (request: FastifyRequest, reply: FastifyReply, status: number, message: string, extra: Record<string, unknown> = {}) => {
    if (isApi(request) || request.headers.accept?.startsWith('application/json')) {
      return reply.code(status).type('application/json; charset=utf-8').send({ error: message, statusCode: status, ...extra });
    }
    return page(reply, pages.errorPage(context(reply), status, message), status);
  };

  app.setErrorHandler((err: FastifyError, request, reply) => {
    let status = err instanceof CheckInputError ? err.statusCode : err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    let message = err.message;
    if (err.validation) {
      status = 400;
      message = `bad ${err.validationContext ?? 'request'}: ${err.message.replace(/^(querystring|params|body)\/?/, '')}`;
    } else if (status === 413) message = `the request is over the ${megabytes} MB limit: send a smaller article`;
    else if (err.code === 'FST_CSRF_INVALID_TOKEN' || err.code === 'FST_CSRF_MISSING_SECRET') {
      status = 403;
      message = 'this form has expired or came from another page: reload the page and send it again';
    } else if (status >= 500) {
      log(`claimscan serve: ${request.method} ${request.url}: ${err.stack ?? err.message}`);
      message = 'internal error: the desk could not answer this request (the details are in its log)';
    }
    return fail(request, reply, status, message);
  });
  app.setNotFoundHandler((request, reply) => fail(request, reply, 404, `nothing at ${request.url.split('?')[0]}`));

  // The token: checked before any body is read.
  if (token) {
    const open = (url: string) => url === '/login' || url.startsWith('/login?') || url.startsWith('/assets/');
    app.addHook('onRequest', async (request, reply) => {
      if (open(request.url)) return;
      const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
      if (sameToken(bearer, token)) return;
      const session = request.cookies[SESSION_COOKIE];
      if (session && request.unsignCookie(session).valid) return;
      if (isApi(request)) return reply.code(401).type('application/json; charset=utf-8').send({ error: 'this desk needs its token: Authorization: Bearer TOKEN', statusCode: 401 });
      const next = request.method === 'GET' ? request.url : '/';
      return reply.redirect(`/login?next=${encodeURIComponent(next)}`, 303);
    });
  }

  // The report's stylesheet and script as files, so the pages need nothing inline.
  app.get('/assets/report.css', (_req, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(CSS));
  app.get('/assets/report.js', (_req, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(SCRIPT));
  await app.register(fastifyStatic, { root: PUBLIC_DIR, prefix: '/assets/', index: false, list: false, dotfiles: 'deny', cacheControl: true, maxAge: 0 });

  /** Analyses loaded items and stores each in the database. */
  const checkAndStore = (items: readonly LoadedItem[]) => {
    const checked: Checked[] = [];
    const errors: string[] = [];
    for (const item of items) {
      counts.read++;
      if (!item.ok) {
        counts.failed++;
        errors.push(item.error);
        writer.recordError(runId, item.origin.input, item.origin.line, item.error);
        continue;
      }
      const report = analyze(item.record, item.origin);
      const outcome = writer.storeReport({ report, input: item.origin.input, line: item.origin.line, rawHash: rawHash(item.record), runId }, EXTRACTOR_VERSIONS);
      counts[outcome.status]++;
      checked.push({ report, articleId: outcome.articleId, stored: outcome.status === 'stored', position: sourcePositions(item.record, report) });
    }
    return { checked, errors };
  };

  // --- pages ---------------------------------------------------------------------------

  const recent = () => desk.listArticles({ command: 'serve', limit: 10 }).rows;

  app.get('/', (_request, reply) => page(reply, pages.checkPage(context(reply), { form: {}, recent: recent(), maxUploadMb: megabytes })));

  app.post('/check', { preHandler: app.csrfProtection, config: checkLimit }, async (request, reply) => {
    const body = request.body;
    const form: pages.CheckForm = {
      text: field(body, 'text'),
      title: field(body, 'title'),
      published: field(body, 'published'),
      publisher: field(body, 'publisher'),
      url: field(body, 'url'),
    };
    const file = fileField(body, 'file');
    const mode = field(body, 'mode') ?? (file ? 'file' : form.url?.trim() ? 'url' : 'text');
    let items: LoadedItem[];
    try {
      if (mode === 'file') {
        const bytes = file ? await file.toBuffer() : Buffer.alloc(0);
        if (!file || (!file.filename && !bytes.length)) throw new CheckInputError('choose a file to check first (or drop one on the page)');
        items = await uploadedItems(file.filename, bytes);
      } else if (mode === 'url') {
        if (!form.url?.trim()) throw new CheckInputError('give the address of the article to check');
        items = [await fetchedItem(form.url, options.allowPrivate === true)];
      } else {
        if (!form.text?.trim()) throw new CheckInputError('paste the article text first');
        let record: ArticleRecord;
        try {
          record = pastedRecord({ text: form.text, title: form.title, published: form.published, publisher: form.publisher });
        } catch (err) {
          if (err instanceof RecordError) throw new CheckInputError(err.message);
          throw err;
        }
        items = [{ ok: true, origin: { input: 'pasted text' }, record }];
      }
    } catch (err) {
      if (!(err instanceof CheckInputError)) throw err;
      return page(reply, pages.checkPage(context(reply), { form, errors: [err.message], recent: recent(), maxUploadMb: megabytes }), 400);
    }
    const { checked, errors } = checkAndStore(items);
    return page(reply, pages.checkPage(context(reply), { form, checked, errors, recent: recent(), maxUploadMb: megabytes }), checked.length ? 200 : 400);
  });

  app.get('/articles', { schema: { querystring: articlesQuery }, preValidation: dropEmptyQuery }, (request, reply) => {
    const q = request.query as Record<string, string | number | undefined>;
    const filter = {
      q: q.q as string | undefined,
      publisher: q.publisher as string | undefined,
      rule: q.rule as string | undefined,
      severity: q.severity as Severity | undefined,
      from: q.from as string | undefined,
      to: q.to as string | undefined,
      limit: q.limit as number,
      offset: q.offset as number,
      checked: q.checked === '1',
    };
    const { rows, total } = desk.listArticles({ ...filter, command: filter.checked ? 'serve' : undefined });
    return page(reply, pages.articlesPage(context(reply), { filter, rows, total, publishers: desk.publishers(), rules: desk.rules() }));
  });

  app.get('/articles/:id', { schema: { params: idParams } }, (request, reply) => {
    const { id } = request.params as { id: number };
    const stored = desk.articleReport(id);
    if (!stored) return fail(request, reply, 404, `no stored article ${id}`);
    return page(reply, pages.articlePage(context(reply), stored));
  });

  app.get('/flags', (_request, reply) => page(reply, pages.flagsPage(context(reply), desk.flagsByRule(), desk.flagsByPublisher())));

  app.get('/disagreements', (request, reply) => {
    const view = desk.disagreements();
    if (!view) return fail(request, reply, 404, 'this database has no cross-article views yet (figure_disagreements): ingest with a claimscan that builds them');
    return page(reply, pages.disagreementsPage(context(reply), view));
  });

  app.get('/login', (request, reply) => {
    const next = safeNext((request.query as { next?: string }).next);
    if (!token) return reply.redirect(next, 303);
    return page(reply, pages.loginPage(context(reply), undefined, next));
  });
  app.post('/login', { preHandler: app.csrfProtection, config: checkLimit }, (request, reply) => {
    const next = safeNext(field(request.body, 'next'));
    if (!token) return reply.redirect(next, 303);
    if (!sameToken(field(request.body, 'token'), token)) return page(reply, pages.loginPage(context(reply), 'That is not the token this desk was started with.', next), 401);
    reply.setCookie(SESSION_COOKIE, 'ok', { path: '/', httpOnly: true, sameSite: 'strict', signed: true });
    return reply.redirect(next, 303);
  });
  app.post('/logout', { preHandler: app.csrfProtection }, (_request, reply) => {
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect(token ? '/login' : '/', 303);
  });

  // --- JSON API ------------------------------------------------------------------------

  app.post('/api/check', { schema: { querystring: checkQuery }, config: checkLimit }, (request, reply) => {
    if (!/^application\/(?:[\w.+-]*\+)?json\b/i.test(request.headers['content-type'] ?? '')) {
      return fail(request, reply, 415, 'send the article record as JSON (Content-Type: application/json)');
    }
    const query = request.query as { input?: string; store?: boolean };
    let record: ArticleRecord;
    try {
      record = parseRecord(request.body);
    } catch (err) {
      if (err instanceof RecordError) return fail(request, reply, 400, err.message, err.field ? { field: err.field } : {});
      throw err;
    }
    const origin = { input: query.input || 'api' };
    let report: Report;
    if (query.store) report = checkAndStore([{ ok: true, origin, record }]).checked[0]!.report;
    else report = analyze(record, origin);
    // Exactly what `claimscan check --format json` prints for the record.
    return reply.type('application/json; charset=utf-8').send(`${JSON.stringify(report, null, 2)}\n`);
  });

  app.get('/api/articles', { schema: { querystring: articlesQuery }, preValidation: dropEmptyQuery }, (request) => {
    const q = request.query as Record<string, string | number | undefined>;
    const { rows, total } = desk.listArticles({
      q: q.q as string | undefined,
      publisher: q.publisher as string | undefined,
      rule: q.rule as string | undefined,
      severity: q.severity as Severity | undefined,
      from: q.from as string | undefined,
      to: q.to as string | undefined,
      command: q.checked === '1' ? 'serve' : undefined,
      limit: q.limit as number,
      offset: q.offset as number,
    });
    return { total, articles: rows };
  });

  app.get('/api/articles/:id', { schema: { params: idParams } }, (request, reply) => {
    const { id } = request.params as { id: number };
    const stored = desk.articleReport(id);
    if (!stored) return fail(request, reply, 404, `no stored article ${id}`);
    return stored;
  });

  app.get('/api/flags', { schema: { querystring: flagsQuery }, preValidation: dropEmptyQuery }, (request) => {
    const q = request.query as { rule?: string; severity?: Severity; publisher?: string; limit: number; offset: number };
    const { rows, total } = desk.listFlags(q);
    const counts = desk.flagsByRule().filter((c) => (!q.rule || c.rule === q.rule) && (!q.severity || c.severity === q.severity));
    return { total, flags: rows, counts: counts.map(({ publisher: _, ...c }) => c) };
  });

  const openapi = openApiDocument(VERSION, token !== undefined);
  app.get('/api/openapi.json', () => openapi);

  return app;
}

/** A filter form sends its empty fields (`severity=`): they mean "any", not a bad value. */
async function dropEmptyQuery(request: FastifyRequest): Promise<void> {
  const query = request.query as Record<string, unknown>;
  for (const key of Object.keys(query)) if (query[key] === '') delete query[key];
}

/** A same-site path to go to after logging in (never another site). */
function safeNext(next: string | undefined): string {
  return typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/';
}
