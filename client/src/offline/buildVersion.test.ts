import { describe, expect, it } from 'vitest';
import { buildVersion } from './buildVersion';

const build = [
  { url: 'index.html', revision: 'a1' },
  { url: 'assets/index-Ab12.js', revision: null },
];

describe('buildVersion', () => {
  it('is the same for the same files, in any order', () => {
    expect(buildVersion(build)).toBe(buildVersion([...build].reverse()));
    expect(buildVersion(build)).toMatch(/^[0-9a-f]{8}$/);
  });

  it('changes when any file changes', () => {
    expect(buildVersion([{ url: 'index.html', revision: 'a2' }, build[1]!])).not.toBe(
      buildVersion(build),
    );
    expect(buildVersion([build[0]!, { url: 'assets/index-Cd34.js' }])).not.toBe(
      buildVersion(build),
    );
  });
});
