import { DEFAULT_SHAPE_PROPS, Role, ShapeType } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { markerVerdict, type MarkerChange, type MarkerRecord } from './markerVerdict.js';

function marker(owner: string, x = 0, meter = 'nu'): MarkerRecord {
  return {
    typeName: 'shape',
    type: ShapeType.Markering,
    x,
    y: 0,
    props: { ...DEFAULT_SHAPE_PROPS.markering, owner, meter, author: owner, colour: '#1864ab' },
  } as MarkerRecord;
}

const anna = { role: Role.Participant, userId: 'anna' };
const begeleider = { role: Role.Facilitator, userId: 'bea' };

function verdict(change: Partial<MarkerChange>) {
  return markerVerdict({
    key: 'shape:m',
    before: undefined,
    after: undefined,
    writer: anna,
    inPrivate: false,
    others: new Map(),
    ...change,
  });
}

describe('what a writer may do to a marker', () => {
  it('lets its owner make, move and remove it', () => {
    expect(verdict({ after: marker('anna') })).toBe('accepted');
    expect(verdict({ before: marker('anna'), after: marker('anna', 300) })).toBe('accepted');
    expect(verdict({ before: marker('anna') })).toBe('accepted');
  });

  it('refuses making a marker for someone else, or one whose owner cannot be read', () => {
    expect(verdict({ after: marker('bram') })).toBe('refused');
    const unreadable = { ...marker('anna'), props: { owner: 'anna' } };
    expect(verdict({ after: unreadable })).toBe('refused');
  });

  it('refuses moving, taking over or turning into something else another person’s marker', () => {
    expect(verdict({ before: marker('bram'), after: marker('bram', 300) })).toBe('refused');
    expect(verdict({ before: marker('bram'), after: marker('anna') })).toBe('refused');
    expect(
      verdict({ before: marker('bram'), after: { typeName: 'shape', type: 'werkbord-kaart' } }),
    ).toBe('refused');
    expect(
      verdict({ before: marker('bram'), after: marker('bram', 300), writer: begeleider }),
    ).toBe('refused');
  });

  it('lets the begeleider remove, not move, another person’s marker; a deelnemer neither', () => {
    expect(verdict({ before: marker('bram'), writer: begeleider })).toBe('accepted');
    expect(verdict({ before: marker('bram') })).toBe('refused');
  });

  it('refuses a second marker of one person on one scale, not on another scale', () => {
    const others = new Map([['shape:first', marker('anna', 0, 'nu')]]);
    expect(verdict({ after: marker('anna', 600, 'nu'), others })).toBe('refused');
    expect(verdict({ after: marker('anna', 600, 'team'), others })).toBe('accepted');
  });

  it('refuses everything from a viewer or an unknown role, and any marker in a private document', () => {
    expect(verdict({ after: marker('anna'), writer: { role: Role.Viewer, userId: 'anna' } })).toBe(
      'refused',
    );
    expect(verdict({ after: marker('anna'), writer: { role: null, userId: 'anna' } })).toBe(
      'refused',
    );
    expect(verdict({ after: marker('anna'), inPrivate: true })).toBe('refused');
    expect(verdict({ after: { typeName: 'shape', type: 'werkbord-kaart' }, inPrivate: true })).toBe(
      'accepted',
    );
  });

  it('accepts what did not change', () => {
    expect(verdict({ before: marker('bram'), after: marker('bram') })).toBe('accepted');
  });
});
