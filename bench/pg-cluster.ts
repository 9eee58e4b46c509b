/**
 * A throw-away PostgreSQL cluster for tests (test/postgres/) and benchmarks (bench/pg-*.ts): `initdb` in a temporary folder,
 * `pg_ctl start` on 127.0.0.1 and a free port, no system service involved. As root (CI
 * containers), PostgreSQL refuses to run, so the cluster is made and run as the `postgres`
 * user (`runuser`). CLAIMSCAN_TEST_PG=postgres://… uses an existing server instead (each
 * caller gets a fresh database on it).
 *
 * Without PostgreSQL binaries the tests skip with a message ({@link pgAvailable}); with
 * CLAIMSCAN_REQUIRE_PG=1 (set by .ci/run) they fail instead, so CI cannot pass without running them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

const BIN_ROOT = '/usr/lib/postgresql';

/** The folder of initdb and pg_ctl (newest installed major version), or null. */
export function pgBinDir(): string | null {
  if (process.env.CLAIMSCAN_PG_BIN && existsSync(path.join(process.env.CLAIMSCAN_PG_BIN, 'initdb'))) return process.env.CLAIMSCAN_PG_BIN;
  if (!existsSync(BIN_ROOT)) return null;
  const versions = readdirSync(BIN_ROOT).filter((v) => existsSync(path.join(BIN_ROOT, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(BIN_ROOT, versions[0]!, 'bin') : null;
}

/** True when a cluster can be had; otherwise says why once (and throws under CI). */
export function pgAvailable(): boolean {
  if (process.env.CLAIMSCAN_TEST_PG) return true;
  if (pgBinDir()) return true;
  const message = 'skipping PostgreSQL tests: no PostgreSQL binaries under /usr/lib/postgresql (apt-get install postgresql) and CLAIMSCAN_TEST_PG not set';
  if (process.env.CLAIMSCAN_REQUIRE_PG) throw new Error(`${message}; CLAIMSCAN_REQUIRE_PG is set: they must run`);
  console.warn(message);
  return false;
}

export interface TestCluster {
  /** Connection string of a fresh database. */
  url: string;
  /** Another fresh database on the same server. */
  newDatabase(name: string): Promise<string>;
  /** `pg_ctl restart -m immediate` (a crash of the server: no checkpoint, recovery on start). Own clusters only. */
  restartImmediate(): void;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a PostgreSQL program, as the postgres user when we are root. */
function runPg(bin: string, args: string[]): void {
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const out = spawnSync(cmd, argv, { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`${path.basename(bin)} ${args.join(' ')} failed (${out.status}): ${out.stderr || out.stdout}`);
}

async function createDb(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Starts a temporary cluster (or uses CLAIMSCAN_TEST_PG) and returns a fresh database named `name`. */
export async function startCluster(name: string): Promise<TestCluster> {
  const external = process.env.CLAIMSCAN_TEST_PG;
  if (external) {
    return {
      url: await createDb(external, name),
      newDatabase: (n) => createDb(external, n),
      restartImmediate() {
        throw new Error('restartImmediate needs a cluster of its own (unset CLAIMSCAN_TEST_PG)');
      },
      async stop() {},
    };
  }
  const bin = pgBinDir();
  if (!bin) throw new Error('no PostgreSQL binaries found');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'claimscan-pg-'));
  chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  const port = await freePort();
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir]);
  runPg(path.join(bin, 'initdb'), ['-D', data, '-U', 'claimscan', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
  const options = `-c listen_addresses=127.0.0.1 -c port=${port} -c unix_socket_directories=${dir} -c fsync=off -c max_connections=60 -c shared_buffers=128MB`;
  const start = () => runPg(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'log'), '-o', options, '-w', '-t', '60', 'start']);
  start();
  const admin = `postgres://claimscan@127.0.0.1:${port}/postgres`;
  return {
    url: await createDb(admin, name),
    newDatabase: (n) => createDb(admin, n),
    restartImmediate() {
      runPg(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      start();
    },
    async stop() {
      try {
        runPg(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
