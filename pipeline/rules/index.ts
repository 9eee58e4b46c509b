/**
 * The rule registry: every rule claimscan knows, by id (the id is also the file name).
 * Order is the order rules run and are listed in (config defaults, README table).
 */
import arithmeticMismatch from './arithmetic-mismatch.js';
import conflictingReport from './conflicting-report.js';
import duplicateParagraph from './duplicate-paragraph.js';
import inconsistentFigure from './inconsistent-figure.js';
import referenceMismatch from './reference-mismatch.js';
import type { Rule } from './rule.js';
import thinBody from './thin-body.js';
import timezoneMismatch from './timezone-mismatch.js';
import unsourcedClaim from './unsourced-claim.js';

// Each rule has its own option type; the registry holds them behind the common interface.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RULES: readonly Rule<any>[] = [
  duplicateParagraph,
  unsourcedClaim,
  inconsistentFigure,
  arithmeticMismatch,
  timezoneMismatch,
  conflictingReport,
  referenceMismatch,
  thinBody,
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
