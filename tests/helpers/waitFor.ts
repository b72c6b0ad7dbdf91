/** Polls a condition until it holds, instead of sleeping for a guessed time. */
export interface WaitOptions {
  timeoutMs?: number;
  intervalMs?: number;
}

export async function waitFor(
  description: string,
  condition: () => boolean | Promise<boolean>,
  { timeoutMs = 5_000, intervalMs = 10 }: WaitOptions = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await condition()) return;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
