/**
 * Counts every refused or taken-back update in `/metrics`, per reason: the core's and those
 * the other extensions declare, each shown from zero.
 */
import type { Metrics } from '../../Metrics.js';
import type { Refusal, RelayContext, RelayExtension } from '../../relay/RelayExtension.js';

export class RefusalCounts implements RelayExtension {
  readonly name = 'metrics';
  readonly #metrics: Metrics;

  constructor(metrics: Metrics) {
    this.#metrics = metrics;
  }

  setup({ refusals }: RelayContext): void {
    for (const reason of refusals) this.#metrics.updatesRefusedByReason[reason] ??= 0;
  }

  onRefused({ reason }: Refusal): void {
    const byReason = this.#metrics.updatesRefusedByReason;
    byReason[reason] = (byReason[reason] ?? 0) + 1;
  }
}
