import { describe, expect, it } from 'vitest';
import { exportFileName } from './fileName';

describe('exportFileName', () => {
  const day = new Date('2026-11-22T10:00:00Z');

  it('makes a slug of the title with the date', () => {
    expect(exportFileName('Historielijn Team Ä!', 'png', day)).toBe(
      'historielijn-team-a-2026-11-22.png',
    );
  });

  it('falls back to werkbord for an empty title', () => {
    expect(exportFileName('???', 'pdf', day)).toBe('werkbord-2026-11-22.pdf');
  });
});
