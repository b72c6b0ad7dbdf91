import { describe, expect, it } from 'vitest';
import { DEFAULT_SHAPE_PROPS } from '../cards/shapeProps.js';
import { harvestBoard } from './harvestBoard.js';
import { findWerkvorm } from './registry.js';
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
