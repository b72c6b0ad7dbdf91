import { describe, expect, it } from 'vitest';
import type { AnekdoteCard, BoardCard } from '../../cards/BoardCard.js';
import { parsePeriod, type Period } from '../../cards/period.js';
import { findZone } from '../Layout.js';
import { LayoutVersion } from '../layoutVersion.js';
import { REFLECTIE_ZONE_ID } from '../reflectie.js';
import type { CardMove } from '../Werkvorm.js';
import { arrangeAnecdotes } from './arrange.js';
import { classifyHistorielijn, relayoutCards } from './classify.js';
import { historielijnLayout, placeOnAxis, xForDate, type HistorielijnLayout } from './layout.js';
import type { HistorielijnSettings } from './settings.js';

function settings(from: string, to: string): HistorielijnSettings {
  const read = (text: string) => {
    const period = parsePeriod(text);
    if (period?.kind !== 'point') throw new Error(text);
    return period.at;
  };
  return { period: { from: read(from), to: read(to) }, purpose: 'evalueren', thema: '' };
}

const layout = historielijnLayout(settings('2011', '2026'));

/** An anecdote with this date, placed on the axis where its date says, above it. */
function anekdoteAt(id: string, date: string, on: HistorielijnLayout = layout): AnekdoteCard {
  const period = parsePeriod(date) as Period;
  const { x, w } = placeOnAxis(period, 240, on);
  return {
    id,
    kind: 'anekdote',
    x,
    y: -300,
    w,
    h: 160,
    period,
    title: id,
    story: '',
    author: '',
    createdAt: null,
  };
}

function kaart(id: string, x: number, y: number): BoardCard {
  return { id, kind: 'kaart', x, y, w: 200, h: 200, text: id, author: '', createdAt: null };
}

function apply(cards: readonly BoardCard[], moves: readonly CardMove[]): BoardCard[] {
  return cards.map((card) => {
    const move = moves.find((m) => m.id === card.id);
    return move ? { ...card, x: move.x, y: move.y, w: move.w ?? card.w } : card;
  });
}

describe('historielijn classify', () => {
  it.each([
    '2011',
    '2015',
    '2026',
    'maart 2015',
    'december 2020',
    '2015-2017',
    'mrt 2015 - jun 2016',
  ])('reads %j back from the place of a card with that date', (date) => {
    const placement = classifyHistorielijn(anekdoteAt('a', date), layout);
    expect(placement.zoneId).toBe('tijdbalk');
    expect(placement.period).toEqual(parsePeriod(date));
  });

  it('changes the date when the card is dragged along the axis', () => {
    const card = anekdoteAt('a', '2015');
    const moved = { ...card, x: card.x + 2 * 240 };
    expect(classifyHistorielijn(moved, layout).period).toEqual(parsePeriod('2017'));
    expect(classifyHistorielijn(moved, layout).label).toEqual({ nl: '2017', en: '2017' });
  });

  it('labels a month card with its month in both languages', () => {
    expect(classifyHistorielijn(anekdoteAt('a', 'maart 2015'), layout).label).toEqual({
      nl: 'maart 2015',
      en: 'March 2015',
    });
  });

  it('dates a note on the tijdbalk at the layout precision', () => {
    const x = xForDate(parsePeriod('2019') as Period, layout) - 100;
    expect(classifyHistorielijn(kaart('k', x, 100), layout).period).toEqual(parsePeriod('2019'));
  });

  it('gives a card in the joining lane the moment at its x', () => {
    const x = xForDate(parsePeriod('2013') as Period, layout) - 100;
    const placement = classifyHistorielijn(kaart('k', x, 720), layout);
    expect(placement).toMatchObject({ zoneId: 'toetreding', period: parsePeriod('2013') });
  });

  it('gives a card off the board no meaning and a card in reflectie the reflectie zone', () => {
    expect(classifyHistorielijn(kaart('k', -2000, 0), layout)).toEqual({
      zoneId: null,
      label: { nl: '', en: '' },
      color: null,
    });
    for (const generation of [LayoutVersion.Original, LayoutVersion.Landscape]) {
      const each = historielijnLayout({ ...settings('2011', '2026'), layoutVersion: generation });
      const zone = findZone(each, REFLECTIE_ZONE_ID);
      if (zone?.kind !== 'rect') throw new Error('no reflectie');
      const answer = kaart('k', zone.x + zone.w / 2 - 100, zone.y + zone.h / 2 - 100);
      expect(classifyHistorielijn(answer, each).zoneId).toBe('reflectie');
    }
  });
});

