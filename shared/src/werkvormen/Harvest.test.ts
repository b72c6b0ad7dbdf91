import { describe, expect, it } from 'vitest';
import { harvestToMarkdown, tableToCsv, type Harvest, type HarvestTable } from './Harvest.js';

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

describe('harvest export', () => {
  it('writes CSV with quoting where a field needs it, in the chosen language', () => {
    expect(tableToCsv(table, 'en')).toBe(
      'Text,Kind\r\nGewoon,card\r\n"Met ""aanhalingstekens"", komma\nen regel",x\r\nPijp | en \\ streep,y\r\n',
    );
    expect(tableToCsv(table, 'nl').startsWith('Tekst,Soort\r\nGewoon,kaart\r\n')).toBe(true);
  });

  it('writes Markdown tables whose cells cannot break the table', () => {
    const harvest: Harvest = {
      werkvorm: 'leeg-bord',
      thema: 'Ons | thema',
      result: null,
      reflection: { prompts: [], answers: [] },
      tables: [table],
    };
    const markdown = harvestToMarkdown(harvest, 'Bord', 'nl');
    expect(markdown).toContain('**Thema:** Ons \\| thema');
    expect(markdown).toContain(
      '## Kaarten\n\n| Tekst | Soort |\n| --- | --- |\n| Gewoon | kaart |',
    );
    expect(markdown).toContain('| Met "aanhalingstekens", komma<br>en regel | x |');
    expect(markdown).toContain('| Pijp \\| en \\\\ streep | y |');
  });
});
