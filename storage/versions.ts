/**
 * Versions and aliases of articles (SQL for `article_identities` and `article_versions`).
 *
 * Every article is known by identities: its record id (`id:…`) and its URLs (`url:…`, the
 * URL it was read from and, for a crawled page, its canonical URL). New text under an
 * identity that an earlier article has is a new *version* of that article: both are kept,
 * linked, and the figures that changed are recorded. Content already stored, reached under an
 * identity it did not have, gets that identity as an *alias* instead of being dropped.
 */
import type Database from 'better-sqlite3';
import { diffFigures, figuresOf, type FigureInContext, type FigureKind, type Revision } from '../pipeline/revision.js';
import type { Report } from '../pipeline/types.js';

/** The identities of a report's article: `id:` for its record id, `url:` for its URL and `urls`. */
export function identitiesOf(report: Report, urls: readonly (string | null | undefined)[] = []): string[] {
  const out = new Set<string>();
  if (report.article.id) out.add(`id:${report.article.id}`);
  for (const url of [report.article.url, ...urls]) if (url) out.add(`url:${url}`);
  return [...out];
}

export class ArticleVersions {
  private readonly s;

  constructor(db: Database.Database) {
    this.s = {
      latestWith: db.prepare('SELECT max(article_id) FROM article_identities WHERE identity = ? AND article_id <> ?').pluck(),
      has: db.prepare('SELECT 1 FROM article_identities WHERE identity = ? AND article_id = ?').pluck(),
      insert: db.prepare('INSERT OR IGNORE INTO article_identities (identity, article_id, alias, run_id, seen_at) VALUES (?, ?, ?, ?, ?)'),
      versionOf: db.prepare('SELECT version FROM article_versions WHERE article_id = ?').pluck(),
      insertVersion: db.prepare('INSERT INTO article_versions (article_id, previous_id, identity, version, changed_figures) VALUES (?, ?, ?, ?, ?)'),
      figures: db.prepare(`SELECT m.kind, m.text, m.start, m."end", s.start AS sentence_start, s.text AS sentence
        FROM mentions m JOIN sentences s ON s.article_id = m.article_id AND s.start <= m.start AND m.start < s."end"
        WHERE m.article_id = ? AND m.kind IN ('money', 'percentage', 'quantity') ORDER BY m.start`),
    };
  }

  /**
   * For content already stored as `articleId`: records the identities it did not have yet as
   * aliases and returns them.
   */
  noteAliases(articleId: number, identities: readonly string[], runId: number | null): string[] {
    const added: string[] = [];
    const now = new Date().toISOString();
    for (const identity of identities) {
      if (this.s.has.get(identity, articleId) !== undefined) continue;
      this.s.insert.run(identity, articleId, 1, runId, now);
      added.push(identity);
    }
    return added;
  }

  /**
   * For a newly stored article: records its identities and, when an earlier article shares
   * one, links it as that article's next version with the figures that changed.
   */
  linkNew(articleId: number, identities: readonly string[], report: Report, runId: number | null): Revision | null {
    let previous: { id: number; identity: string } | null = null;
    for (const identity of identities) {
      const id = this.s.latestWith.get(identity, articleId) as number | null;
      if (id !== null && id !== undefined && (!previous || id > previous.id)) previous = { id, identity };
    }
    const now = new Date().toISOString();
    for (const identity of identities) this.s.insert.run(identity, articleId, 0, runId, now);
    if (!previous) return null;
    const before = (this.s.figures.all(previous.id) as { kind: FigureKind; text: string; start: number; end: number; sentence_start: number; sentence: string }[]).map(
      (r): FigureInContext => ({ kind: r.kind, text: r.text, start: r.start, end: r.end, sentenceStart: r.sentence_start, sentence: r.sentence }),
    );
    const changedFigures = diffFigures(before, figuresOf(report));
    const version = ((this.s.versionOf.get(previous.id) as number | undefined) ?? 1) + 1;
    this.s.insertVersion.run(articleId, previous.id, previous.identity, version, JSON.stringify(changedFigures));
    return { previousArticleId: previous.id, version, identity: previous.identity, changedFigures };
  }
}
