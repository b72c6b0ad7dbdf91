import {
  CARD_SIZE,
  Historielijn,
  findWerkvorm,
  parsePeriod,
  periodToIso,
  type AnekdoteCard,
  type Period,
  type Werkvorm,
} from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { dateSyncAction, type DatedCard } from './dateSync';

const werkvorm = findWerkvorm('historielijn') as Werkvorm;
const layout = werkvorm.layout({
  period: { from: { year: 2011, month: null }, to: { year: 2026, month: null } },
  purpose: 'evalueren',
  thema: '',
}) as Historielijn.HistorielijnLayout;

const period = (text: string) => parsePeriod(text) as Period;

/** An anekdote whose shape says `date`, lying where `at` (a date, or an x) puts it. */
function anekdote(date: string, at: string | number, y = -300): DatedCard {
  const w = CARD_SIZE.anekdote.w;
  const place =
    typeof at === 'number' ? { x: at - w / 2, w } : Historielijn.placeOnAxis(period(at), w, layout);
  const card: AnekdoteCard = {
    id: 'shape:a',
    kind: 'anekdote',
    ...place,
    y,
    h: CARD_SIZE.anekdote.h,
    period: date ? period(date) : null,
    title: '',
    story: '',
    author: '',
    createdAt: null,
  };
  return { card, date };
}

const moved = (from: DatedCard, dx: number, dy = 0): DatedCard => ({
  ...from,
  card: { ...from.card, x: from.card.x + dx, y: from.card.y + dy },
});
const redated = (from: DatedCard, date: string): DatedCard => ({
  card: { ...from.card, period: date ? period(date) : null } as AnekdoteCard,
  date,
});

/** Applies an action the way the editor would. */
function apply(card: DatedCard, action: ReturnType<typeof dateSyncAction>): DatedCard {
  if (action.kind === 'set-date') return redated(card, action.date);
  if (action.kind === 'move') {
    const { x, y, w } = action.move;
    return { ...card, card: { ...card.card, x, y, w: w ?? card.card.w } };
  }
  return card;
}

describe('dateSyncAction: dragging writes the date', () => {
  it('writes the year a card is dragged to', () => {
    const before = anekdote('2015', '2015');
    const after = moved(before, 2 * 240);
    expect(dateSyncAction(before, after, werkvorm, layout)).toEqual({
      kind: 'set-date',
      date: '2017',
    });
  });

  it('keeps a month card a month card, and a range a range', () => {
    const month = anekdote('2015-03', '2015-03');
    expect(dateSyncAction(month, moved(month, 20 * 2), werkvorm, layout)).toEqual({
      kind: 'set-date',
      date: '2015-05',
    });
    const range = anekdote('2015/2017', '2015/2017');
    expect(dateSyncAction(range, moved(range, 240), werkvorm, layout)).toEqual({
      kind: 'set-date',
      date: '2016/2018',
    });
  });

  it('writes nothing for a move within the same year (no store write per frame)', () => {
    const before = anekdote('2015', '2015');
    expect(dateSyncAction(before, moved(before, 30, 40), werkvorm, layout).kind).toBe('none');
  });

  it('dates an undated card dropped on the tijdbalk, at the layout precision', () => {
    const before = anekdote('', -2000);
    const after = { ...before, card: { ...before.card, x: 1000 } };
    const action = dateSyncAction(before, after, werkvorm, layout);
    expect(action.kind).toBe('set-date');
    expect(action.kind === 'set-date' && action.date).toMatch(/^\d{4}$/);
  });

  it('forces no date in the toetreding lane, in reflectie or off the board', () => {
    const before = anekdote('2015', '2015');
    for (const dy of [1000, 1800, 5000]) {
      expect(dateSyncAction(before, moved(before, 240, dy), werkvorm, layout).kind).toBe('none');
    }
  });
});

