/**
 * The desk's pages, server-rendered: pure functions from data to HTML. The report itself is
 * the HTML report's own fragment (`../format/html.ts`), with its stylesheet and script
 * served as files (`/assets/report.css`, `/assets/report.js`), so the page needs no inline
 * script or style and the Content-Security-Policy can forbid them.
 */
import type { ArticleFilter, ArticleRow, FlagCount, StoredReport, ViewRows } from '../../storage/desk.js';
import { legend, reportFragment } from '../format/html.js';
import type { Position } from '../format/position.js';
import { addCounts, contentSummary, countReport, emptyCounts, flagSummary, plural } from '../format/summary.js';
import type { Report } from '../types.js';
import { html, raw, type SafeHtml } from './html.js';

/** What every page needs to know. */
export interface PageContext {
  /** Whether the database has the cross-article views (the "Disagreements" page). */
  disagreements: boolean;
  /** Whether requests need the token (then a "Log out" button shows). */
  auth: boolean;
  /** CSRF token for the page's forms. */
  csrf: string;
  version: string;
}

type Section = 'check' | 'articles' | 'flags' | 'disagreements' | 'login' | 'error';

export function layout(ctx: PageContext, section: Section, title: string, body: SafeHtml): string {
  const link = (href: string, name: Section, label: string) =>
    html`<a href="${href}"${section === name ? raw(' aria-current="page"') : ''}>${label}</a>`;
  const nav =
    section === 'login'
      ? ''
      : html`<nav class="desk-nav" aria-label="Desk">
${link('/', 'check', 'Check')} ${link('/articles', 'articles', 'Articles')} ${link('/flags', 'flags', 'Flags')} ${ctx.disagreements ? link('/disagreements', 'disagreements', 'Disagreements') : ''}
<a class="api" href="/api/openapi.json">API</a>
${ctx.auth ? html`<form method="post" action="/logout" class="logout"><input type="hidden" name="_csrf" value="${ctx.csrf}"><button type="submit">Log out</button></form>` : ''}
</nav>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claimscan ${escapeAttr(ctx.version)}">
<title>${html`${title}`} · claimscan desk</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/report.css">
<link rel="stylesheet" href="/assets/desk.css">
<script src="/assets/report.js" defer></script>
<script src="/assets/desk.js" defer></script>
</head>
<body class="hide-claims desk">
<a class="skip" href="#main">Skip to the content</a>
<header class="desk-top"><p class="brand"><a href="/">claimscan <span>desk</span></a></p>
${nav}
</header>
<main id="main">
${body}
</main>
</body>
</html>
`;
}

const escapeAttr = (s: string) => html`${s}`.value;

/** The fields of the check form, as the editor left them. */
export interface CheckForm {
  text?: string;
  title?: string;
  published?: string;
  publisher?: string;
  url?: string;
}

/** One checked article on the check page. */
export interface CheckedView {
  report: Report;
  articleId: number | null;
  stored: boolean;
  position: ((offset: number) => Position) | null;
}

export interface CheckPageData {
  form: CheckForm;
  /** The reports of this check, if one was made. */
  checked?: CheckedView[];
  /** What could not be checked, for the editor. */
  errors?: string[];
  recent: ArticleRow[];
  maxUploadMb: number;
}

function badges(r: { errors: number; warnings: number; infos: number }): SafeHtml {
  const out: SafeHtml[] = [];
  if (r.errors) out.push(html`<span class="badge sev-error">${plural(r.errors, 'error')}</span>`);
  if (r.warnings) out.push(html`<span class="badge sev-warning">${plural(r.warnings, 'warning')}</span>`);
  if (r.infos) out.push(html`<span class="badge sev-info">${plural(r.infos, 'info', 'infos')}</span>`);
  if (!out.length) out.push(html`<span class="badge ok">no flags</span>`);
  return html`${out.map((b, i) => (i ? html` ${b}` : b))}`;
}

