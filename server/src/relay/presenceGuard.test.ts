import { describe, expect, it } from 'vitest';
import { judgePresence, MAX_PRESENCE_DEPTH, withinDepth } from './presenceGuard.js';
import { MalformedMessageError } from './protocol.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const stamp = { userId: 'server-id', role: 'viewer' } as const;

describe('withinDepth', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(withinDepth('{"a":[1,{"b":2}]}', 3)).toBe(true);
    expect(withinDepth('{"a":[1,{"b":2}]}', 2)).toBe(false);
    expect(withinDepth(JSON.stringify({ text: '[[[[[[{{{{' }), 1)).toBe(true);
    expect(withinDepth(JSON.stringify({ text: 'a \\" [[[ "' }), 1)).toBe(true);
  });

  it('scans a deep text without recursing', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    expect(withinDepth(deep, MAX_PRESENCE_DEPTH)).toBe(false);
  });
});

describe('judgePresence', () => {
  it('refuses a state over the size limit before decoding it', () => {
    const judged = judgePresence(new Uint8Array(2048).fill(0xff), 1024, stamp);
    expect(judged).toEqual({ status: 'refused', reason: 'size' });
  });

  it('refuses a state nested deeper than the limit', () => {
    const deep = '['.repeat(MAX_PRESENCE_DEPTH + 1) + ']'.repeat(MAX_PRESENCE_DEPTH + 1);
    expect(judgePresence(bytes(deep), 1 << 20, stamp)).toEqual({
      status: 'refused',
      reason: 'depth',
    });
  });

  it("overwrites the user's id and role with the server's", () => {
    const claim = { user: { id: 'begeleider', name: 'Bea', role: 'facilitator' }, presence: {} };
    const judged = judgePresence(bytes(JSON.stringify(claim)), 8192, stamp);
    expect(judged.status).toBe('accepted');
    if (judged.status !== 'accepted') return;
    expect(JSON.parse(judged.json)).toEqual({
      user: { id: 'server-id', name: 'Bea', role: 'viewer' },
      presence: {},
    });
  });

  it('adds the user to a state without one, relays other values as they are, reads null as a removal', () => {
    expect(judgePresence(bytes('{"fence":"x"}'), 8192, stamp)).toEqual({
      status: 'accepted',
      json: '{"fence":"x","user":{"id":"server-id","role":"viewer"}}',
      removed: false,
    });
    expect(judgePresence(bytes('[1,2]'), 8192, stamp)).toEqual({
      status: 'accepted',
      json: '[1,2]',
      removed: false,
    });
    expect(judgePresence(bytes(' null '), 8192, stamp)).toEqual({
      status: 'accepted',
      json: 'null',
      removed: true,
    });
  });

  it('throws a malformed-message error for text that is not JSON or not UTF-8', () => {
    expect(() => judgePresence(bytes('{niet: json'), 8192, stamp)).toThrow(MalformedMessageError);
    expect(() => judgePresence(new Uint8Array([0x7b, 0xff, 0x7d]), 8192, stamp)).toThrow(
      MalformedMessageError,
    );
  });
});
