// Worker entry when claimscan runs from TypeScript sources (no build): registers tsx in
// the worker thread, then loads the real worker. See pipeline/bin.js.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');
export default worker.default;
export const extractorVersions = worker.extractorVersions;
