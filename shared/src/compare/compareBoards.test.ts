import { describe, expect, it } from 'vitest';
import { CENTRE } from '../cards/BoardCard.js';
import { DEFAULT_SHAPE_PROPS, ShapeType } from '../cards/shapeProps.js';
import { cellText, type HarvestTable } from '../werkvormen/Harvest.js';
import { findZone, type Layout, type Point } from '../werkvormen/Layout.js';
import { findWerkvorm } from '../werkvormen/registry.js';
import type { Werkvorm } from '../werkvormen/Werkvorm.js';
import { type BoardComparison, matchByText, matchKey } from './BoardComparison.js';
import { compareBoards } from './compareBoards.js';

const werkvorm = (id: string) => findWerkvorm(id) as Werkvorm;

/** Settings as a new board stores them (the current layout generation written in). */
function stored(id: string, input: unknown): unknown {
  const result = werkvorm(id).settings.validate(input);
  if (!result.ok) throw new Error(`settings of ${id}`);
  return result.value;
}

/** A point inside a zone: the middle of a rectangle or circle, halfway through a ring. */
function inZone(layout: Layout, zoneId: string, step = 0): Point {
  const zone = findZone(layout, zoneId);
  if (!zone) throw new Error(`no zone ${zoneId}`);
  switch (zone.kind) {
    case 'rect':
    case 'lane':
      return { x: zone.x + 150 + step * 250, y: zone.y + zone.h / 2 };
    case 'circle':
      return { x: zone.cx, y: zone.cy + step * 40 };
    case 'ring':
      return { x: zone.cx + (zone.inner + zone.outer) / 2, y: zone.cy + step * 40 };
  }
}

function shape(
  id: string,
  type: string,
  centre: Point,
  props: { w: number; h: number } & Record<string, unknown>,
) {
  return {
    id: `shape:${id}`,
    typeName: 'shape',
    type,
    x: centre.x - props.w / 2,
    y: centre.y - props.h / 2,
    rotation: 0,
    parentId: 'page:page',
    props,
    meta: {},
  };
}
const kaart = (id: string, text: string, at: Point) =>
  shape(id, ShapeType.Kaart, at, { ...DEFAULT_SHAPE_PROPS.kaart, w: 100, h: 100, text });
const stakeholder = (id: string, name: string, at: Point, belangen = '') =>
  shape(id, ShapeType.Stakeholder, at, {
    ...DEFAULT_SHAPE_PROPS.stakeholder,
    w: 100,
    h: 60,
    name,
    belangen,
  });
const relatie = (id: string, from: string, to: string, strength: string) => ({
  ...shape(id, ShapeType.Relatie, { x: 0, y: 0 }, { w: 1, h: 1 }),
  props: { ...DEFAULT_SHAPE_PROPS.relatie, from, to, strength },
});

/** A table's rows as Dutch text. */
function rows(comparison: BoardComparison, id: string): string[][] {
  const table = comparison.tables.find((t: HarvestTable) => t.id === id);
  if (!table) throw new Error(`no table ${id}: ${comparison.tables.map((t) => t.id).join(', ')}`);
  return table.rows.map((row) => row.map((cell) => cellText(cell, 'nl')));
}
const findings = (comparison: BoardComparison) => comparison.findings.map((f) => f.text.nl);
const tableIds = (comparison: BoardComparison) => comparison.tables.map((t) => t.id);

describe('matching card texts', () => {
  it('ignores case, spacing and trailing punctuation', () => {
    expect(matchKey('  Werkdruk  in het   team. ')).toBe('werkdruk in het team');
    expect(matchKey('“Overleg!”')).toBe('overleg');
    expect(matchKey('   ')).toBe('');
  });

  it('matches as multisets, in order, leaving cards without text out', () => {
    const a = [{ t: 'Koffie' }, { t: 'koffie' }, { t: 'Thee' }, { t: '' }];
    const b = [{ t: 'Water' }, { t: 'KOFFIE' }, { t: '' }];
    const match = matchByText(a, b, (x) => x.t);
    expect(match.both).toEqual([[a[0], b[1]]]);
    expect(match.onlyA).toEqual([a[1], a[2]]);
    expect(match.onlyB).toEqual([b[0]]);
  });
});

