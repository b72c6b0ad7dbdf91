import { describe, expect, it } from 'vitest';
import { DEFAULT_SHAPE_PROPS } from '../cards/shapeProps.js';
import type { Harvest, HarvestTable } from './Harvest.js';
import { harvestBoard } from './harvestBoard.js';
import { harvestToMarkdown } from './harvestMarkdown.js';
import { historielijn, xForDate } from './historielijn/index.js';
import type { HistorielijnSettings } from './historielijn/settings.js';

const table: HarvestTable = {
  id: 't',
  title: { nl: 'Kaarten', en: 'Cards' },
  columns: [
    { key: 'tekst', label: { nl: 'Tekst', en: 'Text' } },
    { key: 'soort', label: { nl: 'Soort', en: 'Kind' } },
  ],
  rows: [
    ['Gewoon', { nl: 'kaart', en: 'card' }],
    ['Met "aanhalingstekens", komma\nen regel', 'x'],
    ['Pijp | en \\ streep', 'y'],
  ],
};

const options = { title: 'Bord', language: 'nl', timeZone: 'Europe/Amsterdam' } as const;

describe('harvestToMarkdown', () => {
  it('writes tables whose cells cannot break the table', () => {
    const harvest: Harvest = {
      werkvorm: 'leeg-bord',
      thema: 'Ons | thema',
      result: null,
      reflection: { prompts: [], answers: [] },
      tables: [table],
      settings: [
        {
          key: 'thema',
          label: { nl: 'Thema', en: 'Theme' },
          value: { nl: 'Ons | thema', en: 'Ons | thema' },
        },
      ],
    };
    const markdown = harvestToMarkdown(harvest, options);
    expect(markdown).toContain('**Thema:** Ons \\| thema');
    expect(markdown).toContain(
      '## Kaarten\n\n| Tekst | Soort |\n| --- | --- |\n| Gewoon | kaart |',
    );
    expect(markdown).toContain('| Met "aanhalingstekens", komma<br>en regel | x |');
    expect(markdown).toContain('| Pijp \\| en \\\\ streep | y |');
  });

  describe('a historielijn', () => {
    const settings: HistorielijnSettings = {
      period: { from: { year: 2015, month: null }, to: { year: 2021, month: 6 } },
      purpose: 'pas-op-de-plaats',
      thema: 'Tien jaar buurtteam',
    };
    const layout = historielijn.layout(settings);
    const march2020 = { kind: 'point', at: { year: 2020, month: 3 } } as const;
    const records = [
      {
        id: 'shape:a',
        typeName: 'shape',
        type: 'werkbord-anekdote',
        x: xForDate(march2020, layout) - 120,
        y: -200,
        rotation: 0,
        parentId: 'page:page',
        props: {
          ...DEFAULT_SHAPE_PROPS.anekdote,
          title: 'De lockdown',
          story: 'Alles online.',
          date: '2020-03',
          author: 'Ayşe Yıldız',
          createdAt: Date.parse('2026-12-03T13:05:00Z'),
        },
        meta: {},
      },
    ];
    const harvest = harvestBoard(historielijn, records, settings);

    it('writes dates the Dutch way, in the reader’s time zone', () => {
      const markdown = harvestToMarkdown(harvest, options);
      expect(markdown).toContain(
        '| maart 2020 | De lockdown | Alles online. | Ayşe Yıldız | 3 december 2026, 14:05 |',
      );
      expect(markdown).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
      expect(harvestToMarkdown(harvest, { ...options, timeZone: 'UTC' })).toContain(
        '3 december 2026, 13:05',
      );
      expect(harvestToMarkdown(harvest, { ...options, language: 'en' })).toContain(
        '| March 2020 | De lockdown |',
      );
    });

    it('carries the werkvorm, its settings and who wrote on the board', () => {
      const markdown = harvestToMarkdown(harvest, { ...options, werkvormName: historielijn.name });
      expect(markdown).toContain(
        [
          '**Werkvorm:** Historielijn',
          '**Periode:** 2015 – juni 2021',
          '**Doel:** Een pas op de plaats maken',
          '**Thema:** Tien jaar buurtteam',
          '**Deelnemers:** Ayşe Yıldız',
        ].join('  \n'),
      );
    });

    it('leaves an empty table at one line instead of an empty grid', () => {
      const markdown = harvestToMarkdown(harvest, options);
      expect(markdown).toContain('## Volgorde van toetreding\n\n_Nog niets._');
      expect(markdown).not.toContain('| Volgorde | Naam | Datum |');
      expect(harvestToMarkdown(harvest, { ...options, language: 'en' })).toContain(
        '_Nothing yet._',
      );
    });
  });
});
