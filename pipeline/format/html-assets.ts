/**
 * The inline stylesheet and script of the HTML report (see ./html.ts). Kept apart so the
 * page builder reads as markup. The script only adds behaviour: the page is complete and
 * printable without it.
 */
import { MENTION_KINDS } from '../types.js';

/** Highlight colours by kind; dark text on each keeps a contrast ratio above 10:1. */
export const KIND_STYLE: Record<(typeof MENTION_KINDS)[number] | 'claims', string> = {
  money: 'background:#fde68a',
  percentages: 'background:#bfdbfe',
  quantities: 'background:#bbf7d0',
  timestamps: 'background:#e9d5ff',
  entities: 'box-shadow:inset 0 -2px #0f766e',
  sources: 'background:#fecdd3',
  claims: 'background:#eef2f7',
};

const toggles = [...MENTION_KINDS, 'claims']
  .map((k) => `.hide-${k} .k-${k}{background:transparent;box-shadow:none;border-bottom:0}`)
  .join('\n');

export const CSS = `
:root{color-scheme:light;--fg:#1a1a1a;--muted:#4b5563;--line:#cbd5e1;--bg:#fff;--panel:#f8fafc;--focus:#1d4ed8;--hl:#c2410c;--rel:#1d4ed8}
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);background:var(--bg)}
a{color:#1d4ed8}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-10000px;top:.5rem}
.skip:focus{left:.5rem;background:#fff;padding:.25rem .5rem;z-index:10}
.top,.toc,main{max-width:92rem;margin:0 auto;padding:0 1.25rem}
h1{font-size:1.5rem;margin:1rem 0 .25rem}
h2{font-size:1.3rem;margin:.25rem 0;line-height:1.3}
h3{font-size:1rem;margin:0 0 .5rem}
.summary{margin:.25rem 0;font-size:1.05rem}
.muted,.meta,.stats{color:var(--muted)}
.meta,.stats{margin:.1rem 0;font-size:.9rem;overflow-wrap:anywhere}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.1rem;border:1px solid var(--line);border-radius:6px;padding:.4rem .75rem;margin:.5rem 0}
.legend legend{padding:0 .25rem;font-weight:600}
.legend label{display:inline-flex;align-items:center;gap:.35rem;cursor:pointer}
.legend input{width:1.05rem;height:1.05rem;margin:0}
.swatch{padding:0 .3rem;border-radius:2px}
.keys{font-size:.85rem;color:var(--muted);margin:.25rem 0 .75rem}
kbd{font:inherit;font-size:.8rem;border:1px solid var(--line);border-bottom-width:2px;border-radius:3px;padding:0 .3rem;background:#fff}
.toc ol{margin:.25rem 0 1rem;padding-left:2rem;columns:2 30rem}
.toc li{break-inside:avoid;margin:.1rem 0}
.badge{display:inline-block;font-size:.75rem;font-weight:600;padding:0 .35rem;border-radius:3px;line-height:1.5;white-space:nowrap}
.sev-error .sev,.badge.sev-error{background:#b91c1c;color:#fff}
.sev-warning .sev,.badge.sev-warning{background:#fef3c7;color:#78350f}
.sev-info .sev,.badge.sev-info{background:#dbeafe;color:#1e3a8a}
.badge.ok{background:#dcfce7;color:#14532d}
.article{border-top:2px solid var(--line);padding:1rem 0 2rem;scroll-margin-top:.5rem}
/* A long run stays quick to open: articles off screen are not laid out until needed. */
.article{content-visibility:auto;contain-intrinsic-size:auto 1500px}
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(16rem,26rem);gap:1.5rem;align-items:start;margin-top:.75rem}
.panel{position:sticky;top:0;max-height:100vh;overflow:auto;background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.75rem}
@media (max-width:62rem){.layout{grid-template-columns:minmax(0,1fr)}.panel{position:static;max-height:none;order:-1}}
.text{padding-left:2.75rem;max-width:50rem}
.text p{margin:0 0 .9rem;position:relative}
.text p::before{content:attr(data-line);position:absolute;left:-2.9rem;width:2.4rem;text-align:right;color:var(--muted);font-size:.75rem;line-height:2.15;user-select:none}
p.dup{text-decoration:line-through;text-decoration-color:#b91c1c;text-decoration-thickness:1.5px;color:var(--muted)}
.dup-note{display:inline-block;text-decoration:none;margin-right:.4rem;font-size:.75rem;font-weight:600;background:#fee2e2;color:#7f1d1d;padding:0 .35rem;border-radius:3px}
.dup-note a{color:inherit}
:where(mark.m){color:inherit;background:transparent}
mark.m{border-radius:2px}
${(Object.keys(KIND_STYLE) as (keyof typeof KIND_STYLE)[]).map((k) => `.k-${k}{${KIND_STYLE[k]}}`).join('\n')}
mark.k-sources.vague{background:#ffe4e6;border-bottom:2px dotted #9f1239}
${toggles}
.t.hl,.claim.hl{background:#ffedd5;outline:3px solid var(--hl);outline-offset:1px;border-radius:2px}
.t.rel,.claim.rel{background:#e0e7ff;outline:2px dashed var(--rel);outline-offset:1px;border-radius:2px}
.pt{display:inline-block;width:0;height:1em;vertical-align:text-bottom}
.pt.hl,.pt.rel{width:.2rem;background:var(--hl)}
.pt.rel{background:var(--rel)}
@media (prefers-reduced-motion:no-preference){.t.hl,.claim.hl{animation:pulse 1s ease-out 1}}
@keyframes pulse{from{outline-offset:6px}to{outline-offset:1px}}
.flags{list-style:none;margin:0;padding:0}
.flags>li{margin:0 0 .5rem}
button.go{display:block;width:100%;text-align:left;background:#fff;border:1px solid var(--line);border-radius:4px;padding:.35rem .5rem;font:inherit;font-size:.9rem;color:inherit;cursor:pointer}
button.go:hover{border-color:#64748b}
button.go[aria-current]{border-color:var(--hl);box-shadow:0 0 0 2px var(--hl)}
.pos{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8rem;color:var(--muted);margin-right:.35rem}
.sev{margin-right:.35rem}
.msg code,.reason{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em;background:#e2e8f0;border-radius:3px;padding:0 .2rem}
.rule{display:block;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8rem;color:var(--muted)}
.related{list-style:none;margin:.2rem 0 0 1rem;padding:0}
.related button.go{font-size:.85rem;padding:.15rem .4rem;border-style:dashed}
.claims{margin-top:1.25rem}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.3rem .45rem;text-align:left;vertical-align:top}
th{background:var(--panel);white-space:nowrap}
th button{font:inherit;font-weight:600;background:none;border:0;padding:0;color:inherit;cursor:pointer}
th button::after{content:" ↕";color:var(--muted)}
th[aria-sort=ascending] button::after{content:" ▲";color:inherit}
th[aria-sort=descending] button::after{content:" ▼";color:inherit}
td button.go{display:inline;width:auto;padding:0 .3rem}
.unsourced{color:#7f1d1d;font-weight:600}
.vague-list{font-style:italic;color:var(--muted)}
details.removed{margin-top:1.25rem;border:1px solid var(--line);border-radius:6px;padding:.4rem .75rem}
details.removed summary{cursor:pointer;font-weight:600}
details.removed ul{margin:.5rem 0;padding-left:1.25rem}
.none{color:var(--muted);margin:0}
@media print{
  body{font-size:10.5pt}
  .skip,.keys,.legend input,.toc,th button::after{display:none}
  .top,.toc,main{max-width:none;padding:0}
  .layout{display:block}
  .panel{position:static;max-height:none;overflow:visible;background:none;border:0;padding:0;margin-top:1rem}
  .article{break-before:page;border-top:0;content-visibility:visible}
  .article:first-of-type{break-before:auto}
  mark.m,.claim,.badge,.sev,.dup-note,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  button.go{border:0;padding:0;box-shadow:none}
  .t.hl,.t.rel,.claim.hl,.claim.rel{outline:none;background:none}
  li,tr,.flags>li{break-inside:avoid}
  a{color:inherit;text-decoration:none}
}
`;