describe('dateSyncAction: typing a date moves the card', () => {
  it('moves a card to its new date, keeping its height above or below the axis', () => {
    const before = anekdote('2015', '2015', 100);
    const action = dateSyncAction(before, redated(before, '2020'), werkvorm, layout);
    expect(action).toEqual({
      kind: 'move',
      move: { id: 'shape:a', x: Historielijn.xForDate(period('2020'), layout) - 120, y: 100 },
    });
  });

  it('stretches a card over a range, and gives it its width back as a point', () => {
    const before = anekdote('2015', '2015');
    const asRange = apply(
      redated(before, '2015/2017'),
      dateSyncAction(before, redated(before, '2015/2017'), werkvorm, layout),
    );
    expect(asRange.card.w).toBe(3 * 240);
    const action = dateSyncAction(asRange, redated(asRange, '2019'), werkvorm, layout);
    expect(action.kind === 'move' && action.move.w).toBe(CARD_SIZE.anekdote.w);
  });

  it('puts a date outside the period just beyond that end of the axis, off the tijdbalk', () => {
    const before = anekdote('2015', '2015');
    const early = dateSyncAction(before, redated(before, '1999'), werkvorm, layout);
    expect(early.kind === 'move' && early.move.x + CARD_SIZE.anekdote.w).toBeLessThan(0);
    const late = dateSyncAction(before, redated(before, '2031'), werkvorm, layout);
    expect(late.kind === 'move' && late.move.x).toBeGreaterThan(layout.axis.x1);
  });

  it('does not move a card whose date is cleared, or that lies off the tijdbalk', () => {
    const before = anekdote('2015', '2015');
    expect(dateSyncAction(before, redated(before, ''), werkvorm, layout).kind).toBe('none');
    const inLane = moved(before, 0, 1000);
    expect(dateSyncAction(inLane, redated(inLane, '2020'), werkvorm, layout).kind).toBe('none');
  });
});

describe('dateSyncAction: loop guards', () => {
  it('stops after one step in either direction (fixed points)', () => {
    const dates = ['2011', '2015', '2026', '2015-03', '2012-01/2013-06', '2014/2016', '1990'];
    for (const date of dates) {
      const before = anekdote('2015', '2015');
      // Typing the date: one move, then the move asks for nothing more.
      const typed = redated(before, date);
      const placed = apply(typed, dateSyncAction(before, typed, werkvorm, layout));
      expect(dateSyncAction(typed, placed, werkvorm, layout), date).toEqual({ kind: 'none' });
    }
    for (const dx of [-700, -250, 13, 240, 2000]) {
      // Dragging: one date, then the new date asks for no move.
      const before = anekdote('2015', '2015');
      const dragged = moved(before, dx);
      const dated = apply(dragged, dateSyncAction(before, dragged, werkvorm, layout));
      expect(dateSyncAction(dragged, dated, werkvorm, layout), String(dx)).toEqual({
        kind: 'none',
      });
    }
  });

  it('leaves a change of place and date together alone (undo, redo, paste)', () => {
    const before = anekdote('2015', '2015');
    const both = redated(moved(before, 240), '2020');
    expect(dateSyncAction(before, both, werkvorm, layout).kind).toBe('none');
  });

  it('on creation: dates an undated card, places a dated one, leaves a consistent one', () => {
    expect(dateSyncAction(null, anekdote('', '2013'), werkvorm, layout)).toEqual({
      kind: 'set-date',
      date: '2013',
    });
    expect(dateSyncAction(null, anekdote('2019', '2013'), werkvorm, layout).kind).toBe('move');
    expect(dateSyncAction(null, anekdote('2013', '2013'), werkvorm, layout).kind).toBe('none');
  });

  it('writes canonical dates only', () => {
    const before = anekdote('2015', '2015');
    const action = dateSyncAction(before, moved(before, 240), werkvorm, layout);
    const date = action.kind === 'set-date' ? action.date : '';
    expect(periodToIso(period(date))).toBe(date);
  });
});
