/** Properties every registered werkvorm must have, checked over the whole registry. */
import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../cards/BoardCard.js';
import type { Localized } from '../i18n.js';
import type { Zone } from './Layout.js';
import { REFLECTIE_ZONE_ID } from './reflectie.js';
import { WERKVORMEN } from './registry.js';
import { settingsOrDefaults } from './SettingsSchema.js';

const NOW = new Date('2026-05-01T12:00:00Z');

function expectBothLanguages(text: Localized, what: string) {
  expect(text.nl.trim(), `${what} (nl)`).not.toBe('');
  expect(text.en.trim(), `${what} (en)`).not.toBe('');
}

/** A point well inside a zone. */
function insidePoint(zone: Zone) {
  switch (zone.kind) {
    case 'rect':
    case 'lane':
      return { x: zone.x + zone.w / 2, y: zone.y + zone.h / 2 };
    case 'circle':
      return { x: zone.cx, y: zone.cy };
    case 'ring':
      return { x: zone.cx, y: zone.cy - (zone.inner + zone.outer) / 2 };
  }
}

function kaartAt(point: { x: number; y: number }): BoardCard {
  return {
    id: 'shape:k',
    kind: 'kaart',
    x: point.x - 20,
    y: point.y - 20,
    w: 40,
    h: 40,
    text: 't',
    author: '',
    createdAt: null,
  };
}

describe.each(WERKVORMEN.map((werkvorm) => [werkvorm.id, werkvorm] as const))(
  '%s',
  (_id, werkvorm) => {
    const settings = werkvorm.settings.defaults(NOW);
    const layout = werkvorm.layout(settings);

    it('accepts its own defaults', () => {
      expect(werkvorm.settings.validate(settings)).toEqual({ ok: true, value: settings });
    });

    it('refuses settings that are not an object, with a message in both languages', () => {
      for (const input of [null, 'historielijn', 42]) {
        const result = werkvorm.settings.validate(input);
        expect(result.ok).toBe(false);
        if (!result.ok)
          for (const error of result.errors) expectBothLanguages(error.message, error.field);
      }
    });

    it('has a form field for every setting and a label for every field', () => {
      expect(werkvorm.settings.fields.map((field) => field.key).sort()).toEqual(
        Object.keys(settings as object).sort(),
      );
      for (const field of werkvorm.settings.fields) {
        expectBothLanguages(field.label, field.key);
        if (field.help) expectBothLanguages(field.help, `${field.key} help`);
        if (field.kind === 'select')
          for (const o of field.options) expectBothLanguages(o.label, o.value);
      }
    });

    it('falls back to the defaults for missing or broken stored settings', () => {
      expect(settingsOrDefaults(werkvorm.settings, undefined, NOW)).toEqual(settings);
      expect(settingsOrDefaults(werkvorm.settings, { thema: 42 }, NOW)).toEqual(settings);
      expect(settingsOrDefaults(werkvorm.settings, { thema: 'Samen' }, NOW)).toEqual({
        ...(settings as object),
        thema: 'Samen',
      });
    });

    it('has texts in Dutch and English for every step, prompt, zone and mark', () => {
      expectBothLanguages(werkvorm.name, 'name');
      expectBothLanguages(werkvorm.description, 'description');
      for (const step of werkvorm.steps) {
        expectBothLanguages(step.title, `${step.id} title`);
        expectBothLanguages(step.guidance, `${step.id} guidance`);
        expect(step.suggestedMinutes).toBeGreaterThan(0);
      }
      werkvorm.reflection.forEach((prompt, i) => expectBothLanguages(prompt, `prompt ${i}`));
      for (const zone of layout.zones) expectBothLanguages(zone.label, zone.id);
      for (const mark of layout.marks)
        if (mark.kind === 'text') expectBothLanguages(mark.text, 'mark');
    });

    it('shows the reflection prompts in its last step and has a reflectie zone for the answers', () => {
      if (werkvorm.reflection.length === 0) {
        expect(werkvorm.steps.some((step) => step.showsReflection)).toBe(false);
        return;
      }
      expect(werkvorm.steps.at(-1)?.showsReflection).toBe(true);
      expect(werkvorm.steps.filter((step) => step.showsReflection)).toHaveLength(1);
      expect(layout.zones.filter((zone) => zone.id === REFLECTIE_ZONE_ID)).toHaveLength(1);
    });

    it('has unique step and zone ids', () => {
      expect(new Set(werkvorm.steps.map((s) => s.id)).size).toBe(werkvorm.steps.length);
      expect(new Set(layout.zones.map((z) => z.id)).size).toBe(layout.zones.length);
    });

    it('classifies a card in the middle of each zone as that zone', () => {
      for (const zone of layout.zones) {
        expect(werkvorm.classify(kaartAt(insidePoint(zone)), layout).zoneId).toBe(zone.id);
      }
    });

    it('keeps every zone inside the layout bounds', () => {
      const { bounds } = layout;
      for (const zone of layout.zones) {
        const p = insidePoint(zone);
        expect(p.x).toBeGreaterThanOrEqual(bounds.x);
        expect(p.x).toBeLessThanOrEqual(bounds.x + bounds.w);
        expect(p.y).toBeGreaterThanOrEqual(bounds.y);
        expect(p.y).toBeLessThanOrEqual(bounds.y + bounds.h);
      }
    });

    it('moves nothing when the settings stay the same', () => {
      const cards = layout.zones.map((zone, i) => ({
        ...kaartAt(insidePoint(zone)),
        id: `shape:${i}`,
      }));
      expect(werkvorm.relayout(cards, layout, werkvorm.layout(settings))).toEqual([]);
    });

    it('harvests an empty board without cards', () => {
      const harvest = werkvorm.harvest([], [], settings);
      expect(harvest.werkvorm).toBe(werkvorm.id);
      expect(harvest.reflection.prompts).toEqual(werkvorm.reflection);
      for (const table of harvest.tables) {
        expectBothLanguages(table.title, table.id);
        for (const column of table.columns) expectBothLanguages(column.label, column.key);
      }
    });
  },
);

describe('registry', () => {
  it('registers the four werkvormen of the issue with their API ids', () => {
    expect(WERKVORMEN.map((w) => w.id)).toEqual(
      expect.arrayContaining([
        'historielijn',
        'klaag-en-jubelmuur',
        'stakeholdermap',
        'cirkel-van-invloed',
      ]),
    );
  });
});
