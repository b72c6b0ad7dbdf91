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
    });
    expect(harvest.thema).toBe('Werk');
    expect(harvest.tables[0]?.rows.map((row) => [row[0], row[1]])).toEqual([
      [{ nl: '1', en: '1' }, 'Wijkteam'],
      [{ nl: '3', en: '3' }, 'School'],
    ]);
  });

  it('uses the defaults for a board whose settings were never stored', () => {
    const harvest = harvestBoard(werkvorm, records, undefined);
    expect(harvest.tables[0]?.rows.map((row) => row[0])).toEqual([
      { nl: '1', en: '1' },
      { nl: '2', en: '2' },
    ]);
  });
});
