/**
 * The ingest progress display: a live line on a terminal (cli-progress), and a log line every
 * `logIntervalMs` when standard error is not a terminal (cron, CI, a log file), so an
 * overnight log is never silent until the end. Both show the same figures: records read,
 * stored, already present and failed, the rate of new articles and of skipped ones
 * separately, and, where the inputs' total size is known, the share of it read and an ETA.
 * Messages logged while it runs are printed above the live line.
 */
import type { RunCounts } from '../storage/db.js';

/** How far through its inputs an ingest is, in bytes read of the inputs as stored (gzipped or not). */
export interface InputPosition {
  bytesRead: number;
  /** The inputs' total size, or null while unknown or when it cannot be known (standard input, URLs). */
  bytesTotal: number | null;
}

export interface Progress {
  update(counts: RunCounts, position?: InputPosition): void;
  log(message: string): void;
  stop(): void;
}

export interface ProgressOptions {
  /** Whether `stream` is a terminal (default: `stream.isTTY`). */
  tty?: boolean;
  /** Milliseconds between log lines when not a terminal; 0 for none. Default 30,000. */
  logIntervalMs?: number;
  /** The clock, for tests. Default `Date.now`. */
  now?: () => number;
}

/** The figures of one progress line, from the counts and position at `elapsedMs`. */
export function progressLine(counts: RunCounts, position: InputPosition | undefined, elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  const rate = (n: number) => (seconds > 0 ? (n / seconds).toFixed(n / seconds >= 100 ? 0 : 1) : '0');
  const parts = [
    `${counts.read} read`,
    `${counts.stored} stored (${rate(counts.stored)}/s)`,
    `${counts.present} already present (${rate(counts.present)}/s)`,
    `${counts.failed} failed`,
  ];
  if (position?.bytesTotal) {
    const done = Math.min(1, position.bytesRead / position.bytesTotal);
    parts.push(`${(done * 100).toFixed(1)}% of ${formatSize(position.bytesTotal)}`);
    if (done > 0 && done < 1 && seconds >= 1) parts.push(`ETA ${formatDuration((seconds * (1 - done)) / done)}`);
  }
  parts.push(`${formatDuration(seconds)} elapsed`);
  return parts.join(' · ');
}

const formatSize = (bytes: number) =>
  bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(0)} kB`;

/** `42 s`, `3 min 05 s`, `2 h 07 min`. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** Starts the progress display on `stream`: a live line on a terminal, else a log line every `logIntervalMs`. */
export async function startProgress(stream: NodeJS.WritableStream & { isTTY?: boolean }, options: ProgressOptions = {}): Promise<Progress> {
  const now = options.now ?? Date.now;
  const started = now();
  let counts: RunCounts = { read: 0, stored: 0, present: 0, failed: 0 };
  let position: InputPosition | undefined;
  if (!(options.tty ?? stream.isTTY === true)) {
    const interval = options.logIntervalMs ?? 30_000;
    if (!Number.isFinite(interval) || interval < 0) throw new TypeError(`progress option logIntervalMs must be a number of milliseconds ≥ 0, got ${String(interval)}`);
    const timer = interval > 0 ? setInterval(() => stream.write(`claimscan: progress: ${progressLine(counts, position, now() - started)}\n`), interval) : undefined;
    timer?.unref();
    return {
      update(c, p) {
        counts = { ...c };
        if (p) position = p;
      },
      log: (m) => void stream.write(`claimscan: ${m}\n`),
      stop: () => clearInterval(timer),
    };
  }
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar({ stream: stream as NodeJS.WriteStream, format: '{line}', hideCursor: true, fps: 5 }, cliProgress.Presets.shades_classic);
  bar.start(0, 0, { line: progressLine(counts, position, 0) });
  return {
    update(c, p) {
      counts = { ...c };
      if (p) position = p;
      bar.update(c.read, { line: progressLine(counts, position, now() - started) });
    },
    log(message) {
      stream.write(`\r\u001b[2Kclaimscan: ${message}\n`);
    },
    stop() {
      bar.update(counts.read, { line: progressLine(counts, position, now() - started) });
      bar.stop();
    },
  };
}
