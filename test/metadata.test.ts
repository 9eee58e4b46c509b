/**
 * storage/metadata.json for Datasette: its canned queries run on a database of the samples
 * with their named parameters, and its facets name real columns. (That every table, view and
 * column is described, and nothing else, is test/storage.test.ts.)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../pipeline/config.js';
import { ingest } from '../pipeline/ingest.js';
import { ClaimsDb } from '../storage/db.js';
import { parametersOf, tokenize } from '../storage/sql-guard.js';
import { ROOT } from './helpers.js';

interface Metadata {
  databases: { claims: { tables: Record<string, { columns: Record<string, string>; facets?: string[] }>; queries: Record<string, { sql: string; title: string; description: string }> } };
}
const metadata = JSON.parse(readFileSync(path.join(ROOT, 'storage', 'metadata.json'), 'utf8')) as Metadata;
const { tables, queries } = metadata.databases.claims;

let dir: string;
let db: ClaimsDb;
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-metadata-'));
  const file = path.join(dir, 'claims.db');
  await ingest([path.join(ROOT, 'samples')], { db: file, config: resolveConfig({}, null), workers: 0 });
  db = ClaimsDb.open(file, { readonly: true });
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Values for the canned queries' parameters, as a researcher would give them. */
const VALUES: Record<string, string> = { subject: 'Bitcoin', entity: 'Bitcoin' };

describe('canned queries', () => {
  it('cover the questions researchers ask', () => {
    expect(Object.keys(queries)).toEqual(expect.arrayContaining(['unsourced_claims_by_subject_and_month', 'disagreements_by_publisher', 'figures_for_entity_over_time']));
    for (const q of Object.values(queries)) {
      expect(q.title).toMatch(/\S/);
      expect(q.description).toMatch(/\S/);
    }
  });

  it.each(Object.entries(queries))('%s runs read-only with its parameters and returns rows on the samples', (_, q) => {
    const { named } = parametersOf(tokenize(q.sql));
    const params = Object.fromEntries(named.map((n) => [n, VALUES[n] ?? '']));
    const rows = [...db.query(q.sql, params).rows];
    expect(rows.length).toBeGreaterThan(0);
  });
});

describe('facets', () => {
  it('name columns of their table or view', () => {
    const faceted = Object.entries(tables).filter(([, t]) => t.facets?.length);
    expect(faceted.length).toBeGreaterThan(3);
    for (const [name, t] of faceted) for (const facet of t.facets!) expect(Object.keys(t.columns), `${name}.${facet}`).toContain(facet);
  });
});
