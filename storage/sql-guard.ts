/**
 * What `claimscan query` and `export --where` let through, decided before a statement runs:
 * a tokenizer for SQLite's SQL (strings, quoted names, comments and parameters are not
 * keywords) and the checks that SQLite's own `sqlite3_stmt_readonly()` does not make.
 * That flag is true for `ATTACH`, `DETACH`, `SELECT load_extension(…)` and `PRAGMA
 * writable_schema = 1`, none of which change the database file yet all of which change what
 * the connection can do; `VACUUM INTO` writes another file. Pure; no driver.
 */

/** A token of SQL text. */
export interface SqlToken {
  type: 'word' | 'quoted' | 'string' | 'number' | 'param' | 'punct' | 'blob';
  /** The token as written. */
  text: string;
  /** Offset in the SQL text. */
  start: number;
}

/** Tokens of `sql`, comments and white space left out. An unterminated string or comment ends the text. */
export function tokenize(sql: string): SqlToken[] {
  const out: SqlToken[] = [];
  let i = 0;
  const n = sql.length;
  const until = (close: string, from: number, doubled: boolean): number => {
    let j = from;
    for (;;) {
      const k = sql.indexOf(close, j);
      if (k < 0) return n;
      if (doubled && sql[k + 1] === close) {
        j = k + 2;
        continue;
      }
      return k + 1;
    }
  };
  while (i < n) {
    const c = sql[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '-' && sql[i + 1] === '-') {
      const k = sql.indexOf('\n', i);
      i = k < 0 ? n : k + 1;
    } else if (c === '/' && sql[i + 1] === '*') {
      const k = sql.indexOf('*/', i + 2);
      i = k < 0 ? n : k + 2;
    } else if (c === "'") {
      const end = until("'", i + 1, true);
      out.push({ type: 'string', text: sql.slice(i, end), start: i });
      i = end;
    } else if ((c === 'x' || c === 'X') && sql[i + 1] === "'") {
      const end = until("'", i + 2, false);
      out.push({ type: 'blob', text: sql.slice(i, end), start: i });
      i = end;
    } else if (c === '"' || c === '`') {
      const end = until(c, i + 1, true);
      out.push({ type: 'quoted', text: sql.slice(i, end), start: i });
      i = end;
    } else if (c === '[') {
      const end = until(']', i + 1, false);
      out.push({ type: 'quoted', text: sql.slice(i, end), start: i });
      i = end;
    } else if (c === '?') {
      const m = /^\?\d*/.exec(sql.slice(i))!;
      out.push({ type: 'param', text: m[0], start: i });
      i += m[0].length;
    } else if ((c === ':' || c === '@' || c === '$') && /[\p{L}\p{N}_]/u.test(sql[i + 1] ?? '')) {
      const m = /^[:@$][\p{L}\p{N}_$]+/u.exec(sql.slice(i))!;
      out.push({ type: 'param', text: m[0], start: i });
      i += m[0].length;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(sql[i + 1] ?? ''))) {
      const m = /^(?:0x[0-9a-f]+|(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)/i.exec(sql.slice(i))!;
      out.push({ type: 'number', text: m[0], start: i });
      i += m[0].length;
    } else if (/[\p{L}_]/u.test(c)) {
      const m = /^[\p{L}\p{N}_$]+/u.exec(sql.slice(i))!;
      out.push({ type: 'word', text: m[0], start: i });
      i += m[0].length;
    } else {
      out.push({ type: 'punct', text: c, start: i });
      i++;
    }
  }
  return out;
}

/** A statement refused before it runs: the message says what and why. */
export class RefusedStatement extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedStatement';
  }
}

/** PRAGMAs that only report (no argument, or a table/index name), allowed in `claimscan query`. */
const READ_PRAGMAS = new Set([
  'application_id', 'auto_vacuum', 'automatic_index', 'busy_timeout', 'cache_size', 'cache_spill', 'case_sensitive_like', 'cell_size_check',
  'checkpoint_fullfsync', 'collation_list', 'compile_options', 'data_version', 'database_list', 'defer_foreign_keys', 'encoding',
  'foreign_key_check', 'foreign_key_list', 'foreign_keys', 'freelist_count', 'fullfsync', 'function_list', 'hard_heap_limit',
  'ignore_check_constraints', 'index_info', 'index_list', 'index_xinfo', 'integrity_check', 'journal_mode', 'journal_size_limit',
  'legacy_alter_table', 'locking_mode', 'max_page_count', 'mmap_size', 'module_list', 'page_count', 'page_size', 'pragma_list',
  'query_only', 'quick_check', 'read_uncommitted', 'recursive_triggers', 'reverse_unordered_selects', 'schema_version',
  'secure_delete', 'soft_heap_limit', 'synchronous', 'table_info', 'table_list', 'table_xinfo', 'temp_store', 'threads',
  'trusted_schema', 'user_version', 'wal_autocheckpoint',
]);
/** Of those, the ones whose argument names a table or index (and so sets nothing). */
const PRAGMAS_WITH_NAME_ARGUMENT = new Set(['foreign_key_check', 'foreign_key_list', 'index_info', 'index_list', 'index_xinfo', 'integrity_check', 'quick_check', 'table_info', 'table_list', 'table_xinfo']);
/** Functions that load code or touch memory or files, refused anywhere in a statement. */
const REFUSED_FUNCTIONS = new Set(['load_extension', 'fts3_tokenizer', 'readfile', 'writefile', 'edit']);
/** Words that start an SQLite statement. */
const STATEMENT_STARTS = new Set('ALTER ANALYZE ATTACH BEGIN COMMIT CREATE DELETE DETACH DROP END INSERT PRAGMA REINDEX RELEASE REPLACE ROLLBACK SAVEPOINT SELECT UPDATE VACUUM VALUES WITH'.split(' '));
/** Statements a read-only query may be. */
const READ_STARTS = new Set(['SELECT', 'WITH', 'VALUES', 'PRAGMA']);

