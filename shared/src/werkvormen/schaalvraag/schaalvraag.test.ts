import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../../cards/BoardCard.js';
import type { Ronde } from '../../markers/rondes.js';
import { columnCentreX, slotCentreY, type Meter } from '../../markers/scale.js';
import { centredAt, kaartAt, markerAt } from '../../markers/testMarkers.js';
import { findZone, zoneBounds } from '../Layout.js';
import { REFLECTIE_ZONE_ID } from '../reflectie.js';
import { schaalvraag } from './index.js';
import { QUESTION_ZONES } from './layout.js';
import type { SchaalvraagSettings } from './settings.js';

const settings = (extra: Partial<SchaalvraagSettings> = {}): SchaalvraagSettings => ({
  thema: 'Samen de wijk in',
  doel: 'Elke bewoner kent ons',
  rondes: [],
  ...extra,
});
const layout = schaalvraag.layout(settings());
const scale = layout.meters[0] as Meter;
const middleOf = (id: string) => {
  const b = zoneBounds(findZone(layout, id)!);
  return { x: b.x + b.w / 2, y: b.y + b.h / 2 };
};

const ronde1: Ronde = {
  id: 'r1',
  date: '2026-03-03',
  markers: [
    { owner: 'user-anna', name: 'Anna', colour: '#c92a2a', meter: 'nu', value: 4 },
    { owner: 'user-bram', name: 'Bram', colour: '#1864ab', meter: 'nu', value: 5 },
  ],
};

describe('schaalvraag layout', () => {
  it('has one scale from 0 to 10 above the four questions, with reflectie to the right', () => {
    expect(layout.meters.map((m) => m.id)).toEqual(['nu']);
    const questions = QUESTION_ZONES.map((id) => zoneBounds(findZone(layout, id)!));
    for (const q of questions) expect(q.y).toBeGreaterThan(scale.bottom);
    const reflectie = zoneBounds(findZone(layout, REFLECTIE_ZONE_ID)!);
    expect(reflectie.x).toBeGreaterThan(Math.max(...questions.map((q) => q.x + q.w)));
    // Wide like a projector's screen, so "Alles in beeld" keeps names and numbers readable.
    expect(layout.bounds.w / layout.bounds.h).toBeGreaterThan(1.9);
    expect(layout.bounds.w).toBeLessThan(4500);
  });

  it('writes what the 10 stands for at the top end, or the general words when not given', () => {
    const texts = (l: typeof layout) =>
      l.marks.flatMap((m) => (m.kind === 'text' ? [m.text.nl] : []));
    expect(texts(layout)).toContain('Elke bewoner kent ons');
    expect(texts(schaalvraag.layout(settings({ doel: ' ' })))).toContain(
      'de situatie zoals we die willen',
    );
  });

  it('draws the last fixed ronde faded below the scale', () => {
    const withRonde = schaalvraag.layout(settings({ rondes: [ronde1] }));
    const pins = withRonde.marks.filter((m) => m.kind === 'pin');
    expect(pins.map((p) => p.kind === 'pin' && [p.text, p.at.x])).toEqual([
      ['Anna', columnCentreX(scale, 4)],
      ['Bram', columnCentreX(scale, 5)],
    ]);
    // The zones stay where they were: fixing a ronde moves no card.
    expect(withRonde.zones).toEqual(layout.zones);
  });
});

describe('schaalvraag classify', () => {
  it('gives a marker its value and leaves it its own colour', () => {
    const anna = markerAt(scale, 'Anna', 6);
    expect(schaalvraag.classify(anna, layout)).toMatchObject({
      zoneId: 'nu:6',
      value: 6,
      color: null,
    });
  });

  it('gives a kaart the question of its column and that colour', () => {
    const kaart = kaartAt('k', 'Buurtkamer open', middleOf('gelukt'));
    expect(schaalvraag.classify(kaart, layout)).toEqual({
      zoneId: 'gelukt',
      label: { nl: 'al gelukt', en: 'already worked' },
      color: 'green',
    });
    expect(schaalvraag.classify(centredAt(kaart, middleOf('volgende-stap')), layout).color).toBe(
      'violet',
    );
  });

  it('moves no marker when the settings change: each owner puts theirs right', () => {
    const cards = [markerAt(scale, 'Anna', 6), kaartAt('k', 'x', middleOf('successen'))];
    const other = schaalvraag.layout(settings({ thema: '', doel: '' }));
    expect(schaalvraag.relayout(cards, layout, other)).toEqual([]);
  });
});

