/** Versions and aliases of articles: the same id or URL with new text, the same text under another id or URL. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSIONS } from '../../extractors/index.js';
import { diffFigures, figuresOf } from '../../pipeline/revision.js';
import { ClaimsDb, rawHash } from '../../storage/db.js';
import { reportFor, ROOT } from '../helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-versions-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const V1 = 'Acme raised $1.2 billion in its latest round, the company said.\nShares rose 4% on Monday, Reuters reported.\nThe fund holds 620,000 bitcoin, according to Arkham.';
const V2 = 'Acme raised $1.1 billion in its latest round, the company said.\nShares rose 4% on Monday, Reuters reported.\nThe fund now holds about 640,000 bitcoin, according to data from Arkham.';

describe('diffFigures', () => {
  it.each([
    { name: 'one changed figure, one reworded sentence', before: V1, after: V2, expected: [['money', '$1.2 billion', '$1.1 billion'], ['money', '620,000 bitcoin', '640,000 bitcoin']] },
    { name: 'identical texts', before: V1, after: V1, expected: [] },
    { name: 'a new sentence with a figure', before: 'Gold rose 1%, Reuters said.', after: 'Gold rose 1%, Reuters said.\nSilver fell 2%, Reuters said.', expected: [['percentage', null, '2%']] },
    { name: 'a dropped figure', before: 'Gold rose 1%, Reuters said.\nOil jumped $3 a barrel.', after: 'Gold rose 1%, Reuters said.', expected: [['money', '$3', null]] },
    { name: 'two figures of one sentence, one changed', before: 'Revenue rose 5% to $10 million, the company said.', after: 'Revenue rose 5% to $12 million, the company said.', expected: [['money', '$10 million', '$12 million']] },
  ])('$name', ({ before, after, expected }) => {
    const changes = diffFigures(figuresOf(reportFor(before)), figuresOf(reportFor(after)));
    expect(changes.map((c) => [c.kind, c.before, c.after])).toEqual(expected);
  });
});

describe('storing versions and aliases', () => {
  it('links new text under the same id as a new version, and the same text under another id as an alias', () => {
    const db = ClaimsDb.open(path.join(dir, 'v.db'));
    const store = (record: { id: string; url?: string; text: string }) => {
      const report = reportFor(record.text, { id: record.id, url: record.url, title: 'Acme' });
      return db.storeReport({ report, input: 'test', rawHash: rawHash(record), runId: null }, EXTRACTOR_VERSIONS);
    };
    const first = store({ id: 'a-1', url: 'https://news.example/acme', text: V1 });
    expect(first).toMatchObject({ status: 'stored', revision: null });
    const second = store({ id: 'a-1', url: 'https://news.example/acme', text: V2 });
    expect(second.status).toBe('stored');
    if (second.status !== 'stored') throw new Error('unreachable');
    expect(second.revision).toMatchObject({ previousArticleId: first.articleId, version: 2, identity: 'id:a-1' });
    expect(second.revision!.changedFigures.map((c) => [c.before, c.after])).toEqual([
      ['$1.2 billion', '$1.1 billion'],
      ['620,000 bitcoin', '640,000 bitcoin'],
    ]);
    // The same text as the second version under another id and URL: an alias, nothing new stored.
    const third = store({ id: 'syndicated-9', url: 'https://other.example/acme', text: V2 });
    expect(third).toEqual({ status: 'present', articleId: second.articleId, aliases: ['id:syndicated-9', 'url:https://other.example/acme'] });
    // A third text under the URL only: version 3, linked to version 2.
    const fourth = store({ id: 'a-2', url: 'https://news.example/acme', text: V2.replace('$1.1 billion', '$1.15 billion') });
    expect(fourth).toMatchObject({ status: 'stored', revision: { previousArticleId: second.articleId, version: 3, identity: 'url:https://news.example/acme' } });
    expect(db.count('articles')).toBe(3);
    const rows = (sql: string) => [...db.query(sql).rows];
    expect(rows('SELECT article_id, alias FROM article_aliases ORDER BY alias')).toEqual([
      [second.articleId, 'id:syndicated-9'],
      [second.articleId, 'url:https://other.example/acme'],
    ]);
    expect(rows('SELECT version, before, after FROM figure_changes ORDER BY article_id, before')).toEqual([
      [2, '$1.2 billion', '$1.1 billion'],
      [2, '620,000 bitcoin', '640,000 bitcoin'],
      [3, '$1.1 billion', '$1.15 billion'],
    ]);
    db.close();
  });
});

describe('check --db', () => {
  it('puts the previous version and the changed figures in the report of a new version', () => {
    const db = path.join(dir, 'check.db');
    const file = path.join(dir, 'acme.json');
    const check = () => spawnSync(process.execPath, [path.join(ROOT, 'pipeline', 'bin.js'), 'check', '--format', 'json', '--db', db, file], { encoding: 'utf8' });
    writeFileSync(file, JSON.stringify({ id: 'acme-1', title: 'Acme', text: V1 }));
    const first = check();
    expect(first.status, first.stderr).toBeLessThanOrEqual(1);
    expect(JSON.parse(first.stdout).revision).toBeUndefined();
    writeFileSync(file, JSON.stringify({ id: 'acme-1', title: 'Acme', text: V2 }));
    const second = check();
    expect(second.status, second.stderr).toBeLessThanOrEqual(1);
    expect(JSON.parse(second.stdout).revision).toEqual({
      previousArticleId: 1,
      version: 2,
      identity: 'id:acme-1',
      changedFigures: [
        { kind: 'money', before: '$1.2 billion', after: '$1.1 billion', sentence: 'Acme raised $1.1 billion in its latest round, the company said.' },
        { kind: 'money', before: '620,000 bitcoin', after: '640,000 bitcoin', sentence: 'The fund now holds about 640,000 bitcoin, according to data from Arkham.' },
      ],
    });
  });
});
