import { findWerkvorm } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { asNamedItems, nameToId, withParticipants } from './participantOwners';

const limits = { maxItems: 30, maxLength: 60 };

describe('withParticipants', () => {
  it('appends the names not yet listed, keeping the existing items and their ids', () => {
    const team = [{ id: 'team', name: 'Team' }];
    expect(withParticipants(team, ['Anna', 'Bram'], limits)).toEqual([
      { id: 'team', name: 'Team' },
      { id: 'anna', name: 'Anna' },
      { id: 'bram', name: 'Bram' },
    ]);
  });

  it('skips names already listed (ignoring case and spaces), repeated names and empty ones', () => {
    const listed = [{ id: 'p1', name: 'Anna ' }];
    expect(withParticipants(listed, ['anna', ' Bram', 'bram', '  '], limits)).toEqual([
      { id: 'p1', name: 'Anna ' },
      { id: 'bram', name: 'Bram' },
    ]);
  });

  it('makes a fresh id when the name’s id is taken', () => {
    const listed = [{ id: 'anna', name: 'Anna de Boer' }];
    expect(withParticipants(listed, ['Anna'], limits)[1]).toEqual({ id: 'anna-2', name: 'Anna' });
  });

  it('stays within the limits of the field', () => {
    const names = ['Anna', 'Bram', 'Carla'];
    expect(withParticipants([], names, { maxItems: 2, maxLength: 60 })).toHaveLength(2);
    expect(withParticipants([], ['Alexandra'], { maxItems: 2, maxLength: 4 })[0]?.name).toBe(
      'Alex',
    );
  });

  it('gives owners the cirkel van invloed accepts', () => {
    const cirkel = findWerkvorm('cirkel-van-invloed');
    const owners = withParticipants(
      [{ id: 'team', name: 'Team' }],
      ['Ümit', 'Zoë van der Berg', '李雷', '!!!', 'Team'],
      limits,
    );
    expect(owners.map((owner) => owner.id)).toEqual([
      'team',
      'umit',
      'zoe-van-der-berg',
      'persoon',
      'persoon-2',
    ]);
    expect(cirkel?.settings.validate({ thema: '', owners }).ok).toBe(true);
  });
});

describe('nameToId', () => {
  it('keeps letters and digits, in lower case, joined by dashes', () => {
    expect(nameToId('  Jan-Willem  2 ')).toBe('jan-willem-2');
    expect(nameToId('A'.repeat(50))).toHaveLength(30);
  });
});

describe('asNamedItems', () => {
  it('reads a name list, dropping what is not an item', () => {
    expect(asNamedItems([{ id: 'a', name: 'A' }, { id: 1 }, null])).toEqual([
      { id: 'a', name: 'A' },
    ]);
    expect(asNamedItems(undefined)).toEqual([]);
  });
});
