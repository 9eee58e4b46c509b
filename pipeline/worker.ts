/**
 * The worker-thread entry of `claimscan ingest` (piscina): analyses one record. Each worker
 * builds its analyzer once, from the configuration file the main thread already validated.
 */
import { workerData } from 'node:worker_threads';
import { createAnalyzer } from './analyze.js';
import { loadConfig } from './config.js';
import type { ArticleRecord, Origin, Report } from './types.js';

export interface WorkerTask {
  record: ArticleRecord;
  origin: Origin;
}

const config = loadConfig((workerData as { configFile?: string } | undefined)?.configFile ?? undefined);
const analyze = createAnalyzer(config);

export default function analyzeTask(task: WorkerTask): Report {
  return analyze(task.record, task.origin);
}
