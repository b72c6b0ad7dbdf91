import { WERKVORMEN, findWerkvorm, type Bounds, type Werkvorm } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import {
  FIT_INSET,
  OPENING_MIN_ZOOM,
  boardBounds,
  fitCamera,
  openingCamera,
  readableZoom,
  sameCamera,
} from './camera';

const limits = { min: 0.1, max: 8 };
const projector = { w: 1920, h: 1000 };
const phone = { w: 390, h: 700 };
const werkvorm = (id: string) => findWerkvorm(id) as Werkvorm;
const layoutOf = (id: string, settings?: unknown) => {
  const w = werkvorm(id);
  return w.layout(settings ?? w.settings.defaults());
};

/** The page rectangle a camera shows on a viewport. */
function shown(camera: { x: number; y: number; z: number }, viewport: { w: number; h: number }) {
  return {
    x: -camera.x,
    y: -camera.y,
    w: viewport.w / camera.z,
    h: viewport.h / camera.z,
  };
}
const contains = (outer: Bounds, inner: Bounds) =>
  inner.x >= outer.x - 1e-6 &&
  inner.y >= outer.y - 1e-6 &&
  inner.x + inner.w <= outer.x + outer.w + 1e-6 &&
  inner.y + inner.h <= outer.y + outer.h + 1e-6;

describe('fitCamera', () => {
  it('shows the bounds whole and centred, with an inset', () => {
    const bounds = { x: -100, y: 50, w: 4000, h: 1000 };
    const camera = fitCamera(bounds, projector, limits);
    expect(contains(shown(camera, projector), bounds)).toBe(true);
    expect(camera.z).toBeCloseTo((1920 - 2 * FIT_INSET) / 4000);
    const view = shown(camera, projector);
    expect(view.x + view.w / 2).toBeCloseTo(1900);
  });

  it('keeps what it fits clear of the panels', () => {
    const insets = { top: 100, right: 0, bottom: 200, left: 0 };
    const bounds = { x: 0, y: 0, w: 100, h: 1000 };
    const camera = fitCamera(bounds, { ...phone, insets }, limits);
    // Screen y of the top and bottom edges.
    expect((bounds.y + camera.y) * camera.z).toBeCloseTo(100 + FIT_INSET);
    expect((bounds.y + bounds.h + camera.y) * camera.z).toBeCloseTo(700 - 200 - FIT_INSET);
  });

  it('keeps within the zoom limits', () => {
    expect(fitCamera({ x: 0, y: 0, w: 10, h: 10 }, phone, { min: 0.1, max: 1 }).z).toBe(1);
    expect(fitCamera({ x: 0, y: 0, w: 1e6, h: 10 }, phone, limits).z).toBe(0.1);
  });
});

describe('openingCamera', () => {
  // Every werkvorm without an opening band (the historielijn's tijdbalk), from the registry.
  const withoutBand = WERKVORMEN.map((w) => w.id).filter((id) => !layoutOf(id).openingBand);

  it('covers the werkvormen without an opening band', () => {
    expect(withoutBand).toContain('klaag-en-jubelmuur');
    expect(withoutBand).not.toContain('historielijn');
  });

  it.each(withoutBand)(
    '%s opens on its whole layout and the cards, never above full size',
    (id) => {
      const layout = layoutOf(id);
      const card = { x: 5000, y: 5000, w: 200, h: 200 };
      for (const viewport of [projector, phone]) {
        const camera = openingCamera(layout, card, viewport, limits);
        expect(camera.z).toBeLessThanOrEqual(1);
        // A blank board has no zone to open on: it shows everything.
        if (layout.zones.length > 0) expect(camera.z).toBeGreaterThanOrEqual(OPENING_MIN_ZOOM);
        const all = boardBounds(layout, card);
        if (camera.z > limits.min && (camera.z > OPENING_MIN_ZOOM || layout.zones.length === 0))
          expect(contains(shown(camera, viewport), all)).toBe(true);
      }
    },
  );

  it('opens a board too big for a phone readably, on its first zone', () => {
    const layout = layoutOf('stakeholdermap');
    const camera = openingCamera(layout, null, phone, limits);
    expect(camera.z).toBe(OPENING_MIN_ZOOM);
    const view = shown(camera, phone);
    const centre = { x: view.x + view.w / 2, y: view.y + view.h / 2 };
    const first = layout.zones[0]!;
    expect(first.id).toBe('centrum');
    expect(
      first.kind === 'circle' && Math.hypot(centre.x - first.cx, centre.y - first.cy),
    ).toBeLessThan(40);
  });

  it('opens the historielijn on the tijdbalk band, at its start, readable', () => {
    const layout = layoutOf('historielijn', {
      period: { from: { year: 1980, month: null }, to: { year: 2025, month: null } },
      purpose: 'evalueren',
      thema: '',
    });
    for (const viewport of [projector, phone]) {
      const camera = openingCamera(layout, null, viewport, limits);
      const view = shown(camera, viewport);
      // The band from its title to well below the axis is in view (all of it on a projector)…
      expect(view.y).toBeLessThanOrEqual(-640 - 60);
      expect(view.y + view.h).toBeGreaterThanOrEqual(viewport === projector ? 640 : 400);
      // …the axis starts at the left edge…
      expect(view.x).toBeLessThan(0);
      expect(view.x).toBeGreaterThan(-200);
      // …and tick labels (24 page units) are at least 12 screen pixels.
      expect(24 * camera.z).toBeGreaterThanOrEqual(12);
    }
  });

  it('opens a short period, labelled in months, at a zoom where month labels are readable', () => {
    const layout = layoutOf('historielijn', {
      period: { from: { year: 2024, month: 9 }, to: { year: 2025, month: 12 } },
      purpose: 'evalueren',
      thema: '',
    });
    expect(readableZoom(layout, 0)).toBeCloseTo(12 / 18);
    const camera = openingCamera(layout, null, projector, limits);
    expect(camera.z).toBeCloseTo(12 / 18);
    const view = shown(camera, projector);
    expect(view.y + view.h).toBeGreaterThan(120);
  });

  it('shows the axis itself on a short screen', () => {
    const layout = layoutOf('historielijn');
    const landscape = { w: 844, h: 300 };
    const view = shown(openingCamera(layout, null, landscape, limits), landscape);
    expect(view.y).toBeLessThan(-100);
    expect(view.y + view.h).toBeGreaterThan(100);
  });

  it('centres a historielijn whose whole axis fits', () => {
    const layout = layoutOf('historielijn', {
      period: { from: { year: 2024, month: 1 }, to: { year: 2024, month: 12 } },
      purpose: 'evalueren',
      thema: '',
    });
    const wide = { w: 4000, h: 1000 };
    const view = shown(openingCamera(layout, null, wide, limits), wide);
    expect(view.x + view.w / 2).toBeCloseTo(1200);
  });
});

describe('sameCamera', () => {
  it('ignores sub-pixel noise only', () => {
    expect(sameCamera({ x: 1, y: 2, z: 0.5 }, { x: 1.2, y: 2, z: 0.5 })).toBe(true);
    expect(sameCamera({ x: 1, y: 2, z: 0.5 }, { x: 3, y: 2, z: 0.5 })).toBe(false);
    expect(sameCamera({ x: 1, y: 2, z: 0.5 }, { x: 1, y: 2, z: 0.6 })).toBe(false);
  });
});
