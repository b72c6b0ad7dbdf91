import { describe, expect, it } from 'vitest';
import { createToken, participantTokenFor, TOKEN_PATTERN } from './tokens.js';

describe('the deelnemer token', () => {
  it('follows from the begeleider token, always the same, and looks like any token', () => {
    const facilitator = createToken();
    const participant = participantTokenFor(facilitator);
    expect(participant).toMatch(TOKEN_PATTERN);
    expect(participant).toHaveLength(facilitator.length);
    expect(participantTokenFor(facilitator)).toBe(participant);
    expect(participant).not.toBe(facilitator);
    expect(participantTokenFor(createToken())).not.toBe(participant);
  });
});
