/**
 * The editor's HTML page: one self-contained document (inline CSS, nothing fetched) with
 * each article's text, its figures highlighted and its flags listed. A pure function of the
 * reports.
 */
import type { Report } from '../types.js';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function formatHtml(reports: readonly Report[]): string {
  const articles = reports.map((r, i) => {
    const marks = [
      ...r.money.map((m) => ({ ...m, kind: 'money' })),
      ...r.percentages.map((m) => ({ ...m, kind: 'percentage' })),
      ...r.quantities.map((m) => ({ ...m, kind: 'quantity' })),
    ].sort((a, b) => a.start - b.start);
    let html = '';
    let at = 0;
    for (const m of marks) {
      if (m.start < at) continue;
      html += escape(r.text.slice(at, m.start)) + `<mark class="${m.kind}">${escape(r.text.slice(m.start, m.end))}</mark>`;
      at = m.end;
    }
    html += escape(r.text.slice(at));
    const flags = r.flags.map((f) => `<li class="${f.severity}">${escape(f.message)} <code>${escape(f.rule)}</code></li>`).join('');
    return `<section id="a${i}"><h2>${escape(r.article.title ?? r.input)}</h2><ul class="flags">${flags}</ul><div class="text">${html.replace(/\n/g, '<br>')}</div></section>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>claimscan report</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem}mark.money{background:#ffe08a}mark.percentage{background:#b5e3ff}mark.quantity{background:#d7f5c4}li.error{color:#a00}li.warning{color:#850}</style>
</head><body><h1>claimscan report</h1>${articles.join('\n')}</body></html>\n`;
}
