import type { MetricsSnapshot } from '@werkbord/server';

export async function fetchMetrics(httpUrl: string): Promise<MetricsSnapshot> {
  return (await (await fetch(`${httpUrl}/metrics`)).json()) as MetricsSnapshot;
}
