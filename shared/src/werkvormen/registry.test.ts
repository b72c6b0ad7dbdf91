import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WERKVORMEN, findWerkvorm } from './registry.js';

describe('werkvorm registry', () => {
  it('registers every werkvorm folder exactly once', () => {
    const folders = readdirSync(new URL('.', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(WERKVORMEN.map((werkvorm) => werkvorm.id).sort()).toEqual(folders);
  });

  it('finds a werkvorm by id and nothing for an unknown id', () => {
    expect(findWerkvorm('leeg-bord')?.name.nl).toBe('Leeg bord');
    expect(findWerkvorm('bestaat-niet')).toBeUndefined();
  });

  it('describes every werkvorm in Dutch and English', () => {
    for (const werkvorm of WERKVORMEN) {
      expect(werkvorm.name.nl.length).toBeGreaterThan(0);
      expect(werkvorm.name.en.length).toBeGreaterThan(0);
      expect(werkvorm.description.nl.length).toBeGreaterThan(0);
      expect(werkvorm.description.en.length).toBeGreaterThan(0);
    }
  });
});
