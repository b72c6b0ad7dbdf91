import { describe, expect, it } from 'vitest';
import { DEFAULT_SHAPE_PROPS } from '../cards/shapeProps.js';
import { AUTHOR_COLUMN } from './Harvest.js';
import { harvestBoard } from './harvestBoard.js';
import { zoneBounds } from './Layout.js';
import { findWerkvorm, WERKVORMEN } from './registry.js';
import type { Werkvorm } from './Werkvorm.js';

const stakeholder = (id: string, x: number, name: string) => ({
  id: `shape:${id}`,
  typeName: 'shape',
  type: 'werkbord-stakeholder',
  x,
  y: -75,
  rotation: 0,
  parentId: 'page:page',
  props: { ...DEFAULT_SHAPE_PROPS.stakeholder, name },
  meta: {},
});

describe('harvestBoard', () => {
  const werkvorm = findWerkvorm('stakeholdermap') as Werkvorm;
  const records = [
    { id: 'document:document', typeName: 'document', gridSize: 10 },
    stakeholder('a', 400, 'Wijkteam'),
    stakeholder('b', 1000, 'School'),
  ];

  it('harvests stored records with the stored settings', () => {
    const harvest = harvestBoard(werkvorm, records, {
      initiative: 'Taskforce',
      rings: 4,
      thema: 'Werk',
      layoutVersion: 1,
    });
    expect(harvest.thema).toBe('Werk');
    expect(harvest.tables[0]?.rows.map((row) => [row[0], row[1]])).toEqual([
      [{ nl: '1', en: '1' }, 'Wijkteam'],
      [{ nl: '3', en: '3' }, 'School'],
    ]);
  });

  it('uses the defaults for a board whose settings were never stored', () => {
    // The defaults' two rings (current layout): centres at 210 and 610 from the initiative.
    const near = [records[0], stakeholder('a', 100, 'Wijkteam'), stakeholder('b', 500, 'School')];
    const harvest = harvestBoard(werkvorm, near, undefined);
    expect(harvest.tables[0]?.rows.map((row) => row[0])).toEqual([
      { nl: '1', en: '1' },
      { nl: '2', en: '2' },
    ]);
  });

  it('adds the vote totals, most dots first, and a table for them', () => {
    const more = [...records, stakeholder('c', 1600, 'Buurt')];
    const totals = { round: 'r1', counts: { 'shape:a': 1, 'shape:b': 4, 'shape:c': 1, weg: 9 } };
    const harvest = harvestBoard(werkvorm, more, undefined, [], totals);
    expect(harvest.votes).toEqual([
      { cardId: 'shape:b', text: 'School', count: 4 },
      { cardId: 'shape:a', text: 'Wijkteam', count: 1 },
      { cardId: 'shape:c', text: 'Buurt', count: 1 },
    ]);
    expect(harvest.tables.at(-1)).toMatchObject({
      id: 'stemmen',
      rows: [
        ['School', '4'],
        ['Wijkteam', '1'],
        ['Buurt', '1'],
      ],
    });
  });

  it('has no votes and no votes table without totals', () => {
    const harvest = harvestBoard(werkvorm, records, undefined);
    expect(harvest.votes).toEqual([]);
    expect(harvest.tables.some((table) => table.id === 'stemmen')).toBe(false);
  });
});

