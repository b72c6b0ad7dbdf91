import { findWerkvorm, type Werkvorm } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { focusViews, stepView } from './focusViews';

function layoutOf(id: string, settings?: object) {
  const werkvorm = findWerkvorm(id) as Werkvorm;
  return werkvorm.layout({ ...(werkvorm.settings.defaults() as object), ...settings });
}

const ids = (id: string, settings?: object) => focusViews(layoutOf(id, settings)).map((v) => v.id);

describe('focusViews', () => {
  it('offers each wall, the ambition and reflectie last', () => {
    expect(ids('klaag-en-jubelmuur')).toEqual(['klaagmuur', 'jubelmuur', 'ambitie', 'reflectie']);
  });

  it('offers the tijdbalk and the joining lane', () => {
    expect(ids('historielijn')).toEqual(['tijdbalk', 'toetreding', 'reflectie']);
  });

  it('offers each ring with what lies inside it, not the initiative alone', () => {
    const views = focusViews(layoutOf('stakeholdermap', { rings: 3 }));
    expect(views.map((v) => v.id)).toEqual(['ring-1', 'ring-2', 'ring-3', 'reflectie']);
    const [one, three] = [views[0]!, views[2]!];
    expect(three.bounds.w).toBeGreaterThan(one.bounds.w);
    expect(one.bounds.x + one.bounds.w / 2).toBeCloseTo(0);
  });

  it('offers one part per person on the cirkel van invloed: their pair of circles', () => {
    const owners = [
      { id: 'anna', name: 'Anna' },
      { id: 'bram', name: 'Bram' },
    ];
    const views = focusViews(layoutOf('cirkel-van-invloed', { owners }));
    expect(views.map((v) => v.id)).toEqual(['verzamelen', 'pair:anna', 'pair:bram', 'reflectie']);
    expect(views[1]?.label).toEqual({ nl: 'Anna', en: 'Anna' });
  });

  it('offers the scale first on a schaalvraag, then each question', () => {
    expect(ids('schaalvraag')).toEqual([
      'schaal:nu',
      'gelukt',
      'successen',
      'stapje-hoger',
      'volgende-stap',
      'reflectie',
    ]);
  });

  it('offers each topic’s meter on an energiemeter, then the areas', () => {
    expect(ids('energiemeter', { onderwerpen: 'Project\nTeam' })).toEqual([
      'schaal:onderwerp-1',
      'schaal:onderwerp-2',
      'geeft',
      'kost',
      'reflectie',
    ]);
  });

  it('has nothing for a blank board', () => {
    expect(ids('leeg-bord')).toEqual([]);
  });
});

describe('stepView', () => {
  const views = focusViews(layoutOf('klaag-en-jubelmuur'));

  it('goes from the whole board through every part and back', () => {
    const seen: (string | null)[] = [];
    let current: string | null = null;
    for (let i = 0; i < 5; i++) {
      current = stepView(views, current, 1)?.id ?? null;
      seen.push(current);
    }
    expect(seen).toEqual(['klaagmuur', 'jubelmuur', 'ambitie', 'reflectie', null]);
    expect(stepView(views, null, -1)?.id).toBe('reflectie');
  });
});
