/**
 * The read side of `claimscan serve` (the editor's desk): article lists with filters and
 * full-text search, an article's report rebuilt from its rows, flag counts, and the
 * cross-article disagreements view when the database has it. Its own read-only connection
 * to the database file (WAL lets it read while the server's `ClaimsDb` writes); statements
 * are prepared once.
 */
import Database from 'better-sqlite3';
import { MENTION_KIND_NAMES } from './db.js';
import { MENTION_KINDS, type MentionKind, type Report, type Severity } from '../pipeline/types.js';

/** Filters of an article list; every one optional. */
export interface ArticleFilter {
  /** Words to find in titles and bodies (all of them; each matched as written, no query syntax). */
  q?: string;
  publisher?: string;
  /** Only articles with a flag of this rule. */
  rule?: string;
  /** Only articles with a flag of this severity. */
  severity?: Severity;
  /** Published (or, when unknown, stored) on or after this date (`YYYY-MM-DD`). */
  from?: string;
  /** Published (or stored) on or before this date (`YYYY-MM-DD`). */
  to?: string;
  /** Only articles first stored by a run of this command (`serve`: the desk's own checks). */
  command?: string;
  /** Rows per page (1–500). Default 50. */
  limit?: number;
  /** Rows skipped. Default 0. */
  offset?: number;
}

/** One row of an article list. */
export interface ArticleRow {
  id: number;
  title: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
  input: string;
  storedAt: string;
  errors: number;
  warnings: number;
  infos: number;
}

/** One stored flag with its article. */
export interface FlagRow {
  flagId: number;
  articleId: number;
  title: string | null;
  publisher: string | null;
  published: string | null;
  rule: string;
  severity: Severity;
  message: string;
  text: string;
  start: number;
  end: number;
}

export interface FlagFilter {
  rule?: string;
  severity?: Severity;
  publisher?: string;
  limit?: number;
  offset?: number;
}

/** Flags counted by rule (and severity) or by publisher and rule. */
export interface FlagCount {
  rule: string;
  severity: Severity;
  publisher: string | null;
  flags: number;
  articles: number;
}

/** Rows of a view, with its column names. */
export interface ViewRows {
  columns: string[];
  rows: unknown[][];
}

/** A stored article's report, and when and by which run it was stored. */
export interface StoredReport {
  id: number;
  storedAt: string;
  runId: number | null;
  report: Report;
}

const clampLimit = (n: number | undefined, fallback = 50) => Math.min(Math.max(1, Number.isInteger(n) ? n! : fallback), 500);
const clampOffset = (n: number | undefined) => Math.max(0, Number.isInteger(n) ? n! : 0);

