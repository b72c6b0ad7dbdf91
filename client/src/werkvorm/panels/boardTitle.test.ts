import { TITLE_MAX_LENGTH } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { titleProblem } from './boardTitle';

describe('titleProblem', () => {
  it('refuses an empty title and one that is too long, counting characters after trimming', () => {
    expect(titleProblem('  ')).toBe('required');
    expect(titleProblem('x'.repeat(TITLE_MAX_LENGTH + 1))).toBe('tooLong');
    expect(titleProblem(` ${'é'.repeat(TITLE_MAX_LENGTH)} `)).toBeNull();
    expect(titleProblem('😀'.repeat(TITLE_MAX_LENGTH))).toBeNull();
  });
});
