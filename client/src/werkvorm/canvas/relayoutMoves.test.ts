import {
  Historielijn,
  findWerkvorm,
  parsePeriod,
  type AnekdoteCard,
  type BoardCard,
  type Period,
  type Werkvorm,
} from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { applyMovesToCards } from './moves';
import { relayoutMoves } from './relayoutMoves';

const historielijn = findWerkvorm('historielijn') as Werkvorm;
const settings = (from: number, to: number) => ({
  period: { from: { year: from, month: null }, to: { year: to, month: null } },
  purpose: 'evalueren',
  thema: '',
});

function anekdote(id: string, date: string, layout: Historielijn.HistorielijnLayout): AnekdoteCard {
  const period = parsePeriod(date) as Period;
  return {
    id,
    kind: 'anekdote',
    ...Historielijn.placeOnAxis(period, 240, layout),
    y: -300,
    h: 160,
    period,
    title: id,
    story: '',
    author: '',
    createdAt: null,
  };
}

const overlaps = (a: BoardCard, b: BoardCard) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('relayoutMoves', () => {
  const old = historielijn.layout(settings(2011, 2026)) as Historielijn.HistorielijnLayout;

  it('keeps every date when the period grows, and no two cards cover each other', () => {
    const cards = ['2012', '2014', '2015', '2016', '2020'].map((date, i) =>
      anekdote(`a${i}`, date, old),
    );
    const next = historielijn.layout(settings(1970, 2026));
    const moved = applyMovesToCards(
      cards,
      relayoutMoves(historielijn, cards, settings(2011, 2026), settings(1970, 2026)),
    );
    moved.forEach((card, i) => {
      expect(historielijn.classify(card, next).period).toEqual(cards[i]?.period);
    });
    for (let i = 0; i < moved.length; i++) {
      for (let j = i + 1; j < moved.length; j++) {
        expect(overlaps(moved[i] as BoardCard, moved[j] as BoardCard)).toBe(false);
      }
    }
  });

  it('keeps a stakeholder in its ring when a ring is added', () => {
    const stakeholdermap = findWerkvorm('stakeholdermap') as Werkvorm;
    const before = { initiative: '', rings: 2, thema: '' };
    const after = { initiative: '', rings: 3, thema: '' };
    const oldLayout = stakeholdermap.layout(before);
    const ring = oldLayout.zones.find((zone) => zone.kind === 'ring');
    if (!ring || ring.kind !== 'ring') throw new Error('no ring');
    const r = (ring.inner + ring.outer) / 2;
    const cards: BoardCard[] = [
      {
        id: 's',
        kind: 'stakeholder',
        x: ring.cx + r - 110,
        y: ring.cy - 75,
        w: 220,
        h: 150,
        name: 'Gemeente',
        belangen: '',
        tags: [],
        author: '',
        createdAt: null,
      },
    ];
    const zoneBefore = stakeholdermap.classify(cards[0] as BoardCard, oldLayout).zoneId;
    const moved = applyMovesToCards(cards, relayoutMoves(stakeholdermap, cards, before, after));
    expect(
      stakeholdermap.classify(moved[0] as BoardCard, stakeholdermap.layout(after)).zoneId,
    ).toBe(zoneBefore);
  });
});
