/**
 * The SQLite back end is `ClaimsDb` (storage/db.ts) itself: it satisfies
 * {@link StorageBackend} as it is (synchronous results are awaitable). This module only
 * proves that at compile time, so a change to either side that breaks it fails `tsc`.
 */
import type { StorageBackend } from './backend.js';
import type { ClaimsDb } from './db.js';

/** Compile-time check: ClaimsDb is a StorageBackend. */
export type SqliteBackend = ClaimsDb extends StorageBackend ? ClaimsDb : never;
const check: (db: ClaimsDb) => StorageBackend = (db) => db;
void check;