/** The report of one or more articles, as on `check --format html`, inside a desk page. */
function reportSection(checked: readonly CheckedView[], heading: string): SafeHtml {
  const reports = checked.map((c) => c.report);
  const totals = reports.map(countReport).reduce(addCounts, emptyCounts());
  const articles = checked.map((c, i) => {
    const stored =
      c.articleId === null
        ? ''
        : html`<p class="stored">${c.stored ? 'Stored as' : 'Already stored as'} <a href="/articles/${c.articleId}">article ${c.articleId}</a>.</p>`;
    return html`${stored}${raw(reportFragment(c.report, i, { position: c.position ?? undefined, copyButtons: true }))}`;
  });
  return html`<section class="result" id="result" aria-labelledby="result-h">
<h2 id="result-h">${heading}</h2>
<p class="summary" data-summary><strong>${flagSummary(totals)}</strong> · ${contentSummary(totals)}</p>
${raw(legend(reports))}
<p class="keys">Click a flag to show it in the text. Keys: <kbd>j</kbd> next flag, <kbd>k</kbd> previous flag, <kbd>Esc</kbd> clear. “Copy as text” copies a flag for a CMS comment.</p>
${articles}
</section>`;
}

function recentList(rows: readonly ArticleRow[], empty: string): SafeHtml {
  if (!rows.length) return html`<p class="none">${empty}</p>`;
  return html`<ol class="recent">${rows.map(
    (r) => html`<li><a href="/articles/${r.id}">${r.title || r.input}</a> <span class="muted">${[r.publisher, r.published?.slice(0, 10)].filter(Boolean).join(' · ')}</span> ${badges(r)}</li>`,
  )}</ol>`;
}

export function checkPage(ctx: PageContext, data: CheckPageData): string {
  const { form } = data;
  const errors = data.errors?.length
    ? html`<div class="problem" role="alert"><h2>Could not check that</h2><ul>${data.errors.map((e) => html`<li>${e}</li>`)}</ul></div>`
    : '';
  const result = data.checked?.length ? reportSection(data.checked, data.checked.length === 1 ? 'Report' : `Reports (${data.checked.length})`) : '';
  const body = html`<h1>Check an article</h1>
<p class="lead">Paste a draft, drop a file or give a link. You get every figure, who it is attributed to, and what does not add up.</p>
${errors}
<form class="check" method="post" action="/check#result" enctype="multipart/form-data" data-check-form>
<input type="hidden" name="_csrf" value="${ctx.csrf}">
<div class="check-grid">
<fieldset class="paste"><legend>Paste text</legend>
<label for="text">Article text <span class="muted">(paragraphs on their own lines)</span></label>
<textarea id="text" name="text" rows="14" spellcheck="false">
${form.text ?? ''}</textarea>
<button type="submit" name="mode" value="text" class="primary">Check text</button>
</fieldset>
<div class="side">
<fieldset class="meta-fields"><legend>About the article</legend>
<label for="title">Title</label><input id="title" name="title" type="text" value="${form.title ?? ''}" autocomplete="off">
<label for="published">Publication date</label><input id="published" name="published" type="date" value="${form.published ?? ''}">
<label for="publisher">Publisher</label><input id="publisher" name="publisher" type="text" value="${form.publisher ?? ''}" autocomplete="off">
<p class="hint muted">Used for pasted text. The date resolves “yesterday” and years left out.</p>
</fieldset>
<fieldset class="upload" data-drop><legend>Or a file</legend>
<label for="file">HTML, text, Markdown or JSON article <span class="muted">(up to ${data.maxUploadMb} MB; or drop it here)</span></label>
<input id="file" name="file" type="file" accept=".html,.htm,.txt,.md,.json,.jsonl,.ndjson,.gz">
<button type="submit" name="mode" value="file">Check file</button>
</fieldset>
<fieldset class="fetch"><legend>Or a link</legend>
<label for="url">Article URL</label><input id="url" name="url" type="url" placeholder="https://…" value="${form.url ?? ''}">
<button type="submit" name="mode" value="url">Check URL</button>
</fieldset>
</div>
</div>
</form>
${result}
<section class="recent-checks" aria-labelledby="recent-h"><h2 id="recent-h">Recent checks</h2>
${recentList(data.recent, 'Nothing checked here yet.')}
<p><a href="/articles">All stored articles</a></p></section>`;
  return layout(ctx, 'check', data.checked?.length === 1 ? `Report: ${data.checked[0]!.report.article.title || data.checked[0]!.report.input}` : 'Check an article', body);
}

