import { describe, expect, it } from 'vitest';
import { cardAuthors } from './harvestBoard.js';
import { findWerkvorm } from './registry.js';
import { settingsSummary } from './settingsSummary.js';
import type { Werkvorm } from './Werkvorm.js';

const summary = (id: string, settings: unknown) => {
  const werkvorm = findWerkvorm(id) as Werkvorm;
  return settingsSummary(werkvorm.settings, settings).map((s) => [s.label.nl, s.value.nl]);
};

describe('settingsSummary', () => {
  it('writes out each werkvorm’s settings with short labels, in the form’s order', () => {
    expect(
      summary('historielijn', {
        period: { from: { year: 2015, month: 3 }, to: { year: 2020, month: null } },
        purpose: 'volgende-fase',
        thema: 'Samen verder',
      }),
    ).toEqual([
      ['Periode', 'maart 2015 – 2020'],
      ['Doel', 'Een volgende fase voorbereiden'],
      ['Thema', 'Samen verder'],
    ]);
    expect(summary('stakeholdermap', { initiative: 'De Brug', rings: 3, thema: '' })).toEqual([
      ['Initiatief', 'De Brug'],
      ['Aantal ringen', '3'],
    ]);
    expect(
      summary('cirkel-van-invloed', {
        thema: 'Werkdruk',
        owners: [
          { id: 'a', name: 'Łukasz' },
          { id: 'b', name: 'Çelik' },
        ],
      }),
    ).toEqual([
      ['Thema', 'Werkdruk'],
      ['Cirkels voor', 'Łukasz, Çelik'],
    ]);
  });

  it('shows the centre’s placeholder for an empty initiative, as the board does', () => {
    expect(summary('stakeholdermap', { initiative: '', rings: 2, thema: '' })[0]).toEqual([
      'Initiatief',
      'Ons initiatief',
    ]);
  });

  it('leaves out an empty thema', () => {
    expect(summary('leeg-bord', { thema: '  ' })).toEqual([]);
  });
});

describe('cardAuthors', () => {
  it('lists each author once, alphabetically, without the unnamed', () => {
    const card = (author: string) => ({ author }) as Parameters<typeof cardAuthors>[0][number];
    expect(
      cardAuthors([
        card('Łukasz'),
        card('Ayşe Yıldız'),
        card(''),
        card('Çelik'),
        card('Ayşe Yıldız'),
      ]),
    ).toEqual(['Ayşe Yıldız', 'Çelik', 'Łukasz']);
  });
});
