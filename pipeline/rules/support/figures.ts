/** The figure helpers live with the claim frames (`pipeline/frames/figures.ts`); rules import them from here too. */
export * from '../../frames/figures.js';
