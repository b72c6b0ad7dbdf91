import { Role } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { participantsFrom } from './participants';

const user = (id: string, name: string, role: Role) => ({
  user: { id, name, color: '#1864ab', role },
});

describe('participant list', () => {
  it('lists me first, then by role and name', () => {
    const states = new Map<number, unknown>([
      [1, user('v', 'Vera', Role.Viewer)],
      [2, user('p', 'Piet', Role.Participant)],
      [3, user('me', 'Ik', Role.Participant)],
      [4, user('f', 'Fatima', Role.Facilitator)],
      [5, user('a', 'Aad', Role.Participant)],
    ]);
    expect(participantsFrom(states, 3).map((p) => p.name)).toEqual([
      'Ik',
      'Fatima',
      'Aad',
      'Piet',
      'Vera',
    ]);
  });

  it('counts a person with two tabs once', () => {
    const states = new Map<number, unknown>([
      [1, user('same', 'Anna', Role.Participant)],
      [2, user('same', 'Anna', Role.Participant)],
    ]);
    expect(participantsFrom(states, 9)).toHaveLength(1);
  });

  it('skips clients without a name or with malformed fields', () => {
    const states = new Map<number, unknown>([
      [1, {}],
      [2, { user: { id: 'x', name: '', color: '#000000', role: 'participant' } }],
      [3, { user: { id: 'y', name: 'Bob', color: 'red', role: 'participant' } }],
      [4, { user: { id: 'z', name: 'Zoë', color: '#123456', role: 'admin' } }],
      [5, user('ok', 'Ok', Role.Viewer)],
    ]);
    expect(participantsFrom(states, 9).map((p) => p.name)).toEqual(['Ok']);
  });
});
