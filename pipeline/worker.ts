/**
 * The worker-thread entry of `claimscan ingest` and `check` (piscina): analyses one record.
 * Each worker builds its analyzer once, from the configuration file the main thread already
 * validated. It says when it starts an article, so the main thread's clock for the time
 * limit counts the analysis only (see analysis-pool.ts).
 */
import type { MessagePort } from 'node:worker_threads';
import { workerData } from 'node:worker_threads';
import { EXTRACTOR_VERSIONS } from '../extractors/index.js';
import { createAnalyzer } from './analyze.js';
import { loadConfig } from './config.js';
import type { ArticleRecord, Origin, Report } from './types.js';

export interface WorkerTask {
  record: ArticleRecord;
  origin: Origin;
  /** Told (one message) when the analysis starts. */
  started?: MessagePort;
}

const config = loadConfig((workerData as { configFile?: string } | undefined)?.configFile ?? undefined);
const analyze = createAnalyzer(config);

export default async function analyzeTask(task: WorkerTask): Promise<Report> {
  // A worker holds the next article while it analyses one (analysis-pool.ts): piscina starts
  // both at once, so each waits for a turn of the event loop first, which lets the result of
  // the one before go back to the main thread before this one starts (else both results would
  // go back together, and the worker would wait idle for its next two articles).
  await new Promise<void>((resolve) => setImmediate(resolve));
  task.started?.postMessage(0);
  return analyze(task.record, task.origin);
}

/** Which extractor (id, version) fills each report list, asked once by the main thread, which then need not load the extractors itself. */
export function extractorVersions(): typeof EXTRACTOR_VERSIONS {
  return EXTRACTOR_VERSIONS;
}
