import { describe, expect, it } from 'vitest';
import { readDate } from './DateField';

describe('readDate', () => {
  it('stores readable dates in canonical form', () => {
    expect(readDate('2015')).toBe('2015');
    expect(readDate('maart 2015')).toBe('2015-03');
    expect(readDate('2014–2016')).toBe('2014/2016');
    expect(readDate('mrt 2015 t/m jun 2016')).toBe('2015-03/2016-06');
  });

  it('clears the date for empty text and refuses the rest', () => {
    expect(readDate('  ')).toBe('');
    expect(readDate('vorig jaar')).toBeNull();
    expect(readDate('2016–2014')).toBeNull();
  });
});
