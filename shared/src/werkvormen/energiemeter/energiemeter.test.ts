import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../../cards/BoardCard.js';
import type { Ronde } from '../../markers/rondes.js';
import { columnCentreX, SCALE_W, type Meter } from '../../markers/scale.js';
import { centredAt, kaartAt, markerAt } from '../../markers/testMarkers.js';
import { findZone, zoneBounds } from '../Layout.js';
import { REFLECTIE_ZONE_ID } from '../reflectie.js';
import { energiemeter, type EnergiemeterSettings } from './index.js';

const settings = (onderwerpen = '', rondes: Ronde[] = []): EnergiemeterSettings => ({
  thema: '',
  onderwerpen,
  rondes,
});
const single = energiemeter.layout(settings());
const three = energiemeter.layout(settings('Het wijkgericht werken\n\nDe reorganisatie\nOns team'));
const middleOf = (layout: typeof single, id: string) => {
  const b = zoneBounds(findZone(layout, id)!);
  return { x: b.x + b.w / 2, y: b.y + b.h / 2 };
};

describe('energiemeter layout', () => {
  it('has one meter for this moment when no topic is given, wide enough for a projector', () => {
    expect(single.meters.map((m) => [m.id, m.label.nl])).toEqual([
      ['onderwerp-1', 'Mijn energie op dit moment'],
    ]);
    expect(single.bounds.w / single.bounds.h).toBeGreaterThan(1.8);
  });

  it('has a meter per topic, one under another, each its own part of the board', () => {
    expect(three.meters.map((m) => [m.id, m.label.nl])).toEqual([
      ['onderwerp-1', 'Het wijkgericht werken'],
      ['onderwerp-2', 'De reorganisatie'],
      ['onderwerp-3', 'Ons team'],
    ]);
    const [a, b] = three.meters as Meter[];
    expect(b!.top).toBeGreaterThan(a!.bottom);
    expect(b!.x).toBe(a!.x);
    expect(three.groups?.map((g) => g.label.nl)).toEqual([
      'Het wijkgericht werken',
      'De reorganisatie',
      'Ons team',
    ]);
  });

  it('puts what gives and costs energy and reflectie side by side below one meter', () => {
    const meter = single.meters[0] as Meter;
    const areas = ['geeft', 'kost', REFLECTIE_ZONE_ID].map((id) =>
      zoneBounds(findZone(single, id)!),
    );
    for (const area of areas) {
      expect(area.y).toBeGreaterThan(meter.bottom);
      expect(area.x + area.w).toBeLessThanOrEqual(SCALE_W);
    }
  });

  it('stands them in a column beside several meters, so two topics still fit a projector', () => {
    const areas = ['geeft', 'kost', REFLECTIE_ZONE_ID].map((id) =>
      zoneBounds(findZone(three, id)!),
    );
    for (const area of areas) expect(area.x).toBeGreaterThan(SCALE_W);
    expect(areas[2]!.y + areas[2]!.h).toBeLessThanOrEqual((three.meters.at(-1) as Meter).bottom);
    const two = energiemeter.layout(settings('Het wijkgericht werken\nDe reorganisatie'));
    expect(two.bounds.w / two.bounds.h).toBeGreaterThan(2);
  });
});

describe('energiemeter classify', () => {
  it('gives a marker its energy on its own meter, named by the topic on a board with several', () => {
    const meter = three.meters[1] as Meter;
    expect(energiemeter.classify(markerAt(meter, 'Anna', 3), three)).toMatchObject({
      zoneId: 'onderwerp-2:3',
      value: 3,
      label: { nl: 'De reorganisatie: 3' },
    });
  });

  it('colours what gives energy green and what costs energy red', () => {
    expect(
      energiemeter.classify(kaartAt('g', 'Collega’s', middleOf(single, 'geeft')), single).color,
    ).toBe('green');
    expect(
      energiemeter.classify(kaartAt('k', 'Vergaderen', middleOf(single, 'kost')), single).color,
    ).toBe('red');
  });

  it('keeps every marker on its meter when a topic is added, and moves cards with their areas', () => {
    const meter = single.meters[0] as Meter;
    const two = energiemeter.layout(settings('Nu\nStraks'));
    const marker = markerAt(meter, 'Anna', 8);
    const kaart = kaartAt('g', 'Collega’s', middleOf(single, 'geeft'));
    const moves = energiemeter.relayout([marker, kaart], single, two);
    expect(moves.map((m) => m.id)).toEqual([kaart.id]);
    expect(energiemeter.classify(marker, two).zoneId).toBe('onderwerp-1:8');
    const moved = { ...kaart, x: moves[0]!.x, y: moves[0]!.y };
    expect(energiemeter.classify(moved, two).zoneId).toBe('geeft');
  });
});

