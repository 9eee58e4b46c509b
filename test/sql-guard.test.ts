/**
 * What `claimscan query` lets through, decided before a statement runs (storage/sql-guard.ts),
 * and how ClaimsDb.query binds named parameters; on a real SQLite file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimsDb, QueryError, ReadOnlyError } from '../storage/db.js';
import { assertReadOnlySql, parametersOf, parameterValue, RefusedStatement, tokenize } from '../storage/sql-guard.js';

describe('tokenize', () => {
  it('keeps strings, quoted names and comments out of the words', () => {
    const tokens = tokenize(`SELECT 'ATTACH ''x''', "load_extension", [PRAGMA] -- VACUUM INTO 'y'\n/* DELETE */ FROM t WHERE a = :subject AND b = @x AND c = $y AND d = ?2`);
    expect(tokens.filter((t) => t.type === 'word').map((t) => t.text)).toEqual(['SELECT', 'FROM', 't', 'WHERE', 'a', 'AND', 'b', 'AND', 'c', 'AND', 'd']);
    expect(tokens.filter((t) => t.type === 'string').map((t) => t.text)).toEqual([`'ATTACH ''x'''`]);
    expect(parametersOf(tokens)).toEqual({ named: ['subject', 'x', 'y'], positional: 1 });
  });
});

describe('assertReadOnlySql', () => {
  it.each([
    'SELECT * FROM claim_details',
    'WITH x AS (SELECT 1) SELECT * FROM x',
    'VALUES (1), (2)',
    'EXPLAIN QUERY PLAN SELECT 1',
    'PRAGMA table_info(articles)',
    'PRAGMA user_version',
    "SELECT 'load_extension(1)' AS s",
    'SELECT "attach" FROM (SELECT 1 AS "attach")',
    'SELECT * FROM pragma_table_info(\'articles\')',
  ])('lets through %s', (sql) => {
    expect(() => assertReadOnlySql(sql)).not.toThrow();
  });

  it.each([
    ["ATTACH 'other.db' AS o", /ATTACH would open another database file/],
    ["attach database 'x' as y", /ATTACH/],
    ["VACUUM INTO '/tmp/copy.db'", /VACUUM INTO would write another database file/],
    ['VACUUM', /VACUUM would change the database/],
    ["SELECT load_extension('x')", /load_extension\(\) reaches outside the database/],
    ["SELECT LOAD_EXTENSION ('x', 'y')", /load_extension/],
    ['PRAGMA writable_schema=1', /PRAGMA writable_schema = … sets a value/],
    ['PRAGMA main.journal_mode = DELETE', /PRAGMA journal_mode = … sets a value/],
    ['PRAGMA journal_mode(WAL)', /PRAGMA journal_mode\(…\) sets a value/],
    ['PRAGMA optimize', /PRAGMA optimize is not on the read-only list/],
    ['DELETE FROM articles', /DELETE would change the database/],
    ['  /* hi */ DROP TABLE articles', /DROP would change the database/],
    ['BEGIN', /transaction control/],
    ["EXPLAIN ATTACH 'x' AS y", /ATTACH/],
  ])('refuses %s', (sql, message) => {
    expect(() => assertReadOnlySql(sql)).toThrow(RefusedStatement);
    expect(() => assertReadOnlySql(sql)).toThrow(message);
  });

  it('leaves a misspelt keyword to SQLite, which reports the syntax error', () => {
    expect(() => assertReadOnlySql('SELEC 1')).not.toThrow();
  });
});

describe('parameterValue', () => {
  it.each([
    ['42', 42n],
    ['-3', -3n],
    ['2.5', 2.5],
    ['007', '007'],
    ['Bitcoin', 'Bitcoin'],
    ['2025-05', '2025-05'],
    ['99999999999999999999', '99999999999999999999'],
    ['9223372036854775807', 9223372036854775807n],
    ['', ''],
  ] as const)('%s', (text, value) => {
    expect(parameterValue(text)).toEqual(value);
  });
});

describe('ClaimsDb.query', () => {
  let dir: string;
  let db: ClaimsDb;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-guard-'));
    const file = path.join(dir, 'claims.db');
    ClaimsDb.open(file).close();
    db = ClaimsDb.open(file, { readonly: true });
  });
  afterAll(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('binds named parameters by name, numbers as numbers', () => {
    const { columns, rows } = db.query('SELECT :a AS a, @b AS b, $c AS c, typeof(:a) AS t', { a: 7n, b: 'x', c: null });
    expect(columns).toEqual(['a', 'b', 'c', 't']);
    expect([...rows]).toEqual([[7, 'x', null, 'integer']]);
  });

  it('says which parameter has no value, which value has no parameter, and refuses positional ones', () => {
    expect(() => db.query('SELECT :subject', {})).toThrow(/no value for the parameter :subject/);
    expect(() => db.query('SELECT :subject', { subject: 'x', month: 'y' })).toThrow(/no parameter :month \(it has :subject\)/);
    const positional = (() => {
      try {
        db.query('SELECT ?');
      } catch (err) {
        return err;
      }
    })();
    expect(positional).toBeInstanceOf(QueryError);
    expect((positional as QueryError).code).toBe('positional-parameter');
  });

  it('refuses ATTACH, VACUUM INTO, load_extension and writable PRAGMAs before they run', () => {
    for (const sql of ["ATTACH '" + path.join(dir, 'x.db') + "' AS x", "VACUUM INTO '" + path.join(dir, 'copy.db') + "'", "SELECT load_extension('x')", 'PRAGMA writable_schema=1']) {
      expect(() => db.query(sql), sql).toThrow(ReadOnlyError);
    }
    expect(() => db.query('SELECT * FROM copy.articles')).toThrow(QueryError);
  });

  it('reports SQL errors as SQL errors, also those found while stepping', () => {
    expect(() => db.query('SELECT nope FROM articles')).toThrow(/^SQL error: no such column: nope/);
    const { rows } = db.query("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'bitcoin NEAR/5'");
    expect(() => [...rows]).toThrow(/SQL error: fts5: syntax error/);
  });

  it('holds nothing open for a result that is never read', () => {
    db.query('SELECT * FROM articles');
    expect(() => db.query('SELECT 1')).not.toThrow();
  });
});
