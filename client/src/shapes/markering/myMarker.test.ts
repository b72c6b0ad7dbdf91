import { findWerkvorm, type Layout } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { meterNear, metersOf } from './myMarker';

const layoutOf = (id: string, settings?: unknown): Layout => {
  const werkvorm = findWerkvorm(id)!;
  return werkvorm.layout(settings ?? werkvorm.settings.defaults());
};

describe('the scale a click means', () => {
  const two = layoutOf('energiemeter', { thema: '', onderwerpen: 'Project\nTeam', rondes: [] });
  const [project, team] = metersOf(two);

  it('is the scale it lies on, else the nearest one above or below', () => {
    expect(meterNear(two, { x: 500, y: project!.axisY })?.id).toBe(project!.id);
    expect(meterNear(two, { x: 500, y: team!.axisY })?.id).toBe(team!.id);
    expect(meterNear(two, { x: 500, y: -5000 })?.id).toBe(project!.id);
    expect(meterNear(two, { x: 500, y: 50_000 })?.id).toBe(team!.id);
  });

  it('is none on a board without scales', () => {
    expect(metersOf(layoutOf('klaag-en-jubelmuur'))).toEqual([]);
    expect(meterNear(layoutOf('klaag-en-jubelmuur'), { x: 0, y: 0 })).toBeNull();
  });
});
