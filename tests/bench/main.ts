/**
 * `pnpm bench`: the relay bench, the canvas bench and the snapshot bench, each in its own process
 * with the same flags (`--quick` is understood by all; others by the one they belong to).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const relayOnly = new Set([
  '--rooms',
  '--clients',
  '--rate',
  '--seconds',
  '--warmup',
  '--drain',
  '--workers',
  '--targets',
]);
const canvasOnly = new Set(['--cards', '--relations', '--opens']);

/** The flags (with their values) a bench understands: the shared ones and its own. */
function flagsFor(foreign: Set<string>): string[] {
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!.split('=')[0]!;
    const takesValue =
      !args[i]!.includes('=') && args[i + 1] !== undefined && !args[i + 1]!.startsWith('--');
    if (foreign.has(flag)) {
      if (takesValue) i++;
      continue;
    }
    kept.push(args[i]!);
    if (takesValue) kept.push(args[++i]!);
  }
  return kept;
}

const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
for (const [script, foreign] of [
  ['run.ts', canvasOnly],
  ['canvas/run.ts', relayOnly],
  ['snapshots/run.ts', new Set([...relayOnly, ...canvasOnly])],
] as const) {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const result = spawnSync(tsx, [path, ...flagsFor(foreign)], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
