import { describe, expect, it } from 'vitest';
import { confirmationMatches } from './boardDeletion';

describe('confirmationMatches', () => {
  it('accepts the word in any case, with spaces around it', () => {
    expect(confirmationMatches('  VERWIJDEREN ', 'verwijderen')).toBe(true);
  });

  it('refuses anything else', () => {
    expect(confirmationMatches('verwijder', 'verwijderen')).toBe(false);
    expect(confirmationMatches('', 'verwijderen')).toBe(false);
  });
});
