import { describe, expect, it } from 'vitest';
import { SOFT_HYPHEN, softHyphens } from './softHyphens';

const shown = (text: string) => softHyphens(text).replaceAll(SOFT_HYPHEN, '-');

describe('softHyphens', () => {
  it('breaks long Dutch compounds between syllables', () => {
    expect(shown('Zorgverzekeraar')).toBe('Zorg-ver-ze-ke-raar');
    expect(shown('Jongerenwerk')).toBe('Jon-ge-ren-werk');
    expect(shown('Woningcorporatie')).toBe('Wo-ning-cor-po-ra-tie');
    expect(shown('Vrijwilligers')).toBe('Vrij-wil-li-gers');
  });

  it('keeps ch, th and the like together, and short words and numbers whole', () => {
    expect(shown('Bibliotheek')).toBe('Bi-blio-theek');
    expect(shown('Gezichtsbepalend')).toBe('Ge-zichts-be-pa-lend');
    expect(shown('inspringen')).toBe('in-sprin-gen');
    expect(shown('Wachttijden')).toBe('Wacht-tij-den');
    expect(shown('Buurtkamer')).toBe('Buurt-ka-mer');
    expect(shown('Registratie')).toBe('Re-gi-stra-tie');
    expect(shown('Buurtkamer De Brug, 2024')).toBe('Buurt-ka-mer De Brug, 2024');
    expect(shown('Wijkteam')).toBe('Wijk-team');
  });

  it('changes nothing but the break points', () => {
    const text = 'Samenwerking met de huisartsenpraktijk';
    expect(softHyphens(text).replaceAll(SOFT_HYPHEN, '')).toBe(text);
  });
});
