import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../../cards/BoardCard.js';
import { zoneBounds, type Layout, type RectZone } from '../Layout.js';
import { settingsSummary } from '../settingsSummary.js';
import { hoeWerkteHetHier } from './index.js';

const settings = { thema: 'De huiswerkklas', eigenaar: 'Chaimae' };
const layout = hoeWerkteHetHier.layout(settings);

function rect(l: Layout, id: string): RectZone {
  const zone = l.zones.find((z) => z.id === id);
  if (zone?.kind !== 'rect') throw new Error(`no rect ${id}`);
  return zone;
}

/** A kaart in zone `id`, `slot` places along its first row (in reading order). */
function kaartIn(id: string, slot: number, text: string): BoardCard {
  const zone = rect(layout, id);
  return {
    id: `${id}-${slot}`,
    kind: 'kaart',
    x: zone.x + 24 + slot * 224,
    y: zone.y + 140,
    w: 200,
    h: 200,
    text,
    author: 'Daan',
    createdAt: null,
  };
}

describe('hoe werkte het hier? layout', () => {
  it('has the example across the top and the two columns of the flipover below it, ikzelf left', () => {
    const voorbeeld = rect(layout, 'voorbeeld');
    const ikzelf = rect(layout, 'ikzelf');
    const context = rect(layout, 'context');
    expect(ikzelf.y).toBeGreaterThan(voorbeeld.y + voorbeeld.h);
    expect(context.y).toBe(ikzelf.y);
    expect(context.x).toBeGreaterThan(ikzelf.x + ikzelf.w);
    expect(voorbeeld.w).toBe(context.x + context.w - ikzelf.x);
    expect(rect(layout, 'reflectie').x).toBeGreaterThan(context.x + context.w);
  });

  it('holds two dozen kaarten a column and fits a wide screen', () => {
    const column = rect(layout, 'ikzelf');
    expect(Math.floor(column.w / 224) * Math.floor((column.h - 120) / 224)).toBeGreaterThanOrEqual(
      24,
    );
    expect(layout.bounds.w / layout.bounds.h).toBeGreaterThan(1.9);
    expect(layout.bounds.h).toBeLessThan(1900);
  });

  it('names the owner of the example on the board, and the owner in general without a name', () => {
    const texts = (l: Layout) => [
      ...l.zones.map((z) => z.label.nl),
      ...l.marks.flatMap((m) => (m.kind === 'text' ? [m.text.nl] : [])),
    ];
    expect(texts(layout)).toContain('Het voorbeeld van Chaimae');
    expect(texts(layout)).toContain('Initiatieven, kwaliteiten, sterktes en acties van Chaimae');
    const anonymous = hoeWerkteHetHier.layout({ thema: '', eigenaar: '' });
    expect(texts(anonymous)).toContain('Het voorbeeld');
    expect(texts(anonymous)).toContain(
      'Initiatieven, kwaliteiten, sterktes en acties van de voorbeeldeigenaar',
    );
    // The zones stay where they are whoever tells the example.
    expect(anonymous.zones.map(zoneBounds)).toEqual(layout.zones.map(zoneBounds));
  });
});

describe('hoe werkte het hier? steps', () => {
  it('keeps the source’s time boxes: 5, 10, 10 and 5 minutes', () => {
    expect(hoeWerkteHetHier.steps.map((step) => step.suggestedMinutes)).toEqual([5, 10, 10, 5]);
    expect(hoeWerkteHetHier.steps.at(-1)?.showsReflection).toBe(true);
  });
});

describe('hoe werkte het hier? classify and harvest', () => {
  it('gives a card the meaning and colour of its column', () => {
    expect(hoeWerkteHetHier.classify(kaartIn('ikzelf', 0, 'x'), layout)).toEqual({
      zoneId: 'ikzelf',
      label: { nl: 'ikzelf', en: 'myself' },
      color: 'blue',
    });
    expect(hoeWerkteHetHier.classify(kaartIn('context', 0, 'x'), layout)).toMatchObject({
      zoneId: 'context',
      label: { nl: 'context en anderen' },
      color: 'green',
    });
    expect(hoeWerkteHetHier.classify(kaartIn('voorbeeld', 0, 'x'), layout).zoneId).toBe(
      'voorbeeld',
    );
  });

  const cards = [
    kaartIn('voorbeeld', 1, 'Ouders kwamen zelf vragen'),
    kaartIn('voorbeeld', 0, 'Start met drie kinderen'),
    kaartIn('ikzelf', 0, 'Doorgevraagd bij de juf'),
    kaartIn('ikzelf', 1, 'Elke week dezelfde tijd'),
    kaartIn('context', 0, 'De bibliotheek gaf ruimte'),
    { ...kaartIn('reflectie', 0, 'Vaste tijden werken'), id: 'r' },
    { ...kaartIn('ikzelf', 0, 'Los'), id: 'los', x: -3000 },
  ];
  const harvest = hoeWerkteHetHier.harvest(cards, [], settings);

  it('harvests the scenes of the example and both columns in reading order', () => {
    const texts = (list: { text: string }[]) => list.map((c) => c.text);
    expect(harvest.result.eigenaar).toBe('Chaimae');
    expect(texts(harvest.result.voorbeeld)).toEqual([
      'Start met drie kinderen',
      'Ouders kwamen zelf vragen',
    ]);
    expect(texts(harvest.result.ikzelf)).toEqual([
      'Doorgevraagd bij de juf',
      'Elke week dezelfde tijd',
    ]);
    expect(texts(harvest.result.context)).toEqual(['De bibliotheek gaf ruimte']);
    expect(texts(harvest.result.overig)).toEqual(['Los']);
    expect(harvest.reflection.answers.map((a) => a.text)).toEqual(['Vaste tijden werken']);
  });

  it('exports the success factors with their column and their place in it', () => {
    expect(harvest.tables.find((t) => t.id === 'succesfactoren')?.rows).toEqual([
      [{ nl: 'ikzelf', en: 'myself' }, '1', 'Doorgevraagd bij de juf', 'Daan'],
      [{ nl: 'ikzelf', en: 'myself' }, '2', 'Elke week dezelfde tijd', 'Daan'],
      [
        { nl: 'context en anderen', en: 'context and others' },
        '1',
        'De bibliotheek gaf ruimte',
        'Daan',
      ],
    ]);
  });

  it('writes the owner of the example into the report’s settings', () => {
    expect(settingsSummary(hoeWerkteHetHier.settings, settings)).toContainEqual({
      key: 'eigenaar',
      label: { nl: 'Voorbeeldeigenaar', en: 'Owner of the example' },
      value: { nl: 'Chaimae', en: 'Chaimae' },
    });
  });
});
