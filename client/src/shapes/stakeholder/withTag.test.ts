import { describe, expect, it } from 'vitest';
import { withTag } from './StakeholderContent';

describe('withTag', () => {
  it('switches one tag, keeping the canonical order and each tag once', () => {
    expect(withTag([], 'kans-voor-linkje', true)).toEqual(['kans-voor-linkje']);
    expect(withTag(['kans-voor-linkje'], 'botst-met-initiatief', true)).toEqual([
      'botst-met-initiatief',
      'kans-voor-linkje',
    ]);
    expect(withTag(['kans-voor-linkje'], 'kans-voor-linkje', true)).toEqual(['kans-voor-linkje']);
    expect(
      withTag(['botst-met-initiatief', 'kans-voor-linkje'], 'botst-met-initiatief', false),
    ).toEqual(['kans-voor-linkje']);
  });
});
