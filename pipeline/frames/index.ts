/**
 * Claim frames (`pipeline/frames/`): one frame per figure, what it measures and in what role;
 * the rules read frames, not text. See README.md here.
 */
export { buildFrames, isRecipient, type FrameInput } from './build.js';
export type { Frame, FrameRole, FrameMode, ChangeKind, ReportFrame } from './types.js';
import type { Claim } from '../types.js';
import type { Frame, ReportFrame } from './types.js';

/** The subject a report shows for a frame: its owner and item ("Saudi Arabia", "Brent", "Calder Freight"). */
export function subjectOf(frame: Pick<Frame, 'owner' | 'item'>): string | null {
  if (frame.owner && frame.item && frame.owner !== frame.item) return frame.item;
  return frame.owner ?? frame.item;
}

/** The report's summary of a frame. */
export function reportFrame(frame: Frame): ReportFrame {
  const time = frame.time ?? frame.contextTime?.split('/')[0] ?? null;
  // a noun phrase the gazetteers do not know ("np:digital-asset investment product") shows as its words
  const out: ReportFrame = { figure: frame.ref, subject: subjectOf(frame)?.replace(/^np:/, '') ?? null, measure: frame.measure, time, role: frame.role };
  if (!frame.time && frame.contextTime?.includes('/')) out.timeEnd = frame.contextTime.split('/')[1]!;
  else if (frame.timeEnd) out.timeEnd = frame.timeEnd;
  if (frame.mode !== 'actual') out.mode = frame.mode;
  const qualifiers = Object.entries(frame.qualifiers).map(([k, v]) => (k === 'vintage' || k === 'point' || k === 'window' ? `${k}:${v}` : v));
  if (frame.segment.length) qualifiers.push(...frame.segment);
  if (frame.venue) qualifiers.push(`venue:${frame.venue}`);
  if (qualifiers.length) out.qualifiers = qualifiers;
  return out;
}

/** Attaches each claim's frames (`claims[].frames`) in the order of its figures. */
export function attachFrames(claims: Claim[], frames: readonly Frame[], recipients: ReadonlySet<string> = new Set()): void {
  const byRef = new Map(frames.map((f) => [f.ref, f]));
  for (const claim of claims) {
    const mine = claim.figures.map((ref) => byRef.get(ref)).filter((f): f is Frame => f !== undefined);
    claim.frames = mine.map(reportFrame);
    // the claim's subject is what its figures' frames are about (a company, country, commodity,
    // currency, index), read from the sentence's grammar; the linker's nearest entity (often the
    // speaker or the venue: "told the Securities and Exchange Commission") only when the frames
    // name nothing they know, and never when it is the claim's own source ("Omar said
    // government revenue would total 3.9 billion pounds" is not about Omar)
    const known = (f: Frame) => f.owner ?? (f.item && !f.item.startsWith('np:') ? f.item : null);
    const framed = mine.find((f) => f.role === 'level' && known(f)) ?? mine.find(known);
    if (framed) claim.subject = framed.owner && framed.item && !framed.item.startsWith('np:') && framed.owner !== framed.item ? framed.item : known(framed);
    else if (claim.subject && (recipients.has(claim.subject) || claim.sources.some((name) => sameName(name, claim.subject!)))) claim.subject = null;
    claim.measure = claimMeasure(claim.measure, mine);
    // the claim's time is its lead figure's: the frame reads the figure's own clause ("in the
    // first quarter", "on the March bond") and a date written in an earlier sentence; the
    // linker's time stands when the frame has none, and the publication date last
    const lead = mine[0];
    if (lead?.time && (!claim.time || claim.timeScope === 'published' || claim.timeScope === 'article' || (claim.time !== lead.time && claim.timeScope !== 'sentence'))) {
      claim.time = lead.time;
      claim.timeScope = 'sentence';
    }
    if (lead?.time && lead.timeEnd && lead.time === claim.time) claim.timeEnd = lead.timeEnd;
  }
}

/** Whether two names are one party's ("Beshir Omar" and "Omar", "Chemical Industry Association" and itself). */
function sameName(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`);
}

/**
 * Names the linker gives measures (pipeline/link.ts, which reads them only to carry a source
 * from one sentence to the next), in the frames' vocabulary (pipeline/frames/lexicon.ts).
 */
const LINK_MEASURE: Readonly<Record<string, string>> = { earnings: 'net-income', addresses: 'customers' };

/**
 * The claim's measure, in the one vocabulary of pipeline/frames/lexicon.ts: what its lead
 * figure's frame measures (the first figure's, else the first that names one), read from the
 * figure's own phrase, verb or unit; else the linker's nearest measure word in the sentence.
 * The linker's bare `change` (a move word near the figure) stays only for a figure that is the
 * change itself (or a percentage said of a move: "the rise in February was 4.2 pct"); a level
 * a move ended at ("increased … to 100 mln") is no change, nor "had an extraordinary gain of 59.1 mln dlrs" or "will fall 160,000 tons short of
 * demand" do not measure a change, and no measure is better than a wrong one.
 */
function claimMeasure(linked: string | null, frames: readonly Frame[]): string | null {
  const framed = (frames[0]?.measure ? frames[0] : frames.find((f) => f.measure))?.measure;
  if (framed) return framed;
  const lead = frames[0];
  if (linked === 'change') return lead && (lead.role === 'change' || (lead.figure.kind === 'percentages' && lead.role === 'level' && !lead.toLevel)) ? 'change' : null;
  return linked ? LINK_MEASURE[linked] ?? linked : null;
}