describe('the generic comparison (every werkvorm)', () => {
  const muur = werkvorm('klaag-en-jubelmuur');
  const layout = muur.layout(muur.settings.defaults());
  const at = (zone: string, step: number) => inZone(layout, zone, step);
  const noord = {
    title: 'Team Noord',
    settings: muur.settings.defaults(),
    records: [
      kaart('n1', 'Te veel overleg', at('klaagmuur', 0)),
      kaart('n2', 'Werkdruk', at('klaagmuur', 1)),
      kaart('n3', 'Fijne collega’s', at('jubelmuur', 0)),
      kaart('n4', 'Korte lijnen', at('jubelmuur', 1)),
    ],
  };
  const zuid = {
    title: 'Team Zuid',
    settings: muur.settings.defaults(),
    records: [
      kaart('z1', 'werkdruk.', at('jubelmuur', 0)),
      kaart('z2', 'Fijne collega’s', at('jubelmuur', 1)),
      kaart('z3', 'Samen de jeugd zien', at('ambitie', 0)),
    ],
  };
  const comparison = compareBoards(muur, noord, zuid);

  it('counts the cards per zone, with a column per board', () => {
    expect(rows(comparison, 'zones')).toEqual([
      ['Klaagmuur', '2', '0'],
      ['Jubelmuur', '2', '2'],
      ['Gezamenlijke ambitie', '0', '1'],
      ['Reflectie', '0', '0'],
    ]);
    const zones = comparison.tables.find((t) => t.id === 'zones');
    expect(zones?.columns.map((c) => c.label.nl)).toEqual(['Zone', 'Team Noord', 'Team Zuid']);
  });

  it('lists the cards only one board has, and the ones both have in another place', () => {
    expect(rows(comparison, 'alleen-a')).toEqual([
      ['Te veel overleg', 'klaagmuur'],
      ['Korte lijnen', 'jubelmuur'],
    ]);
    expect(rows(comparison, 'alleen-b')).toEqual([['Samen de jeugd zien', 'ambitie']]);
    expect(rows(comparison, 'elders')).toEqual([['Werkdruk', 'klaagmuur', 'jubelmuur']]);
  });

  it('says the counts, the biggest difference and what moved', () => {
    expect(comparison.boards).toEqual([
      { title: 'Team Noord', cards: 4 },
      { title: 'Team Zuid', cards: 3 },
    ]);
    expect(findings(comparison)).toEqual([
      'Team Noord: 4 kaarten, Team Zuid: 3 kaarten; 2 staan op beide.',
      'Het grootste verschil zit in Klaagmuur: 2 tegen 0.',
      '1 kaart staat op beide borden, maar op een andere plek.',
    ]);
    expect(comparison.findings[0]?.text.en).toBe(
      'Team Noord: 4 cards, Team Zuid: 3 cards; 2 on both.',
    );
  });

  it('reads the historielijn by date too: the same anekdote in another year moved', () => {
    const historielijn = werkvorm('historielijn');
    const settings = stored('historielijn', {
      period: { from: { year: 2015, month: null }, to: { year: 2024, month: null } },
      purpose: 'evalueren',
      thema: '',
    });
    const line = historielijn.layout(settings);
    const tijdbalk = findZone(line, 'tijdbalk');
    if (tijdbalk?.kind !== 'rect') throw new Error('no tijdbalk');
    const y = tijdbalk.y + tijdbalk.h / 2;
    const one = {
      title: 'Eerste',
      settings,
      records: [kaart('a', 'Fusie', { x: tijdbalk.x + 300, y })],
    };
    const two = {
      title: 'Tweede',
      settings,
      records: [kaart('b', 'Fusie', { x: tijdbalk.x + tijdbalk.w - 300, y })],
    };
    const moved = rows(compareBoards(historielijn, one, two), 'elders');
    expect(moved).toHaveLength(1);
    console.log(JSON.stringify(moved));
    expect(moved[0]?.[1]).not.toBe(moved[0]?.[2]);
  });

  it('compares blank boards by their cards alone', () => {
    const leeg = werkvorm('leeg-bord');
    const comparison = compareBoards(
      leeg,
      { title: 'A', settings: { thema: '' }, records: [kaart('a', 'Idee', { x: 0, y: 0 })] },
      { title: 'B', settings: { thema: '' }, records: [] },
    );
    expect(rows(comparison, 'zones')).toEqual([['Elders op het bord', '1', '0']]);
    expect(rows(comparison, 'alleen-a')).toEqual([['Idee', 'Elders op het bord']]);
  });
});

