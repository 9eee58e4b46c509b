/**
 * The ingest progress display (cli-progress) on a terminal; silent otherwise. Messages
 * logged while it runs are printed above it.
 */
import cliProgress from 'cli-progress';
import type { RunCounts } from '../storage/db.js';

export interface Progress {
  update(counts: RunCounts): void;
  log(message: string): void;
  stop(): void;
}

/** Starts a progress line on `stream` when it is a terminal. */
export function startProgress(stream: NodeJS.WriteStream): Progress {
  if (!stream.isTTY) {
    return { update() {}, log: (m) => void stream.write(`claimscan: ${m}\n`), stop() {} };
  }
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{read} read · {stored} stored · {present} already present · {failed} failed · {rate} articles/s',
      hideCursor: true,
      fps: 5,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { read: 0, stored: 0, present: 0, failed: 0, rate: '0' });
  return {
    update(counts) {
      const seconds = (Date.now() - started) / 1000;
      bar.update(counts.read, { ...counts, rate: seconds > 0 ? (counts.read / seconds).toFixed(0) : '0' });
    },
    log(message) {
      stream.write(`\r\u001b[2Kclaimscan: ${message}\n`);
    },
    stop() {
      bar.stop();
    },
  };
}
