import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../../cards/BoardCard.js';
import { tableToCsv } from '../harvestCsv.js';
import { harvestToMarkdown } from '../harvestMarkdown.js';
import { progressiecirkel } from './index.js';
import { progressiecirkelLayout } from './layout.js';

const settings = { thema: 'Resultaten van de buurtaanpak' };
const layout = progressiecirkelLayout(settings);
const FRUIT = 'laaghangend-fruit';

/** A kaart centred at (x, y). */
function kaart(id: string, x: number, y: number, text = id, marks?: string[]): BoardCard {
  return {
    id,
    kind: 'kaart',
    x: x - 100,
    y: y - 100,
    w: 200,
    h: 200,
    text,
    author: 'Esra',
    createdAt: null,
    ...(marks ? { marks } : {}),
  };
}

describe('progressiecirkel layout', () => {
  it('puts a large inner circle inside a ring with the same centre, reflectie beside them', () => {
    const [bereikt, nog, reflectie] = layout.zones;
    if (bereikt?.kind !== 'circle' || nog?.kind !== 'ring' || reflectie?.kind !== 'rect')
      throw new Error('unexpected zones');
    expect([bereikt.id, nog.id, reflectie.id]).toEqual(['bereikt', 'nog-te-boeken', 'reflectie']);
    expect([nog.cx, nog.cy]).toEqual([bereikt.cx, bereikt.cy]);
    expect(nog.inner).toBe(bereikt.r);
    // "Lekker groot": the inner circle takes most of the area, the ring is a band of cards.
    expect(bereikt.r).toBeGreaterThan(nog.outer - nog.inner);
    expect(nog.outer - nog.inner).toBeGreaterThanOrEqual(280);
    expect(reflectie.x).toBeGreaterThan(nog.cx + nog.outer);
  });

  it('writes the subject as the title beside the circle, above reflectie; nothing without one', () => {
    const title = layout.marks.find((m) => m.kind === 'text' && m.size === 'xl');
    const reflectie = layout.zones.find((zone) => zone.id === 'reflectie');
    if (title?.kind !== 'text' || reflectie?.kind !== 'rect') throw new Error('no title');
    expect(title.text.nl).toBe('Resultaten van de buurtaanpak');
    expect(title.at.x).toBe(reflectie.x);
    expect(title.at.y).toBeLessThan(reflectie.y);
    expect(title.at.y).toBeGreaterThan(-layout.outerRadius);
    const untitled = progressiecirkelLayout({ thema: ' ' });
    expect(untitled.marks.some((m) => m.kind === 'text' && m.size === 'xl')).toBe(false);
  });

  it('is no higher than the circle (the height limits the zoom on a wide screen)', () => {
    expect(layout.bounds.h).toBe(2 * layout.outerRadius + 80);
    expect(layout.bounds.w / layout.bounds.h).toBeLessThan(2);
  });
});

describe('progressiecirkel classify', () => {
  const r = layout.innerRadius;
  it('reads the inner circle as al bereikt and the ring as nog te boeken, in their colours', () => {
    expect(progressiecirkel.classify(kaart('a', 0, 0), layout)).toEqual({
      zoneId: 'bereikt',
      label: { nl: 'al bereikt', en: 'already made' },
      color: 'green',
    });
    expect(progressiecirkel.classify(kaart('b', 0, r + 100), layout)).toMatchObject({
      zoneId: 'nog-te-boeken',
      label: { nl: 'nog te boeken' },
      color: 'light-blue',
    });
  });

  it('changes a card’s meaning when its centre crosses the inner circle', () => {
    expect(progressiecirkel.classify(kaart('c', r - 1, 0), layout).zoneId).toBe('bereikt');
    expect(progressiecirkel.classify(kaart('c', r + 1, 0), layout).zoneId).toBe('nog-te-boeken');
  });

  it('gives a card outside the ring no meaning, and the reflectie zone its own', () => {
    const outside = kaart('d', layout.outerRadius + 20, layout.outerRadius + 20);
    expect(progressiecirkel.classify(outside, layout)).toEqual({
      zoneId: null,
      label: { nl: '', en: '' },
      color: null,
    });
    const reflectie = layout.zones.find((zone) => zone.id === 'reflectie');
    if (reflectie?.kind !== 'rect') throw new Error('no reflectie');
    const answer = kaart('e', reflectie.x + 200, reflectie.y + 600);
    expect(progressiecirkel.classify(answer, layout).zoneId).toBe('reflectie');
  });
});