export interface ArticlesPageData {
  filter: ArticleFilter & { checked?: boolean };
  rows: ArticleRow[];
  total: number;
  publishers: string[];
  rules: string[];
}

/** The query string of a filter, for links (page links, flag counts). */
export function filterQuery(filter: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== null && v !== '' && v !== false) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function articlesPage(ctx: PageContext, data: ArticlesPageData): string {
  const f = data.filter;
  const limit = f.limit ?? 50;
  const offset = f.offset ?? 0;
  const option = (value: string, label: string, selected: string | undefined) =>
    html`<option value="${value}"${selected === value ? raw(' selected') : ''}>${label}</option>`;
  const keep = { q: f.q, publisher: f.publisher, rule: f.rule, severity: f.severity, from: f.from, to: f.to, checked: f.checked ? 1 : undefined };
  const pages = html`<p class="pages">${offset > 0 ? html`<a href="/articles${filterQuery({ ...keep, offset: Math.max(0, offset - limit) })}" rel="prev">← newer</a> ` : ''}<span class="muted">${
    data.total ? `${offset + 1}–${offset + data.rows.length} of ${data.total}` : 'none'
  }</span>${offset + data.rows.length < data.total ? html` <a href="/articles${filterQuery({ ...keep, offset: offset + limit })}" rel="next">older →</a>` : ''}</p>`;
  const rows = data.rows.map(
    (r) => html`<tr><td><a href="/articles/${r.id}">${r.title || r.input}</a></td><td>${r.publisher ?? ''}</td><td>${r.published ? html`<time datetime="${r.published}">${r.published.slice(0, 10)}</time>` : html`<span class="muted">—</span>`}</td><td data-v="${r.errors * 1e6 + r.warnings * 1e3 + r.infos}">${badges(r)}</td></tr>`,
  );
  const table = data.rows.length
    ? html`<div class="table-wrap"><table class="articles"><thead><tr><th scope="col">title</th><th scope="col">publisher</th><th scope="col">published</th><th scope="col">flags</th></tr></thead>
<tbody>${rows}</tbody></table></div>`
    : html`<p class="none">No stored article matches.</p>`;
  const body = html`<h1>Stored articles</h1>
<form class="filters" method="get" action="/articles" role="search">
<label>Search <input type="search" name="q" value="${f.q ?? ''}" placeholder="words in title or text"></label>
<label>Publisher <select name="publisher"><option value="">any</option>${data.publishers.map((p) => option(p, p, f.publisher))}</select></label>
<label>Rule <select name="rule"><option value="">any</option>${data.rules.map((r) => option(r, r, f.rule))}</select></label>
<label>Severity <select name="severity"><option value="">any</option>${['error', 'warning', 'info'].map((s) => option(s, s, f.severity))}</select></label>
<label>From <input type="date" name="from" value="${f.from ?? ''}"></label>
<label>To <input type="date" name="to" value="${f.to ?? ''}"></label>
<label class="inline"><input type="checkbox" name="checked" value="1"${f.checked ? raw(' checked') : ''}> checked here only</label>
<button type="submit">Filter</button> <a href="/articles">clear</a>
</form>
${pages}
${table}`;
  return layout(ctx, 'articles', f.q ? `Articles matching “${f.q}”` : 'Stored articles', body);
}

export function articlePage(ctx: PageContext, stored: StoredReport): string {
  const { report } = stored;
  const body = html`<p class="crumbs"><a href="/articles">Stored articles</a> › article ${stored.id} <span class="muted">· stored ${stored.storedAt.slice(0, 19).replace('T', ' ')} UTC · <a href="/api/articles/${stored.id}">JSON</a></span></p>
${reportSection([{ report, articleId: null, stored: false, position: null }], report.article.title || report.input)}`;
  return layout(ctx, 'articles', report.article.title || `Article ${stored.id}`, body);
}

