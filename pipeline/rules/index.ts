/**
 * The rule registry: every rule claimscan knows, by id (the id is also the file name).
 */
import duplicateParagraph from './duplicate-paragraph.js';
import type { Rule } from './rule.js';

// Each rule has its own option type; the registry holds them behind the common interface.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const RULES: readonly Rule<any>[] = [duplicateParagraph];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