/** Words of a search box as an FTS5 query that cannot be a syntax error: each word quoted, all required. */
export function ftsQuery(q: string): string | null {
  const words = q.match(/[\p{L}\p{N}][\p{L}\p{N}'’.$%-]*/gu) ?? [];
  return words.length ? words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ') : null;
}

const KIND_BY_NAME = new Map<string, MentionKind>(MENTION_KINDS.map((k) => [MENTION_KIND_NAMES[k], k]));

export class DeskReader {
  private readonly statements: ReturnType<DeskReader['prepare']>;

  private constructor(private readonly db: Database.Database) {
    this.statements = this.prepare();
  }

  /** Opens `file` read-only (it must exist: open it with `ClaimsDb.open` first to create it). */
  static open(file: string): DeskReader {
    let db: Database.Database;
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
    } catch (err) {
      throw new Error(`cannot open database ${file}: ${(err as Error).message}`);
    }
    return new DeskReader(db);
  }

  private prepare() {
    const db = this.db;
    return {
      article: db.prepare('SELECT * FROM articles WHERE id = ?'),
      paragraphs: db.prepare('SELECT start, "end", duplicate_of, similarity, exact FROM paragraphs WHERE article_id = ? ORDER BY idx'),
      sentences: db.prepare('SELECT start, "end", paragraph FROM sentences WHERE article_id = ? ORDER BY idx'),
      mentions: db.prepare('SELECT kind, start, "end", text, value, value_high, unit, normalized, end_value, attrs FROM mentions WHERE article_id = ? ORDER BY kind, idx'),
      claims: db.prepare('SELECT id, start, "end", subject, measure, time, time_scope, source_scope, figures, frames FROM claims WHERE article_id = ? ORDER BY idx'),
      claimSources: db.prepare('SELECT s.claim_id, s.name, s.vague FROM claim_sources s JOIN claims c ON c.id = s.claim_id WHERE c.article_id = ?'),
      flags: db.prepare('SELECT rule, severity, message_id, message, start, "end", related FROM flags WHERE article_id = ? ORDER BY id'),
      publishers: db.prepare("SELECT DISTINCT publisher FROM articles WHERE publisher IS NOT NULL AND publisher <> '' ORDER BY publisher COLLATE NOCASE").pluck(),
      rules: db.prepare('SELECT DISTINCT rule FROM flags ORDER BY rule').pluck(),
      byRule: db.prepare('SELECT rule, severity, NULL AS publisher, count(*) AS flags, count(DISTINCT article_id) AS articles FROM flags GROUP BY rule, severity ORDER BY flags DESC, rule'),
      byPublisher: db.prepare(`SELECT f.rule, f.severity, a.publisher, count(*) AS flags, count(DISTINCT f.article_id) AS articles
        FROM flags f JOIN articles a ON a.id = f.article_id GROUP BY a.publisher, f.rule, f.severity ORDER BY a.publisher COLLATE NOCASE, flags DESC`),
      hasView: db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'view' AND name = ?").pluck(),
    };
  }

  /** Articles, newest first (by published time, else stored time), with their flag counts. */
  listArticles(filter: ArticleFilter = {}): { rows: ArticleRow[]; total: number } {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    const fts = filter.q ? ftsQuery(filter.q) : null;
    if (fts) {
      where.push('a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @fts)');
      params.fts = fts;
    }
    if (filter.publisher) {
      where.push('a.publisher = @publisher');
      params.publisher = filter.publisher;
    }
    if (filter.rule || filter.severity) {
      where.push(`EXISTS (SELECT 1 FROM flags f WHERE f.article_id = a.id${filter.rule ? ' AND f.rule = @rule' : ''}${filter.severity ? ' AND f.severity = @severity' : ''})`);
      if (filter.rule) params.rule = filter.rule;
      if (filter.severity) params.severity = filter.severity;
    }
    if (filter.from) {
      where.push('substr(coalesce(a.published, a.stored_at), 1, 10) >= @from');
      params.from = filter.from;
    }
    if (filter.to) {
      where.push('substr(coalesce(a.published, a.stored_at), 1, 10) <= @to');
      params.to = filter.to;
    }
    if (filter.command) {
      where.push('a.run_id IN (SELECT id FROM runs WHERE command = @command)');
      params.command = filter.command;
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db.prepare(`SELECT count(*) FROM articles a ${clause}`).pluck().get(params) as number;
    const order = filter.command ? 'a.stored_at DESC, a.id DESC' : 'coalesce(a.published, a.stored_at) DESC, a.id DESC';
    const rows = this.db
      .prepare(
        `SELECT a.id, a.title, a.publisher, a.published, a.url, a.input, a.line, a.stored_at AS storedAt,
           (SELECT count(*) FROM flags f WHERE f.article_id = a.id AND f.severity = 'error') AS errors,
           (SELECT count(*) FROM flags f WHERE f.article_id = a.id AND f.severity = 'warning') AS warnings,
           (SELECT count(*) FROM flags f WHERE f.article_id = a.id AND f.severity = 'info') AS infos
         FROM articles a ${clause} ORDER BY ${order} LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit: clampLimit(filter.limit), offset: clampOffset(filter.offset) }) as (ArticleRow & { line: number | null })[];
    return { rows: rows.map(({ line, ...row }) => ({ ...row, input: line ? `${row.input}:${line}` : row.input })), total };
  }

  /** Publishers of stored articles, for a filter menu. */
  publishers(): string[] {
    return this.statements.publishers.all() as string[];
  }

  /** Rule ids that have stored flags. */
  rules(): string[] {
    return this.statements.rules.all() as string[];
  }

  /** An article's report, rebuilt from its rows (`removed` boilerplate is not stored: empty). Null when there is no such article. */
  articleReport(id: number): StoredReport | null {
    const s = this.statements;
    const a = s.article.get(id) as Record<string, unknown> | undefined;
    if (!a) return null;
    const mentions = Object.fromEntries(MENTION_KINDS.map((k) => [k, [] as unknown[]])) as Record<MentionKind, unknown[]>;
    for (const m of s.mentions.all(id) as Record<string, unknown>[]) {
      const kind = KIND_BY_NAME.get(m.kind as string);
      if (kind) mentions[kind].push(mentionItem(kind, m));
    }
    const named = new Map<number, string[]>();
    const vague = new Map<number, string[]>();
    for (const row of s.claimSources.all(id) as { claim_id: number; name: string; vague: number }[]) {
      const into = row.vague ? vague : named;
      into.set(row.claim_id, [...(into.get(row.claim_id) ?? []), row.name]);
    }
    const report: Report = {
      schema: 'claimscan/report@1',
      input: a.line ? `${a.input}:${a.line}` : (a.input as string),
      article: {
        id: (a.record_id as string | null) ?? null,
        url: (a.url as string | null) ?? null,
        title: (a.title as string | null) ?? null,
        published: (a.published as string | null) ?? null,
        publisher: (a.publisher as string | null) ?? null,
        author: (a.author as string | null) ?? null,
        contentHash: a.content_hash as string,
      },
      text: a.text as string,
      paragraphs: (s.paragraphs.all(id) as Record<string, number | null>[]).map((p) => ({
        start: p.start!,
        end: p.end!,
        duplicateOf: p.duplicate_of ?? null,
        ...(p.similarity !== null ? { similarity: p.similarity } : {}),
        ...(p.exact !== null ? { exact: p.exact === 1 } : {}),
      })),
      sentences: (s.sentences.all(id) as { start: number; end: number; paragraph: number }[]).map((x) => ({ start: x.start, end: x.end, paragraph: x.paragraph })),
      ...(mentions as unknown as Pick<Report, MentionKind>),
      claims: (s.claims.all(id) as Record<string, unknown>[]).map((c) => ({
        start: c.start as number,
        end: c.end as number,
        figures: parseJson(c.figures, [] as string[]),
        subject: (c.subject as string | null) ?? null,
        measure: (c.measure as string | null) ?? null,
        time: (c.time as string | null) ?? null,
        timeScope: (c.time_scope as Report['claims'][number]['timeScope']) ?? null,
        sources: named.get(c.id as number) ?? [],
        sourceScope: (c.source_scope as Report['claims'][number]['sourceScope']) ?? null,
        vagueSources: vague.get(c.id as number) ?? [],
        ...(c.frames ? { frames: parseJson(c.frames, [] as NonNullable<Report['claims'][number]['frames']>) } : {}),
      })),
      flags: (s.flags.all(id) as Record<string, unknown>[]).map((f) => ({
        rule: f.rule as string,
        severity: f.severity as Severity,
        ...(f.message_id ? { messageId: f.message_id as string } : {}),
        message: f.message as string,
        start: f.start as number,
        end: f.end as number,
        related: parseJson(f.related, []),
      })),
      removed: [],
    };
    return { id, storedAt: a.stored_at as string, runId: (a.run_id as number | null) ?? null, report };
  }

  /** Stored flags with their articles, newest article first. */
  listFlags(filter: FlagFilter = {}): { rows: FlagRow[]; total: number } {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    for (const key of ['rule', 'severity'] as const) {
      if (filter[key]) {
        where.push(`f.${key} = @${key}`);
        params[key] = filter[key];
      }
    }
    if (filter.publisher) {
      where.push('a.publisher = @publisher');
      params.publisher = filter.publisher;
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db.prepare(`SELECT count(*) FROM flags f JOIN articles a ON a.id = f.article_id ${clause}`).pluck().get(params) as number;
    const rows = this.db
      .prepare(
        `SELECT f.id AS flagId, a.id AS articleId, a.title, a.publisher, a.published, f.rule, f.severity, f.message, f.text, f.start, f."end" AS "end"
         FROM flags f JOIN articles a ON a.id = f.article_id ${clause}
         ORDER BY coalesce(a.published, a.stored_at) DESC, a.id DESC, f.start LIMIT @limit OFFSET @offset`,
      )
      .all({ ...params, limit: clampLimit(filter.limit, 100), offset: clampOffset(filter.offset) }) as FlagRow[];
    return { rows, total };
  }

  /** Flags counted by rule and severity. */
  flagsByRule(): FlagCount[] {
    return this.statements.byRule.all() as FlagCount[];
  }

  /** Flags counted by publisher, rule and severity. */
  flagsByPublisher(): FlagCount[] {
    return this.statements.byPublisher.all() as FlagCount[];
  }

  /** True when the database has a view of this name (a later schema's cross-article views). */
  hasView(name: string): boolean {
    return this.statements.hasView.get(name) !== undefined;
  }

  /** Rows of the `figure_disagreements` view (null when the database has no such view). */
  disagreements(limit = 500): ViewRows | null {
    if (!this.hasView('figure_disagreements')) return null;
    const stmt = this.db.prepare(`SELECT * FROM figure_disagreements LIMIT ?`);
    return { columns: stmt.columns().map((c) => c.name), rows: stmt.raw(true).all(clampLimit(limit, 500)) as unknown[][] };
  }

  close(): void {
    this.db.close();
  }
}

function parseJson<T>(value: unknown, fallback: T): T {
  if (typeof value !== 'string') return fallback;
  try {
    return JSON.parse(value) as T;
  } catch {
    return fallback;
  }
}

/** A report list item from its `mentions` row: the columns back to their report fields, then the rest from `attrs`. */
function mentionItem(kind: MentionKind, m: Record<string, unknown>): Record<string, unknown> {
  const item: Record<string, unknown> = { start: m.start, end: m.end, text: m.text };
  const set = (key: string, value: unknown) => {
    if (value !== null && value !== undefined) item[key] = value;
  };
  switch (kind) {
    case 'money':
      set('value', m.value);
      set('valueHigh', m.value_high);
      set('currency', m.unit);
      break;
    case 'percentages':
      set('value', m.value);
      set('valueHigh', m.value_high);
      break;
    case 'quantities':
      set('value', m.value);
      set('valueHigh', m.value_high);
      set('unit', m.unit);
      break;
    case 'timestamps':
      set('value', m.normalized);
      set('endValue', m.end_value);
      break;
    case 'entities':
      set('type', m.unit);
      set('canonical', m.normalized);
      break;
    case 'sources':
      set('name', m.normalized);
      set('kind', m.unit);
      break;
  }
  return { ...item, ...parseJson(m.attrs, {}) };
}
