/** The throw-away PostgreSQL cluster of the tests (it lives in bench/ because the benchmarks use it too). */
export { pgAvailable, pgBinDir, startCluster, type TestCluster } from '../../bench/pg-cluster.js';
