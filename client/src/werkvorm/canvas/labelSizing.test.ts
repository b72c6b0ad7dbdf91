import { findWerkvorm, type Werkvorm, type Zone } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { growingFontSize, headingCap, ringLabelArc, zoneLabelCap } from './labelSizing';

const layoutOf = (id: string) => {
  const werkvorm = findWerkvorm(id) as Werkvorm;
  return werkvorm.layout(werkvorm.settings.defaults());
};

describe('zone labels that grow when zoomed out', () => {
  it('keeps the base size without the zoom property (previews)', () => {
    expect(growingFontSize(24, 80, 14)).toBe(
      'min(80px, max(24px, calc(14px * var(--werkvorm-inverse-zoom, 0))))',
    );
  });

  it('never caps below the base size', () => {
    expect(growingFontSize(24, 10, 14)).toMatch(/^min\(24px,/);
  });

  it('lets a wall label grow, but keeps it inside the wall', () => {
    const wall = layoutOf('klaag-en-jubelmuur').zones.find((z) => z.id === 'klaagmuur') as Zone;
    const cap = zoneLabelCap(wall, 'Klaagmuur');
    expect(cap).toBeGreaterThan(60);
    if (wall.kind !== 'rect') throw new Error('wall is a rect');
    expect(cap / 2).toBeLessThanOrEqual(wall.labelAt.y - wall.y);
  });

  it('keeps a long label within a narrow zone', () => {
    const zone: Zone = {
      id: 'z',
      kind: 'rect',
      x: 0,
      y: 0,
      w: 400,
      h: 400,
      label: { nl: '', en: '' },
      labelAt: { x: 24, y: 48 },
      color: null,
    };
    const text = 'Een heel lange zonenaam';
    expect(zoneLabelCap(zone, text) * text.length * 0.55).toBeLessThanOrEqual(400 - 48 + 1e-6);
  });

  it('keeps circle labels within the chord at their height', () => {
    for (const zone of layoutOf('cirkel-van-invloed').zones) {
      if (zone.kind !== 'circle' && zone.kind !== 'ring') continue;
      const cap = zoneLabelCap(zone, zone.label.nl);
      const r = zone.kind === 'circle' ? zone.r : zone.outer;
      expect(cap * zone.label.nl.length * 0.55).toBeLessThanOrEqual(2 * r);
    }
  });

  it('curves a ring label along the middle of its ring, no thicker than the ring', () => {
    for (const zone of layoutOf('stakeholdermap').zones) {
      if (zone.kind !== 'ring') continue;
      const text = zone.label.nl;
      const cap = zoneLabelCap(zone, text);
      const { r } = ringLabelArc(zone);
      expect(r).toBe((zone.inner + zone.outer) / 2);
      expect(cap).toBeLessThanOrEqual(0.55 * (zone.outer - zone.inner));
      expect(cap * text.length * 0.55).toBeLessThanOrEqual(Math.PI * r);
      // Readable: at least 30 page units, so 14 px on screen from a zoom of about 0.45.
      expect(cap).toBeGreaterThanOrEqual(30);
    }
  });

  it('lets headings double', () => {
    expect(headingCap(36)).toBe(72);
  });
});