describe('energiemeter harvest', () => {
  const [wijk, reorganisatie] = three.meters as Meter[];
  const ronde: Ronde = {
    id: 'r1',
    date: '2026-02-10',
    markers: [
      { owner: 'user-anna', name: 'Anna', colour: '#c92a2a', meter: 'onderwerp-2', value: 2 },
    ],
  };
  const cards: BoardCard[] = [
    markerAt(wijk!, 'Anna', 8),
    markerAt(reorganisatie!, 'Anna', 5, 0, { id: 'shape:anna-2' }),
    markerAt(reorganisatie!, 'Bram', 3, 0, { id: 'shape:bram-2' }),
    kaartAt('g', 'Een bewoner die dank je zegt', middleOf(three, 'geeft')),
    kaartAt('k', 'Onduidelijkheid over de toekomst', middleOf(three, 'kost')),
    centredAt(kaartAt('x', 'Los', { x: 0, y: 0 }), { x: -1000, y: 0 }),
  ];
  const settingsWithRonde = settings('Het wijkgericht werken\nDe reorganisatie\nOns team', [ronde]);
  const harvest = energiemeter.harvest(cards, [], settingsWithRonde);

  it('has per meter every marker with its person per ronde and now, median and spread', () => {
    const [first, second, third] = harvest.result.meters;
    expect(first?.moments.map((m) => m.values.map((v) => v.value))).toEqual([[], [8]]);
    expect(
      second?.moments.map((m) => [m.label.nl, m.values.map((v) => `${v.name}:${v.value}`)]),
    ).toEqual([
      ['Ronde 1 · 10 februari 2026', ['Anna:2']],
      ['Nu', ['Anna:5', 'Bram:3']],
    ]);
    expect(second?.moments[1]).toMatchObject({ median: 4, spread: 2 });
    expect(third?.moments[1]?.count).toBe(0);
    expect(harvest.tables.find((t) => t.id === 'markeringen')?.columns[0]?.key).toBe('schaal');
  });

  it('lists what gives and what costs energy, and charts every meter', () => {
    expect(harvest.result.geeft.map((c) => c.text)).toEqual(['Een bewoner die dank je zegt']);
    expect(harvest.result.kost.map((c) => c.text)).toEqual(['Onduidelijkheid over de toekomst']);
    expect(harvest.result.overig.map((c) => c.text)).toEqual(['Los']);
    expect(harvest.charts?.map((c) => c.title.nl)).toEqual([
      'Het wijkgericht werken',
      'De reorganisatie',
      'Ons team',
    ]);
    expect(harvest.charts?.[1]?.series[0]?.points[0]).toEqual({
      name: 'Anna',
      colour: '#c92a2a',
      value: 2,
    });
  });
});

describe('energiemeter settings', () => {
  it('accepts up to three topics and refuses more or too long ones', () => {
    expect(energiemeter.settings.validate({ thema: '' }).ok).toBe(true);
    expect(energiemeter.settings.validate(settings('a\nb\nc')).ok).toBe(true);
    expect(energiemeter.settings.validate(settings('a\nb\nc\nd')).ok).toBe(false);
    expect(energiemeter.settings.validate(settings('x'.repeat(61))).ok).toBe(false);
  });

  it('marks each column of a meter at its value', () => {
    const meter = single.meters[0] as Meter;
    expect(energiemeter.classify(markerAt(meter, 'Anna', 0), single).value).toBe(0);
    expect(columnCentreX(meter, 10)).toBeLessThan(SCALE_W);
  });
});