const ALLOWED = 'claimscan query runs SELECT, WITH, VALUES, EXPLAIN and read-only PRAGMAs';

/**
 * Refuses SQL that is not a read-only query, before it is prepared: a statement that starts
 * with anything but SELECT, WITH, VALUES or PRAGMA (after EXPLAIN), a PRAGMA that sets a value
 * or is not on the read-only list, or a call of `load_extension` (or another function that
 * reaches outside the database). SQLite's own read-only flag is checked after preparing
 * ({@link assertReadOnlyStatement}), for what this misses (`WITH … DELETE`).
 * @throws RefusedStatement
 */
export function assertReadOnlySql(sql: string): SqlToken[] {
  const tokens = tokenize(sql);
  const words = tokens.map((t) => (t.type === 'word' ? t.text.toUpperCase() : ''));
  let i = 0;
  if (words[i] === 'EXPLAIN') {
    i++;
    if (words[i] === 'QUERY' && words[i + 1] === 'PLAN') i += 2;
  }
  const first = words[i];
  // a word that starts no statement is a syntax error, which SQLite reports better
  if (first && !STATEMENT_STARTS.has(first)) return tokens;
  if (!first || !READ_STARTS.has(first)) throw new RefusedStatement(`refused: ${whyNot(first, words.slice(i))}; ${ALLOWED}`);
  if (first === 'PRAGMA') {
    let j = i + 1;
    if (tokens[j + 1]?.text === '.') j += 2; // schema.pragma
    const name = (tokens[j]?.text ?? '').toLowerCase();
    const next = tokens[j + 1];
    if (next?.text === '=') throw new RefusedStatement(`refused: PRAGMA ${name} = … sets a value; ${ALLOWED}`);
    if (!READ_PRAGMAS.has(name)) throw new RefusedStatement(`refused: PRAGMA ${name || '(none)'} is not on the read-only list; ${ALLOWED}`);
    if (next?.text === '(' && !PRAGMAS_WITH_NAME_ARGUMENT.has(name)) throw new RefusedStatement(`refused: PRAGMA ${name}(…) sets a value; ${ALLOWED}`);
  }
  tokens.forEach((t, k) => {
    if (t.type === 'word' && REFUSED_FUNCTIONS.has(t.text.toLowerCase()) && tokens[k + 1]?.text === '(') {
      throw new RefusedStatement(`refused: ${t.text.toLowerCase()}() reaches outside the database; ${ALLOWED}`);
    }
  });
  return tokens;
}

/** Why a statement that is not a query is refused. */
function whyNot(first: string | undefined, words: readonly string[]): string {
  if (!first) return 'not a statement';
  if (first === 'VACUUM' && words.includes('INTO')) return 'VACUUM INTO would write another database file';
  if (first === 'ATTACH') return 'ATTACH would open another database file';
  if (first === 'DETACH') return 'DETACH changes the connection, not a query';
  if (/^(?:BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)$/.test(first)) return `${first} is transaction control, not a query`;
  return `${first} would change the database`;
}

/** What SQLite says of a prepared statement. */
export interface PreparedFacts {
  readonly: boolean;
  reader: boolean;
}

/** Refuses a prepared statement that SQLite says writes, or that returns no rows. @throws RefusedStatement */
export function assertReadOnlyStatement(facts: PreparedFacts): void {
  if (!facts.readonly) throw new RefusedStatement(`refused: the statement would change the database; ${ALLOWED}`);
  if (!facts.reader) throw new RefusedStatement(`refused: the statement returns no rows; ${ALLOWED}`);
}

/** The parameters a statement names, and whether it has positional ones (`?`). */
export function parametersOf(tokens: readonly SqlToken[]): { named: string[]; positional: number } {
  const named = new Set<string>();
  let positional = 0;
  for (const t of tokens) {
    if (t.type !== 'param') continue;
    if (t.text.startsWith('?')) positional++;
    else named.add(t.text.slice(1));
  }
  return { named: [...named], positional };
}

/**
 * A parameter value from the command line: a plain whole number is bound as an INTEGER (a
 * bigint, so that `LIMIT :n` works), a plain decimal as a REAL, anything else as TEXT.
 */
export function parameterValue(text: string): string | number | bigint {
  if (/^-?(?:0|[1-9]\d*)$/.test(text)) {
    const n = BigInt(text);
    return n >= -(2n ** 63n) && n < 2n ** 63n ? n : text;
  }
  if (/^-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?$/i.test(text)) return Number(text);
  return text;
}
