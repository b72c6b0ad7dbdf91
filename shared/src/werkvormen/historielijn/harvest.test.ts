import { describe, expect, it } from 'vitest';
import type { AnekdoteCard, BoardCard } from '../../cards/BoardCard.js';
import { parsePeriod, periodToIso, type Period } from '../../cards/period.js';
import { tableToCsv } from '../harvestCsv.js';
import { harvestHistorielijn } from './harvest.js';
import { historielijnLayout, placeOnAxis, xForDate } from './layout.js';
import { LayoutVersion } from '../layoutVersion.js';
import type { HistorielijnSettings } from './settings.js';

const settings: HistorielijnSettings = {
  period: { from: { year: 2011, month: null }, to: { year: 2026, month: null } },
  purpose: 'pas-op-de-plaats',
  thema: 'Samen verder',
  // The fixtures below are written for the first layout generation (reflectie below the lane).
  layoutVersion: LayoutVersion.Original,
};
const layout = historielijnLayout(settings);

function anekdote(id: string, date: string, story: string): AnekdoteCard {
  const period = parsePeriod(date) as Period;
  const { x, w } = placeOnAxis(period, 240, layout);
  return {
    id,
    kind: 'anekdote',
    x,
    y: 80,
    w,
    h: 160,
    period,
    title: `Titel ${id}`,
    story,
    author: 'Anna',
    createdAt: Date.UTC(2024, 0, 2),
  };
}

function kaart(id: string, text: string, x: number, y: number): BoardCard {
  return { id, kind: 'kaart', x, y, w: 200, h: 200, text, author: 'Bram', createdAt: null };
}

const joinedAt = (date: string) => xForDate(parsePeriod(date) as Period, layout) - 100;

const cards: BoardCard[] = [
  anekdote('late', '2022', 'De verhuizing.'),
  anekdote('early', 'maart 2012', 'De oerknal.'),
  anekdote('span', '2015-2017', 'De pilot.'),
  { ...anekdote('loose', '2019', 'Nog niet geplaatst.'), x: -3000 },
  { ...anekdote('undated', '2019', ''), x: -3000, period: null },
  kaart('note-on-axis', 'Afscheid van Carla', joinedAt('2018'), -400),
  kaart('kim', 'Kim', joinedAt('2016'), 720),
  kaart('ahmed', 'Ahmed', joinedAt('2011'), 720),
  kaart('answer-2', 'Elke twee jaar een nieuwe start', 500, 1500),
  kaart('answer-1', 'We leren van tegenslag', 100, 1300),
  kaart('empty-answer', '   ', 900, 1300),
  kaart('stray', 'Ergens anders', -3000, 3000),
];

describe('historielijn harvest', () => {
  const harvest = harvestHistorielijn(cards, [], settings, ['Mondeling: meer vieren']);
  const { result } = harvest;

  it('lists the anecdotes in date order with their stories, undated last', () => {
    expect(result.anekdotes.map((a) => a.id)).toEqual([
      'early',
      'span',
      'note-on-axis',
      'loose',
      'late',
      'undated',
    ]);
    expect(result.anekdotes.map((a) => (a.period ? periodToIso(a.period) : null))).toEqual([
      '2012-03',
      '2015/2017',
      '2018',
      '2019',
      '2022',
      null,
    ]);
    expect(result.anekdotes.find((a) => a.id === 'span')).toMatchObject({
      story: 'De pilot.',
      onAxis: true,
    });
    expect(result.anekdotes.find((a) => a.id === 'loose')).toMatchObject({ onAxis: false });
  });

  it('lists who joined in the order of joining', () => {
    expect(result.toetreding.map((t) => [t.name, periodToIso(t.period)])).toEqual([
      ['Ahmed', '2011'],
      ['Kim', '2016'],
    ]);
  });

  it('harvests the reflection answers on the board, then the ones given otherwise', () => {
    expect(harvest.reflection.answers.map((a) => a.text)).toEqual([
      'We leren van tegenslag',
      'Elke twee jaar een nieuwe start',
      'Mondeling: meer vieren',
    ]);
  });

  it('lists exactly the cards given, each once', () => {
    const ids = [
      ...result.anekdotes.map((a) => a.id),
      ...result.toetreding.map((t) => t.id),
      ...result.overig.map((o) => o.id),
      ...harvest.reflection.answers.flatMap((a) => (a.cardId ? [a.cardId] : [])),
    ];
    expect(ids.sort()).toEqual(cards.map((c) => c.id).sort());
    expect(result.overig.map((o) => o.id).sort()).toEqual(['empty-answer', 'stray']);
  });

  it('exports the anecdotes as a table with ISO dates and localized headers', () => {
    const table = harvest.tables.find((t) => t.id === 'anekdotes');
    expect(table?.rows).toHaveLength(6);
    expect(table && tableToCsv(table, 'nl').split('\r\n')[0]).toBe(
      'Datum,Titel,Verhaal,Auteur,Geschreven op',
    );
    expect(table && tableToCsv(table, 'en').split('\r\n')[1]).toMatch(
      /^2012-03,Titel early,De oerknal\.,Anna,2024-01-02T00:00:00.000Z$/,
    );
  });

  it('reports the purpose and thema', () => {
    expect(harvest.thema).toBe('Samen verder');
    expect(result.purpose).toEqual({
      nl: 'Een pas op de plaats maken',
      en: 'Pause and take stock',
    });
  });
});
