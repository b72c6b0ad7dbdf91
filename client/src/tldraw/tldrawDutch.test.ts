import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { TLDRAW_DUTCH } from './tldrawDutch';

const require = createRequire(import.meta.url);
const tldrawDutch = JSON.parse(
  readFileSync(require.resolve('@tldraw/assets/translations/nl.json'), 'utf8'),
) as Record<string, string>;

describe("corrections to tldraw's Dutch", () => {
  it('each one replaces a text tldraw has, with a different one', () => {
    for (const [key, text] of Object.entries(TLDRAW_DUTCH)) {
      expect(tldrawDutch[key], key).toBeDefined();
      expect(text, key).not.toBe(tldrawDutch[key]);
    }
  });

  it('corrects the texts the issue names', () => {
    expect(tldrawDutch['tool.highlight']).toBe('Hoogtepunt');
    expect(TLDRAW_DUTCH['tool.highlight']).toBe('Markeerstift');
    expect(TLDRAW_DUTCH['action.cut']).toBe('Knippen');
    expect(TLDRAW_DUTCH['ui.close']).toBe('Sluiten');
  });
});