export function flagsPage(ctx: PageContext, byRule: readonly FlagCount[], byPublisher: readonly FlagCount[]): string {
  const ruleRows = byRule.map(
    (c) => html`<tr><td><code>${c.rule}</code></td><td><span class="badge sev-${c.severity}">${c.severity}</span></td><td data-v="${c.flags}">${c.flags}</td><td><a href="/articles${filterQuery({ rule: c.rule, severity: c.severity })}">${plural(c.articles, 'article')}</a></td></tr>`,
  );
  const publisherRows = byPublisher.map(
    (c) => html`<tr><td>${c.publisher ?? html`<span class="muted">unknown</span>`}</td><td><code>${c.rule}</code></td><td><span class="badge sev-${c.severity}">${c.severity}</span></td><td data-v="${c.flags}">${c.flags}</td><td>${
      c.publisher === null ? plural(c.articles, 'article') : html`<a href="/articles${filterQuery({ publisher: c.publisher, rule: c.rule, severity: c.severity })}">${plural(c.articles, 'article')}</a>`
    }</td></tr>`,
  );
  const body = html`<h1>Flags</h1>
<section aria-labelledby="by-rule"><h2 id="by-rule">By rule</h2>
${byRule.length ? html`<div class="table-wrap"><table><thead><tr><th scope="col">rule</th><th scope="col">severity</th><th scope="col">flags</th><th scope="col">articles</th></tr></thead><tbody>${ruleRows}</tbody></table></div>` : html`<p class="none">No flags stored yet.</p>`}
</section>
<section aria-labelledby="by-publisher"><h2 id="by-publisher">By publisher</h2>
${byPublisher.length ? html`<div class="table-wrap"><table><thead><tr><th scope="col">publisher</th><th scope="col">rule</th><th scope="col">severity</th><th scope="col">flags</th><th scope="col">articles</th></tr></thead><tbody>${publisherRows}</tbody></table></div>` : html`<p class="none">No flags stored yet.</p>`}
</section>`;
  return layout(ctx, 'flags', 'Flags', body);
}

/** A column that holds article ids (`article_id`, `other_article_id`, …) links to the article. */
const ARTICLE_COLUMN = /(^|_)article_id$/;

export function disagreementsPage(ctx: PageContext, view: ViewRows): string {
  const cell = (column: string, value: unknown) => {
    if (value === null || value === undefined) return html`<td><span class="muted">—</span></td>`;
    if (ARTICLE_COLUMN.test(column) && Number.isInteger(value)) return html`<td><a href="/articles/${value as number}">${value as number}</a></td>`;
    return html`<td>${String(value)}</td>`;
  };
  const body = html`<h1>Disagreements between articles</h1>
<p class="lead">Figures that stored articles state differently for the same subject, measure and time (the <code>figure_disagreements</code> view).</p>
${view.rows.length
    ? html`<div class="table-wrap"><table><thead><tr>${view.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead><tbody>${view.rows.map(
        (row) => html`<tr>${row.map((v, i) => cell(view.columns[i]!, v))}</tr>`,
      )}</tbody></table></div>`
    : html`<p class="none">No disagreements among the stored articles.</p>`}`;
  return layout(ctx, 'disagreements', 'Disagreements', body);
}

export function loginPage(ctx: PageContext, error?: string, next = '/'): string {
  const body = html`<h1>Log in to the desk</h1>
<p class="lead">This desk is shared on the network: it asks for the token it was started with (<code>claimscan serve --token …</code>).</p>
${error ? html`<div class="problem" role="alert"><p>${error}</p></div>` : ''}
<form class="login" method="post" action="/login">
<input type="hidden" name="_csrf" value="${ctx.csrf}">
<input type="hidden" name="next" value="${next}">
<label for="token">Token</label> <input id="token" name="token" type="password" autocomplete="current-password" required>
<button type="submit" class="primary">Log in</button>
</form>`;
  return layout(ctx, 'login', 'Log in', body);
}

export function errorPage(ctx: PageContext, status: number, message: string): string {
  const title = status === 404 ? 'Not found' : status === 413 ? 'Too large' : status === 429 ? 'Too many checks' : status >= 500 ? 'Something went wrong' : 'Cannot do that';
  const body = html`<h1>${title}</h1>
<div class="problem" role="alert"><p>${message}</p></div>
<p><a href="/">Back to the check page</a></p>`;
  return layout(ctx, 'error', title, body);
}
