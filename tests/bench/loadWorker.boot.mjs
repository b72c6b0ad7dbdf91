// Entry of a load worker thread. Node 20 does not carry tsx's loader into worker threads, so the
// worker registers it itself before loading the TypeScript module.
import { register } from 'tsx/esm/api';

register();
await import('./loadWorker.ts');
