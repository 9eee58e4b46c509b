/**
 * Per-stage time shares from V8 CPU profiles (`node --cpu-prof`, one file per thread: the
 * main thread and every analysis worker). Each sample goes to the outermost pipeline stage on
 * its stack, so a helper (extractors/numbers.ts, pipeline/frames/) counts for the stage that
 * called it, and a library (chrono-node, better-sqlite3) for the stage that used it. Sampling,
 * not instrumentation: the pipeline's code is measured as it is, nothing added to it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

const EXTRACTORS = new Set(['money', 'percentages', 'quantities', 'timestamps', 'entities', 'sources']);

/** The stage a compiled project file belongs to, or null for a file that is not a stage of its own (a helper). */
export function stageOfFile(file: string): string | null {
  const rel = file.replace(/\\/g, '/').replace(/^.*\/dist\//, '').replace(/\.(?:js|ts|mjs)$/, '');
  if (rel.startsWith('storage/')) return 'store';
  const extractor = /^extractors\/([a-z-]+)$/.exec(rel);
  if (extractor) return EXTRACTORS.has(extractor[1]!) ? `extract: ${extractor[1]}` : null;
  const rule = /^pipeline\/rules\/([a-z-]+)$/.exec(rel);
  if (rule) return rule[1] === 'index' || rule[1] === 'rule' ? null : `rule: ${rule[1]}`;
  if (/^pipeline\/(?:load|record|published|warc|fetch)$/.test(rel)) return 'load (read, parse, validate)';
  if (/^pipeline\/(?:clean|clean-html|clean-text|boilerplate|markdown|html\/.*)$/.test(rel)) return 'clean';
  if (rel === 'pipeline/segment') return 'segment';
  if (rel === 'pipeline/dedupe') return 'dedupe';
  if (rel === 'pipeline/near-copies') return 'near copies';
  if (rel === 'pipeline/link') return 'link';
  if (rel.startsWith('pipeline/frames/')) return 'frames';
  return null;
}

export interface StageShare {
  stage: string;
  /** CPU milliseconds over all threads. */
  ms: number;
  /** CPU milliseconds on the main thread (reading, cross-checking and storing run there, serially). */
  mainMs: number;
  /** Share of all busy CPU time (idle left out), 0..1. */
  share: number;
}

export interface StageReport {
  stages: StageShare[];
  /** Busy CPU milliseconds over all threads. */
  busyMs: number;
  /** Busy share of the main thread's wall time (storing and orchestration run there, serially). */
  mainBusy: number;
  threads: number;
}

/** Aggregates every `.cpuprofile` in `dir`; the main thread's profile is the one named `*.0.*` (thread id 0). */
export function stageShares(dir: string): StageReport {
  const totals = new Map<string, number>();
  const mainTotals = new Map<string, number>();
  let busy = 0;
  let mainBusy = 0;
  let mainWall = 0;
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  for (const file of files) {
    const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
    const parent = new Map<number, number>();
    const byId = new Map<number, ProfileNode>();
    for (const n of profile.nodes) {
      byId.set(n.id, n);
      for (const c of n.children ?? []) parent.set(c, n.id);
    }
    const stageOf = new Map<number, string>();
    const resolve = (id: number): string => {
      const known = stageOf.get(id);
      if (known !== undefined) return known;
      const n = byId.get(id)!;
      const up = parent.get(id);
      const outer = up === undefined ? '' : resolve(up);
      let stage = outer;
      if (!outer) {
        const { url, functionName } = n.callFrame;
        if (functionName === '(garbage collector)') stage = 'garbage collection';
        // a piscina worker waiting for its next task is idle, though V8 sees it running
        else if (functionName === '(idle)' || functionName === 'atomicsWaitLoop') stage = '(idle)';
        else if (url.startsWith('file://')) stage = stageOfFile(url.slice(7)) ?? '';
      }
      stageOf.set(id, stage);
      return stage;
    };
    const isMain = /\.0\.\d+\.cpuprofile$/.test(file);
    let fileBusy = 0;
    profile.samples.forEach((id, i) => {
      const us = profile.timeDeltas[i] ?? 0;
      const stage = resolve(id) || 'other (runtime, messaging, glue)';
      if (stage === '(idle)') return;
      fileBusy += us;
      totals.set(stage, (totals.get(stage) ?? 0) + us);
      if (isMain) mainTotals.set(stage, (mainTotals.get(stage) ?? 0) + us);
    });
    busy += fileBusy;
    if (isMain) {
      mainBusy += fileBusy;
      mainWall += profile.endTime - profile.startTime;
    }
  }
  const stages = [...totals]
    .map(([stage, us]) => ({ stage, ms: us / 1000, mainMs: (mainTotals.get(stage) ?? 0) / 1000, share: busy ? us / busy : 0 }))
    .sort((a, b) => b.ms - a.ms);
  return { stages, busyMs: busy / 1000, mainBusy: mainWall ? mainBusy / mainWall : 0, threads: files.length };
}

export function printStages(report: StageReport, title: string): void {
  console.log(`${title}: CPU time by stage over ${report.threads} threads (sampled; ${(report.busyMs / 1000).toFixed(1)} s busy; the main thread busy ${(report.mainBusy * 100).toFixed(0)}% of the run)`);
  const rows = report.stages.map((s) => [s.stage, (s.ms / 1000).toFixed(2), `${(s.share * 100).toFixed(1)}%`, (s.mainMs / 1000).toFixed(2)]);
  const head = ['stage', 'CPU s', 'share', 'of which main thread s'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const r of [head, ...rows]) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
}
