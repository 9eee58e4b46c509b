/**
 * Claim frames: one per figure, what it measures and in what role. The rules read frames,
 * not text; the report exposes a summary of each (`claims[].frames`).
 */
import type { Sentence } from '../types.js';
import type { Figure } from './figures.js';

/**
 * The part a figure plays in its clause.
 * - `level`: a stated value ("revenue of $612 million", "rose to 4.09%", "Total revenue: $842 million");
 * - `from`: an earlier value stated beside the current one ("from $581 million", "(1,055 a year earlier)");
 * - `change`: a change of a level ("rose 7.9%", "fell 3.2 mln barrels", "a 61.96-point drop");
 * - `share`: a part of a whole in percent ("or 21% of the national crop");
 * - `unit-price`: a price per unit used in a product ("at $21.40 apiece").
 */
export type FrameRole = 'level' | 'from' | 'change' | 'share' | 'unit-price';

/** How a change is written: in percent, in the level's own unit, in points, or as a factor ("doubled"). */
export type ChangeKind = 'relative' | 'absolute' | 'points';

/** Whether a figure is stated as fact, expected by others, the party's own forward-looking figure, or hypothetical. */
export type FrameMode = 'actual' | 'expected' | 'forecast' | 'hypothetical';

/** Where a frame's subject came from. */
export type SubjectVia = 'own' | 'clause' | 'anaphor' | 'previous' | 'topic';

/** A claim frame. */
export interface Frame {
  /** `kind:index` of the figure, as in `Claim.figures`. */
  ref: string;
  figure: Figure;
  /** Index into the article's sentences. */
  sentenceIndex: number;
  sentence: Sentence;
  paragraph: number;
  role: FrameRole;
  /** For `change`: how it is written. */
  change?: ChangeKind;
  /** +1 rise, -1 fall, 0 not said (changes); for levels the direction of the move they end, if any. */
  sign: 1 | -1 | 0;
  mode: FrameMode;
  /** Who expects or forecasts it (for `expected` and `forecast`). */
  by?: string | null;
  /** The party the figure is about (a company, country, fund), canonical; null when none is named or implied. */
  owner: string | null;
  /** `party` for a company, fund or institution, `place` for a country or region (a looser owner). */
  ownerKind: 'party' | 'place' | null;
  /** The thing measured when it is not the owner itself (a commodity, currency, index, security, series). */
  item: string | null;
  subjectVia: SubjectVia | null;
  /** Canonical measure id (`revenue`, `price`, `production`), or null. */
  measure: string | null;
  /** The measure as written ("quarterly sales"). */
  measureText: string | null;
  /** Qualifier class → value (`series: core`, `contract: futures`, `point: close`). */
  qualifiers: Record<string, string>;
  /** Other words that narrow what is measured ("commercial real estate" loans): figures with different segments differ. */
  segment: string[];
  /** The time the text gives the figure (ISO prefix), or null. */
  time: string | null;
  /** End of that time when it is a period ("third quarter": 2025-07 … 2025-09). */
  timeEnd: string | null;
  /**
   * For a figure whose sentence gives no time: the time its context gives (the last period
   * written before it in its paragraph, else the lead's), as `start` or `start/end`.
   */
  contextTime?: string | null;
  /** A clock time or day the figure is at (for instants), when the text gives one. */
  at: string | null;
  /** Trading venue ("Coinbase", "LME"), when written. */
  venue: string | null;
  /** A price per unit ("at $21.40 apiece", "$64.29 a barrel"). */
  perUnit?: boolean;
  /** True for a value written as the end of a move ("to $612 million"). */
  toLevel?: boolean;
  /** Words that say the list it starts or ends is complete ("together", "in all", "from its three operations:"). */
  totalCue?: string;
  /** A count word that announces parts ("three operations", "three days"). */
  announcedParts?: number;
}

/** The part of a frame the report shows (CONTRACT.md additions: `claims[].frames`). */
export type { ClaimFrameSummary as ReportFrame } from '../types.js';