describe('harvestBoard of an anonymous board', () => {
  const NAME = 'Zoë Geheim';
  const shapeTypes = {
    kaart: 'werkbord-kaart',
    anekdote: 'werkbord-anekdote',
    stakeholder: 'werkbord-stakeholder',
    markering: 'werkbord-markering',
  } as const;
  /** Zoë's colour: an anonymous board's markers and rondes show it nowhere either. */
  const COLOUR = '#c2255c';

  /** A card of every kind the werkvorm offers in the middle of every zone, written by NAME. */
  function authoredCards(werkvorm: Werkvorm): unknown[] {
    const layout = werkvorm.layout(werkvorm.settings.defaults());
    const places = [...layout.zones.map(zoneBounds), { x: -5000, y: -5000, w: 10, h: 10 }];
    return places.flatMap(({ x, y, w, h }, z) => {
      return werkvorm.cardKinds.map((kind, k) => {
        const props = {
          ...DEFAULT_SHAPE_PROPS[kind],
          author: NAME,
          createdAt: 1,
          ...marker(layout),
        };
        return {
          id: `shape:${z}-${k}`,
          typeName: 'shape',
          type: shapeTypes[kind],
          x: x + w / 2 - props.w / 2,
          y: y + h / 2 - props.h / 2,
          rotation: 0,
          parentId: 'page:page',
          props: { ...props, text: 'Iets', title: 'Iets', name: 'Iets', date: '2020' },
          meta: {},
        };
      });
    });
  }

  /** What a marker carries besides its author: Zoë's user id and colour, on the first scale. */
  function marker(layout: object) {
    const meters = (layout as { meters?: { id: string }[] }).meters ?? [];
    return { owner: 'zoe-user-id', colour: COLOUR, meter: meters[0]?.id ?? 'nu' };
  }

  it.each(
    WERKVORMEN.filter((werkvorm) => werkvorm.cardKinds.includes('markering')).map(
      (werkvorm) => [werkvorm.id, werkvorm] as const,
    ),
  )('%s: its markers and rondes name nobody and show no colour of a person', (_id, werkvorm) => {
    const cards = authoredCards(werkvorm);
    const layout = werkvorm.layout(werkvorm.settings.defaults());
    const ronde = { ...marker(layout), name: NAME, value: 4 };
    const settings = { rondes: [{ id: 'r1', date: '2026-10-01', markers: [ronde] }] };
    const named = harvestBoard(werkvorm, cards, settings);
    const hidden = harvestBoard(werkvorm, cards, settings, [], undefined, { anonymous: true });
    expect(JSON.stringify(named)).toContain(COLOUR);
    expect(JSON.stringify(named.tables)).toContain(NAME);
    expect(named.charts?.length).toBeGreaterThan(0);
    expect(JSON.stringify(hidden)).not.toContain(NAME);
    expect(JSON.stringify(hidden)).not.toContain(COLOUR);
    // The values are all still there: the ronde's and the marker's.
    const values = hidden.charts?.[0]?.series.map((series) => series.points.length);
    expect(values).toEqual(named.charts?.[0]?.series.map((series) => series.points.length));
    expect(values?.[0]).toBe(1);
  });

  it.each(WERKVORMEN.map((werkvorm) => [werkvorm.id, werkvorm] as const))(
    '%s: names nobody, in the result, the tables and the authors',
    (_id, werkvorm) => {
      const cards = authoredCards(werkvorm);
      const named = harvestBoard(werkvorm, cards, undefined, ['Een antwoord']);
      const hidden = harvestBoard(werkvorm, cards, undefined, ['Een antwoord'], undefined, {
        anonymous: true,
      });
      expect(named.authors).toEqual([NAME]);
      expect(named.anonymous).toBeUndefined();
      expect(JSON.stringify(hidden)).not.toContain(NAME);
      expect(hidden.authors).toEqual([]);
      expect(hidden.anonymous).toBe(true);
      // The same tables, each without its author column, and as many rows.
      expect(hidden.tables.map((table) => table.id)).toEqual(named.tables.map((table) => table.id));
      for (const [index, table] of hidden.tables.entries()) {
        expect(table.columns.some((column) => column.key === AUTHOR_COLUMN)).toBe(false);
        expect(table.rows).toHaveLength(named.tables[index]?.rows.length ?? -1);
        for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
      }
    },
  );

  it('still names the authors of the werkvormen that show them when not anonymous', () => {
    const withAuthorColumn = WERKVORMEN.filter((werkvorm) =>
      harvestBoard(werkvorm, authoredCards(werkvorm), undefined).tables.some((table) =>
        table.columns.some((column) => column.key === AUTHOR_COLUMN),
      ),
    );
    expect(withAuthorColumn.length).toBeGreaterThanOrEqual(5);
  });
});
