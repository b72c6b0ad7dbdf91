/**
 * The fuzzer as a process of its own (`pnpm fuzz`), started with the lowest CPU priority: as if
 * the hostile client ran on another machine. Making hostile messages costs CPU too, and on a
 * small box it would otherwise be the bystanders' measurement that suffers, not the server.
 * Options come as JSON in `argv[2]`; the result goes back over IPC.
 */
import { fuzz, type FuzzOptions } from './fuzzer.js';

const options = JSON.parse(process.argv[2] ?? '{}') as FuzzOptions;
const result = await fuzz(options);
process.send?.({ ...result, closes: Object.fromEntries(result.closes) }, undefined, {}, () =>
  process.exit(0),
);