describe('historielijn relayout', () => {
  const dates = ['2011', '2015', 'juni 2020', '2014-2016', '2026'];

  it('keeps every anecdote at its date when the period starts earlier', () => {
    const cards = dates.map((date, i) => anekdoteAt(`a${i}`, date));
    const wider = historielijnLayout(settings('2005', '2026'));
    const moves = relayoutCards(cards, layout, wider);
    expect(moves).toHaveLength(cards.length);
    for (const card of apply(cards, moves)) {
      expect(classifyHistorielijn(card, wider).period).toEqual((card as AnekdoteCard).period);
    }
  });

  it('keeps dates, and stretches range cards, when the scale changes', () => {
    const cards = dates.map((date, i) => anekdoteAt(`a${i}`, date));
    const long = historielijnLayout(settings('1970', '2026'));
    expect(long.axis.pxPerMonth).toBeLessThan(layout.axis.pxPerMonth);
    const moved = apply(cards, relayoutCards(cards, layout, long));
    for (const card of moved) {
      expect(classifyHistorielijn(card, long).period).toEqual((card as AnekdoteCard).period);
    }
    const range = moved.find((card) => card.id === 'a3');
    expect(range?.w).toBeCloseTo(3 * 12 * long.axis.pxPerMonth);
  });

  it('moves nothing when the period only grows at its end at the same scale', () => {
    const cards = dates.map((date, i) => anekdoteAt(`a${i}`, date));
    const later = historielijnLayout(settings('2011', '2030'));
    expect(relayoutCards(cards, layout, later)).toEqual([]);
  });

  it('keeps a card in the joining lane at its moment', () => {
    const x = xForDate(parsePeriod('2013') as Period, layout) - 100;
    const cards = [kaart('k', x, 720)];
    const wider = historielijnLayout(settings('2001', '2026'));
    const [moved] = apply(cards, relayoutCards(cards, layout, wider));
    expect(classifyHistorielijn(moved as BoardCard, wider)).toMatchObject({
      zoneId: 'toetreding',
      period: parsePeriod('2013'),
    });
  });

  it('leaves an anecdote beyond the axis when the period no longer covers its date', () => {
    const cards = [anekdoteAt('a', '2012')];
    const shorter = historielijnLayout(settings('2015', '2026'));
    const [moved] = apply(cards, relayoutCards(cards, layout, shorter));
    expect(classifyHistorielijn(moved as BoardCard, shorter).zoneId).toBeNull();
  });
});

describe('arrangeAnecdotes', () => {
  const overlaps = (a: BoardCard, b: BoardCard) =>
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
  const crowd = ['2015', '2015', 'mrt 2015', 'jun 2015', '2016', '2015-2017', '2020'].map(
    (date, i) => anekdoteAt(`a${i}`, date),
  );

  it('stops cards at close dates from covering each other', () => {
    expect(crowd.some((a, i) => crowd.slice(i + 1).some((b) => overlaps(a, b)))).toBe(true);
    const arranged = apply(crowd, arrangeAnecdotes(crowd, layout));
    for (let i = 0; i < arranged.length; i++) {
      for (let j = i + 1; j < arranged.length; j++) {
        expect(overlaps(arranged[i] as BoardCard, arranged[j] as BoardCard), `${i} and ${j}`).toBe(
          false,
        );
      }
    }
  });

  it('changes no date and keeps every card on the tijdbalk', () => {
    const arranged = apply(crowd, arrangeAnecdotes(crowd, layout));
    arranged.forEach((card, i) => {
      expect(card.x).toBe(crowd[i]?.x);
      expect(classifyHistorielijn(card, layout).period).toEqual((card as AnekdoteCard).period);
    });
  });

  it('gives the same rows whatever the order of the cards', () => {
    const once = arrangeAnecdotes(crowd, layout);
    const reversed = arrangeAnecdotes([...crowd].reverse(), layout);
    const byId = (moves: CardMove[]) => [...moves].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(reversed)).toEqual(byId(once));
    expect(arrangeAnecdotes(apply(crowd, once), layout)).toEqual([]);
  });

  it('leaves cards off the tijdbalk alone', () => {
    expect(arrangeAnecdotes([kaart('k', 100, 720), kaart('r', 100, 1200)], layout)).toEqual([]);
  });
});