describe('schaalvraag harvest', () => {
  const cards: BoardCard[] = [
    markerAt(scale, 'Anna', 7),
    markerAt(scale, 'Bram', 6, 0, { id: 'shape:bram' }),
    markerAt(scale, 'Carla', 8, 0, { id: 'shape:carla' }),
    markerAt(scale, 'Dewi', 7, 1, { id: 'shape:dewi' }),
    kaartAt('gelukt-1', 'Buurtkamer is open', middleOf('gelukt')),
    kaartAt('succes-1', 'Het straatfeest van 2024', middleOf('successen')),
    kaartAt('hoger-1', 'Bewoners komen zelf met ideeën', middleOf('stapje-hoger')),
    kaartAt('stap-1', 'Spreekuur in de bibliotheek', middleOf('volgende-stap')),
    kaartAt('los', 'Koffie', { x: columnCentreX(scale, 2), y: slotCentreY(scale, 3) }),
    kaartAt('antwoord', 'We staan dichter bij elkaar dan gedacht', middleOf(REFLECTIE_ZONE_ID)),
  ];
  const harvest = schaalvraag.harvest(cards, [], settings({ rondes: [ronde1] }));

  it('lists every marker with its person per ronde and now, with median and spread', () => {
    const { moments } = harvest.result.scale;
    expect(moments.map((m) => [m.label.nl, m.values.map((v) => `${v.name}:${v.value}`)])).toEqual([
      ['Ronde 1 · 3 maart 2026', ['Anna:4', 'Bram:5']],
      ['Nu', ['Anna:7', 'Bram:6', 'Carla:8', 'Dewi:7']],
    ]);
    expect(moments[1]).toMatchObject({ median: 7, min: 6, max: 8, spread: 2 });
    const stats = harvest.tables.find((t) => t.id === 'verdeling');
    expect(stats?.rows).toEqual([
      [
        { nl: 'Ronde 1 · 3 maart 2026', en: 'Round 1 · 3 March 2026' },
        '2',
        { nl: '4,5', en: '4.5' },
        '4',
        '5',
        '1',
      ],
      [{ nl: 'Nu', en: 'Now' }, '4', { nl: '7', en: '7' }, '6', '8', '2'],
    ]);
  });

  it('lists the cards per question, the rest apart, and the reflection answers', () => {
    const { vragen, overig } = harvest.result;
    expect(QUESTION_ZONES.map((id) => vragen[id].map((c) => c.text))).toEqual([
      ['Buurtkamer is open'],
      ['Het straatfeest van 2024'],
      ['Bewoners komen zelf met ideeën'],
      ['Spreekuur in de bibliotheek'],
    ]);
    expect(overig.map((c) => c.text)).toEqual(['Koffie']);
    expect(harvest.reflection.answers.map((a) => a.text)).toEqual([
      'We staan dichter bij elkaar dan gedacht',
    ]);
    expect(harvest.tables.find((t) => t.id === 'vragen')?.rows[0]).toEqual([
      { nl: 'Wat is al gelukt?', en: 'What has already worked?' },
      'Buurtkamer is open',
      'Anna',
    ]);
  });

  it('charts the scale, then above now', () => {
    expect(harvest.charts?.map((c) => [c.id, c.series.map((s) => s.points.length)])).toEqual([
      ['schaal-nu', [2, 4]],
    ]);
    expect(harvest.charts?.[0]?.maxLabel.nl).toBe('Elke bewoner kent ons');
  });
});

describe('schaalvraag settings', () => {
  it('accepts a board made without a doel or rondes, and refuses a too long doel', () => {
    expect(schaalvraag.settings.validate({ thema: 'x' })).toEqual({
      ok: true,
      value: { thema: 'x', doel: '', rondes: [] },
    });
    const tooLong = schaalvraag.settings.validate({ thema: '', doel: 'x'.repeat(81) });
    expect(tooLong.ok).toBe(false);
  });

  it('keeps the rondes without a form field', () => {
    expect(schaalvraag.settings.kept).toEqual(['rondes']);
    expect(schaalvraag.settings.validate(settings({ rondes: [ronde1] }))).toEqual({
      ok: true,
      value: settings({ rondes: [ronde1] }),
    });
  });
});