describe('two cirkels van invloed', () => {
  const cirkel = werkvorm('cirkel-van-invloed');
  const settingsOf = (...names: string[]) =>
    stored('cirkel-van-invloed', {
      thema: '',
      owners: names.map((name) => ({ id: name.toLowerCase(), name })),
    });
  const noordSettings = settingsOf('Anna', 'Bram');
  const zuidSettings = settingsOf('Chaimae');
  const noordLayout = cirkel.layout(noordSettings);
  const zuidLayout = cirkel.layout(zuidSettings);
  const noord = {
    title: 'Noord',
    settings: noordSettings,
    records: [
      kaart('n1', 'Werkdruk', inZone(noordLayout, 'anna:invloed', 0)),
      kaart('n2', 'Roosters', inZone(noordLayout, 'anna:invloed', 1)),
      kaart('n3', 'Wachtlijsten', inZone(noordLayout, 'bram:betrokkenheid', 0)),
      kaart('n4', 'Teamoverleg', inZone(noordLayout, 'bram:invloed', 0)),
    ],
  };
  const zuid = {
    title: 'Zuid',
    settings: zuidSettings,
    records: [
      kaart('z1', 'werkdruk', inZone(zuidLayout, 'chaimae:betrokkenheid', 0)),
      kaart('z2', 'Wachtlijsten', inZone(zuidLayout, 'chaimae:invloed', 0)),
      kaart('z3', 'Teamoverleg', inZone(zuidLayout, 'chaimae:invloed', 1)),
      kaart('z4', 'Gemeentebeleid', inZone(zuidLayout, 'chaimae:betrokkenheid', 1)),
    ],
  };
  const comparison = compareBoards(cirkel, noord, zuid);

  it('puts each team’s share in invloed first', () => {
    expect(rows(comparison, 'invloed-per-bord')).toEqual([
      ['cirkel van invloed', '3', '2'],
      ['cirkel van betrokkenheid', '1', '2'],
      ['buiten de cirkels', '0', '0'],
      ['aandeel in invloed', '75 %', '50 %'],
      ['personen', '2', '1'],
    ]);
    expect(findings(comparison)[0]).toBe(
      'In de cirkel van invloed: Noord 75 % van de kaarten, Zuid 50 %.',
    );
  });

  it('names what lies in invloed for one team and in betrokkenheid for the other, with whose', () => {
    expect(rows(comparison, 'invloed-of-betrokkenheid')).toEqual([
      ['Werkdruk', 'cirkel van invloed (Anna)', 'cirkel van betrokkenheid (Chaimae)'],
      ['Wachtlijsten', 'cirkel van betrokkenheid (Bram)', 'cirkel van invloed (Chaimae)'],
    ]);
    expect(findings(comparison)[1]).toBe(
      '1 kaart ligt bij Noord in invloed en bij Zuid in betrokkenheid; 1 andersom.',
    );
  });

  it('adds up the people’s circles in the generic tables and leaves out the generic moves', () => {
    expect(rows(comparison, 'zones')).toContainEqual(['cirkel van invloed', '3', '2']);
    expect(tableIds(comparison)).toEqual([
      'invloed-per-bord',
      'invloed-of-betrokkenheid',
      'zones',
      'alleen-a',
      'alleen-b',
    ]);
    expect(rows(comparison, 'alleen-a').map((row) => row[0])).toEqual(['Roosters']);
    expect(comparison.findings.map((f) => f.id)).not.toContain('elders');
  });
});

describe('two stakeholdermaps', () => {
  const map = werkvorm('stakeholdermap');
  const settings = stored('stakeholdermap', { initiative: 'Buurtkamer', rings: 3, thema: '' });
  const layout = map.layout(settings);
  const ring = (n: number, step: number) => inZone(layout, `ring-${n}`, step);
  const noord = {
    title: 'Noord',
    settings,
    records: [
      stakeholder('school', 'Basisschool', ring(1, 0), 'Veilige buurt'),
      stakeholder('wijkteam', 'Wijkteam', ring(1, 1)),
      stakeholder('gemeente', 'Gemeente', ring(2, 0)),
      relatie('r1', CENTRE, 'shape:school', 'sterk'),
      relatie('r2', 'shape:wijkteam', 'shape:gemeente', 'zwak'),
    ],
  };
  const zuid = {
    title: 'Zuid',
    settings: { ...(settings as object), initiative: 'Huiskamer' },
    records: [
      stakeholder('s', 'basisschool', ring(2, 0)),
      stakeholder('w', 'Wijkteam', ring(1, 0)),
      stakeholder('v', 'Voedselbank', ring(3, 0), 'Bereik'),
      relatie('r1', CENTRE, 'shape:s', 'aandacht-nodig'),
      relatie('r2', 'shape:w', 'shape:v', 'sterk'),
    ],
  };
  const comparison = compareBoards(map, noord, zuid);

  it('names the stakeholders only one map has, with their ring and belangen', () => {
    expect(rows(comparison, 'stakeholders-alleen-a')).toEqual([['Gemeente', 'ring 2', '']]);
    expect(rows(comparison, 'stakeholders-alleen-b')).toEqual([
      ['Voedselbank', 'ring 3', 'Bereik'],
    ]);
    expect(findings(comparison)).toEqual(
      expect.arrayContaining([
        'Noord: 3 stakeholders, Zuid: 3; 2 op beide.',
        'Alleen Noord noemt Gemeente.',
        'Alleen Zuid noemt Voedselbank.',
        '1 stakeholder staat in een andere ring.',
      ]),
    );
  });

  it('shows ring differences and relations that differ, the centre matching the centre', () => {
    expect(rows(comparison, 'andere-ring')).toEqual([['Basisschool', 'ring 1', 'ring 2']]);
    expect(rows(comparison, 'relaties')).toEqual([
      ['Buurtkamer – Basisschool', 'sterk', 'aandacht nodig'],
      ['Wijkteam – Gemeente', 'zwak', 'geen relatie'],
      ['Wijkteam – Voedselbank', 'geen relatie', 'sterk'],
    ]);
  });

  it('keeps the generic zone counts and replaces the generic card lists', () => {
    expect(tableIds(comparison)).toEqual([
      'stakeholders-alleen-a',
      'stakeholders-alleen-b',
      'andere-ring',
      'relaties',
      'zones',
    ]);
    expect(comparison.findings.map((f) => f.id)).not.toContain('aantallen');
  });
});
