import { describe, expect, it } from 'vitest';
import { syncServerUrl } from './syncUrl';

describe('sync URL', () => {
  it('uses the page origin, wss behind https', () => {
    expect(syncServerUrl({ protocol: 'https:', host: 'werkbord.nl' })).toBe(
      'wss://werkbord.nl/sync',
    );
    expect(syncServerUrl({ protocol: 'http:', host: 'localhost:8080' })).toBe(
      'ws://localhost:8080/sync',
    );
  });
});
