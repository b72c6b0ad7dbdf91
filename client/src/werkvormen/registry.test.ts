import { CENTRE, WERKVORMEN, findWerkvorm, type Werkvorm } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { GENERIC_CLIENT } from '../werkvorm/werkvormClient';
import { WERKVORM_CLIENTS, werkvormClient } from './registry';

const layoutOf = (id: string) => {
  const werkvorm = findWerkvorm(id) as Werkvorm;
  return werkvorm.layout(werkvorm.settings.defaults());
};

describe('the client werkvorm registry', () => {
  it('has an entry for every werkvorm of the shared registry, and none besides', () => {
    expect(Object.keys(WERKVORM_CLIENTS).sort()).toEqual(WERKVORMEN.map((w) => w.id).sort());
  });

  it('gives an unknown werkvorm the generic runtime', () => {
    expect(werkvormClient('nieuw-van-een-nieuwere-server')).toBe(GENERIC_CLIENT);
  });

  it('lets relations end in the centre only where the werkvorm has one', () => {
    expect(werkvormClient('stakeholdermap').relationCentre?.(layoutOf('stakeholdermap'))).toEqual(
      expect.objectContaining({ kind: 'circle', cx: 0, cy: 0 }),
    );
    for (const werkvorm of WERKVORMEN.filter((w) => w.id !== 'stakeholdermap')) {
      expect(werkvormClient(werkvorm.id).relationCentre).toBeUndefined();
    }
    expect(CENTRE).toBe('centre');
  });

  it('dates a new anekdote only on the historielijn', () => {
    for (const werkvorm of WERKVORMEN) {
      const layout = layoutOf(werkvorm.id);
      const props = werkvormClient(werkvorm.id).newCardProps?.(
        'anekdote',
        { x: 0, y: 0, w: 10, h: 10 },
        werkvorm,
        layout,
      );
      if (werkvorm.id === 'historielijn') expect(props).toHaveProperty('date');
      else expect(props).toBeUndefined();
    }
  });
});
