/** Properties every registered werkvorm must have, checked over the whole registry. */
import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../cards/BoardCard.js';
import type { Localized } from '../i18n.js';
import type { Zone } from './Layout.js';
import { CURRENT_LAYOUT_VERSION, LayoutVersion } from './layoutVersion.js';
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
    // Boards keep the layout generation they were made with: check every generation in use.
    const generations = werkvorm.settings.legacy
      ? [settings, { ...(settings as object), ...werkvorm.settings.legacy }]
      : [settings];
    const layouts = generations.map((each) => werkvorm.layout(each));

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
      // The layout generation and what the begeleider's tools keep (`kept`) are not chosen in
      // the form: they have no field.
      const kept = new Set(['layoutVersion', ...(werkvorm.settings.kept ?? [])]);
      expect(werkvorm.settings.fields.map((field) => field.key).sort()).toEqual(
        Object.keys(settings as object)
          .filter((key) => !kept.has(key))
          .sort(),
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
        ...werkvorm.settings.legacy,
        thema: 'Samen',
      });
    });

    it('keeps stored settings from before layout generations on the first layout; new ones get the current', () => {
      const { layoutVersion, ...without } = settings as { layoutVersion?: number };
      if (layoutVersion === undefined) {
        expect(werkvorm.settings.legacy).toBeUndefined();
        return;
      }
      expect(layoutVersion).toBe(CURRENT_LAYOUT_VERSION);
      expect(settingsOrDefaults(werkvorm.settings, without, NOW)).toEqual({
        ...without,
        layoutVersion: LayoutVersion.Original,
      });
      expect(werkvorm.settings.validate(without)).toEqual({ ok: true, value: settings });
      expect(werkvorm.settings.validate({ ...without, layoutVersion: 7 }).ok).toBe(false);
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
      for (const each of layouts) {
        for (const zone of each.zones) expectBothLanguages(zone.label, zone.id);
        for (const mark of each.marks)
          if (mark.kind === 'text') expectBothLanguages(mark.text, 'mark');
      }
    });

    it('shows the reflection prompts in its last step and has a reflectie zone for the answers', () => {
      if (werkvorm.reflection.length === 0) {
        expect(werkvorm.steps.some((step) => step.showsReflection)).toBe(false);
        return;
      }
      expect(werkvorm.steps.at(-1)?.showsReflection).toBe(true);
      expect(werkvorm.steps.filter((step) => step.showsReflection)).toHaveLength(1);
      for (const each of layouts) {
        expect(each.zones.filter((zone) => zone.id === REFLECTIE_ZONE_ID)).toHaveLength(1);
      }
    });

    it('has unique step and zone ids', () => {
      expect(new Set(werkvorm.steps.map((s) => s.id)).size).toBe(werkvorm.steps.length);
      for (const each of layouts) {
        expect(new Set(each.zones.map((z) => z.id)).size).toBe(each.zones.length);
      }
    });

    it('classifies a card in the middle of each zone as that zone', () => {
      for (const each of layouts) {
        for (const zone of each.zones) {
          expect(werkvorm.classify(kaartAt(insidePoint(zone)), each).zoneId).toBe(zone.id);
        }
      }
    });

    it('keeps every zone inside the layout bounds', () => {
      for (const { bounds, zones } of layouts) {
        for (const zone of zones) {
          const p = insidePoint(zone);
          expect(p.x).toBeGreaterThanOrEqual(bounds.x);
          expect(p.x).toBeLessThanOrEqual(bounds.x + bounds.w);
          expect(p.y).toBeGreaterThanOrEqual(bounds.y);
          expect(p.y).toBeLessThanOrEqual(bounds.y + bounds.h);
        }
      }
    });

    it('moves nothing when the settings stay the same', () => {
      generations.forEach((each, g) => {
        const cards = layouts[g]!.zones.map((zone, i) => ({
          ...kaartAt(insidePoint(zone)),
          id: `shape:${i}`,
        }));
        expect(werkvorm.relayout(cards, layouts[g]!, werkvorm.layout(each))).toEqual([]);
      });
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