describe('progressiecirkel harvest', () => {
  const r = layout.innerRadius;
  const cards: BoardCard[] = [
    kaart('b1', -200, -200, 'Goed contact met de wijkraad'),
    kaart('b2', 200, -200, 'Vaker op tijd bij afspraken', [FRUIT]),
    kaart('n1', 0, -(r + 150), 'Vaker een stilte laten vallen', [FRUIT]),
    kaart('n2', 0, r + 150, 'Elke maand een buurtavond'),
    kaart('n3', r + 150, 0, 'Twee nieuwe partners', ['onbekend-merk']),
    kaart('los', -2000, 0, 'Ergens anders', [FRUIT]),
    kaart('r1', 1600, 0, 'We vergeten te vieren'),
  ];
  const harvest = progressiecirkel.harvest(cards, [], settings);
  const { result } = harvest;

  it('harvests the cards per circle in reading order, each saying whether it is laaghangend fruit', () => {
    expect(result.onderwerp).toBe('Resultaten van de buurtaanpak');
    expect(result.bereikt.map((c) => [c.text, c.laaghangendFruit])).toEqual([
      ['Goed contact met de wijkraad', false],
      ['Vaker op tijd bij afspraken', true],
    ]);
    expect(result.nogTeBoeken.map((c) => [c.text, c.laaghangendFruit])).toEqual([
      ['Vaker een stilte laten vallen', true],
      ['Twee nieuwe partners', false],
      ['Elke maand een buurtavond', false],
    ]);
  });

  it('keeps only its own marks on a card: a mark of another werkvorm is left out', () => {
    expect(result.nogTeBoeken.find((c) => c.id === 'n3')?.marks).toEqual([]);
    expect(result.nogTeBoeken.find((c) => c.id === 'n1')?.marks).toEqual([FRUIT]);
  });

  it('lists the laaghangend fruit with its circle: the ring first, then the inner circle, then the rest', () => {
    expect(result.laaghangendFruit.map((c) => [c.id, c.circle])).toEqual([
      ['n1', 'nog-te-boeken'],
      ['b2', 'bereikt'],
      ['los', null],
    ]);
  });

  it('harvests the reflection answers and the cards elsewhere, each card once', () => {
    expect(harvest.reflection.answers.map((a) => a.text)).toEqual(['We vergeten te vieren']);
    expect(result.overig.map((c) => c.id)).toEqual(['los']);
    const ids = [...result.bereikt, ...result.nogTeBoeken, ...result.overig].map((c) => c.id);
    ids.push(...harvest.reflection.answers.map((a) => a.cardId as string));
    expect(ids.sort()).toEqual(cards.map((c) => c.id).sort());
  });

  it('carries the mark per circle into the tables, the CSV and the Markdown', () => {
    const table = harvest.tables.find((t) => t.id === 'progressie');
    expect(table?.rows).toContainEqual([
      { nl: 'nog te boeken', en: 'still to make' },
      'Vaker een stilte laten vallen',
      { nl: 'ja', en: 'yes' },
      'Esra',
    ]);
    expect(table?.rows).toContainEqual([
      { nl: 'al bereikt', en: 'already made' },
      'Goed contact met de wijkraad',
      '',
      'Esra',
    ]);
    const csv = tableToCsv(table!, 'nl');
    expect(csv).toContain('Cirkel,Tekst,Laaghangend fruit,Auteur');
    expect(csv).toContain('nog te boeken,Vaker een stilte laten vallen,ja,Esra');
    const markdown = harvestToMarkdown(harvest, {
      title: 'Progressie',
      language: 'en',
      timeZone: 'Europe/Amsterdam',
    });
    expect(markdown).toContain('## Low-hanging fruit');
    expect(markdown).toContain('| still to make | Vaker een stilte laten vallen | yes | Esra |');
  });
});