/** Behaviour: flag → span (j/k, Esc), per-kind toggles, sortable claims tables, printing. */
export const SCRIPT = `
(() => {
  'use strict';
  const d = document;
  let current = null;
  const targets = (key) => d.querySelectorAll('[data-t="' + key + '"]');
  function clear() {
    for (const el of d.querySelectorAll('.hl, .rel')) el.classList.remove('hl', 'rel');
    if (current) current.removeAttribute('aria-current');
    current = null;
  }
  function go(button) {
    clear();
    const found = targets(button.dataset.go);
    for (const el of found) el.classList.add('hl');
    for (const key of (button.dataset.rel || '').split(' ')) if (key) for (const el of targets(key)) el.classList.add('rel');
    if (found[0]) found[0].scrollIntoView({ block: 'center', inline: 'nearest' });
    button.setAttribute('aria-current', 'true');
    current = button;
  }
  function sort(button) {
    const th = button.closest('th');
    const table = th.closest('table');
    const column = [...th.parentElement.children].indexOf(th);
    const ascending = th.getAttribute('aria-sort') !== 'ascending';
    for (const other of th.parentElement.children) other.removeAttribute('aria-sort');
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    const numeric = button.dataset.sort === 'number';
    const key = (row) => { const cell = row.children[column]; return cell.dataset.v !== undefined ? cell.dataset.v : cell.textContent.trim(); };
    const body = table.tBodies[0];
    const rows = [...body.rows].map((row, i) => ({ row, key: key(row), i }));
    rows.sort((a, b) => {
      const c = numeric ? Number(a.key) - Number(b.key) : a.key.localeCompare(b.key, undefined, { numeric: true, sensitivity: 'base' });
      return (ascending ? c : -c) || a.i - b.i;
    });
    body.append(...rows.map((r) => r.row));
  }
  function toggle(input) {
    d.body.classList.toggle('hide-' + input.dataset.kind, !input.checked);
  }
  d.addEventListener('click', (event) => {
    const el = event.target instanceof Element ? event.target : null;
    if (!el) return;
    const button = el.closest('button[data-go]');
    if (button) return go(button);
    const sorter = el.closest('th button[data-sort]');
    if (sorter) sort(sorter);
  });
  d.addEventListener('change', (event) => {
    const el = event.target;
    if (el instanceof HTMLInputElement && el.dataset.kind) toggle(el);
  });
  d.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const el = event.target;
    if (el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))) return;
    if (event.key === 'Escape') return clear();
    if (event.key !== 'j' && event.key !== 'k') return;
    const all = [...d.querySelectorAll('button.flag-go')];
    let i = current ? all.indexOf(current) : -1;
    i = event.key === 'j' ? i + 1 : i < 0 ? all.length - 1 : i - 1;
    if (i < 0 || i >= all.length) return;
    event.preventDefault();
    all[i].focus({ preventScroll: true });
    go(all[i]);
  });
  // Form state survives a reload; the classes do not.
  for (const input of d.querySelectorAll('input[data-kind]')) toggle(input);
  const opened = [];
  addEventListener('beforeprint', () => {
    for (const details of d.querySelectorAll('details:not([open])')) { details.open = true; opened.push(details); }
  });
  addEventListener('afterprint', () => { for (const details of opened.splice(0)) details.open = false; });
})();
`;
