import { CARD_SIZE, Historielijn, findWerkvorm, type Werkvorm } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { initialAnekdoteDate } from './initialDate';

const historielijn = findWerkvorm('historielijn') as Werkvorm;
const layout = historielijn.layout(
  historielijn.settings.defaults(),
) as Historielijn.HistorielijnLayout;
const { w, h } = CARD_SIZE.anekdote;

/** A new card centred on (x, y). */
const at = (x: number, y: number) => ({ x: x - w / 2, y: y - h / 2, w, h });

describe('initialAnekdoteDate', () => {
  it('gives a card made on the tijdbalk the date of its position', () => {
    const x = (layout.axis.x0 + layout.axis.x1) / 2;
    const date = initialAnekdoteDate(at(x, layout.axis.y - 150), historielijn, layout);
    expect(date).toMatch(/^\d{4}(-\d{2})?$/);
    const card = { ...at(x, layout.axis.y - 150), kind: 'anekdote' as const };
    const placement = historielijn.classify(
      { ...card, id: 'shape:x', period: null, title: '', story: '', author: '', createdAt: null },
      layout,
    );
    expect(placement.zoneId).toBe(Historielijn.TIJDBALK_ZONE_ID);
  });

  it('gives no date elsewhere', () => {
    expect(initialAnekdoteDate(at(layout.axis.x0, 100_000), historielijn, layout)).toBe('');
    const muur = findWerkvorm('klaag-en-jubelmuur') as Werkvorm;
    const muurLayout = muur.layout(muur.settings.defaults());
    expect(initialAnekdoteDate(at(0, 0), muur, muurLayout)).toBe('');
  });
});
