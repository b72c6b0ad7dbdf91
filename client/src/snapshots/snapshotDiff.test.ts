import {
  CirkelVanInvloed,
  findWerkvorm,
  Historielijn,
  parsePeriod,
  Stakeholdermap,
  zoneBounds,
  type BoardCard,
  type Layout,
  type Period,
  type Point,
  type Werkvorm,
} from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { diffSnapshots, type SnapshotSide } from './snapshotDiff';

const W = 100;
const H = 80;

function kaart(id: string, centre: Point, text = id): BoardCard {
  return {
    id,
    kind: 'kaart',
    x: centre.x - W / 2,
    y: centre.y - H / 2,
    w: W,
    h: H,
    text,
    author: '',
    createdAt: null,
  };
}

function zoneCentre(layout: Layout, index: number): Point {
  const bounds = zoneBounds(layout.zones[index]!);
  return { x: bounds.x + bounds.w / 2, y: bounds.y + bounds.h / 2 };
}

function sideOf(werkvorm: Werkvorm, layout: Layout) {
  return (cards: BoardCard[]): SnapshotSide => ({ cards, werkvorm, layout });
}

describe('diffSnapshots: klaag- en jubelmuur', () => {
  const werkvorm = findWerkvorm('klaag-en-jubelmuur') as Werkvorm;
  const layout = werkvorm.layout(werkvorm.settings.defaults());
  const side = sideOf(werkvorm, layout);
  const klaag = zoneCentre(layout, 0);
  const jubel = zoneCentre(layout, 1);

  it('names the cards added and removed, with where they lie', () => {
    const diff = diffSnapshots(
      side([kaart('a', klaag, 'Te veel overleg')]),
      side([kaart('b', jubel, 'Goede sfeer')]),
    );
    expect(diff.added).toEqual([
      { id: 'b', text: 'Goede sfeer', place: { nl: 'jubelmuur', en: 'cheer wall' } },
    ]);
    expect(diff.removed).toEqual([
      { id: 'a', text: 'Te veel overleg', place: { nl: 'klaagmuur', en: 'complaint wall' } },
    ]);
    expect(diff).toMatchObject({ moved: [], unchanged: 0 });
  });

  it('names each card that moved between zones, from where to where', () => {
    const before = side([kaart('a', klaag, 'Eén'), kaart('b', klaag, 'Twee'), kaart('c', klaag)]);
    const after = side([
      kaart('a', jubel, 'Eén'),
      kaart('b', { x: jubel.x + 150, y: jubel.y }, 'Twee'),
      kaart('c', { x: klaag.x + 40, y: klaag.y + 30 }),
    ]);
    const diff = diffSnapshots(before, after);
    expect(diff.unchanged).toBe(1);
    expect(diff.moved).toEqual([
      expect.objectContaining({ text: 'Eén', from: { nl: 'klaagmuur', en: 'complaint wall' } }),
      expect.objectContaining({ text: 'Twee', place: { nl: 'jubelmuur', en: 'cheer wall' } }),
    ]);
  });

  it('sees no change between equal sides', () => {
    const cards = [kaart('a', klaag), kaart('b', jubel)];
    expect(diffSnapshots(side(cards), side(cards))).toEqual({
      added: [],
      removed: [],
      moved: [],
      unchanged: 2,
    });
  });
});

describe('diffSnapshots: historielijn', () => {
  const settings = Historielijn.historielijn.settings.defaults(new Date('2026-01-01'));
  const layout = Historielijn.historielijn.layout(settings);
  const side = sideOf(Historielijn.historielijn as Werkvorm, layout);
  const period = (text: string) => parsePeriod(text) as Period;
  const anekdote = (date: string, y = 0): BoardCard => {
    const x = Historielijn.xForDate(period(date), layout);
    return {
      id: 'wijkmanager',
      kind: 'anekdote',
      x: x - 120,
      y: y - 80,
      w: 240,
      h: 160,
      period: period('2019'),
      title: 'Nieuwe wijkmanager',
      story: '',
      author: 'Anna',
      createdAt: null,
    };
  };

  it('counts an anekdote dragged along the tijdbalk from 2019 to 2021 as moved', () => {
    const diff = diffSnapshots(side([anekdote('2019')]), side([anekdote('2021')]));
    expect(diff.moved).toEqual([
      {
        id: 'wijkmanager',
        text: 'Nieuwe wijkmanager',
        from: { nl: '2019', en: '2019' },
        place: { nl: '2021', en: '2021' },
      },
    ]);
    expect(diff.unchanged).toBe(0);
  });

  it('does not count a card moved up or down at the same date', () => {
    const diff = diffSnapshots(side([anekdote('2019', 0)]), side([anekdote('2019', -200)]));
    expect(diff).toMatchObject({ moved: [], unchanged: 1 });
  });

  it('names the zones when a card keeps its date but changes lane', () => {
    const lane = zoneBounds(layout.zones.find((z) => z.id === Historielijn.TOETREDING_ZONE_ID)!);
    const onAxis = kaart('kim', { x: Historielijn.xForDate(period('2019'), layout), y: 0 }, 'Kim');
    const inLane = { ...onAxis, y: lane.y + lane.h / 2 - H / 2 };
    const [moved] = diffSnapshots(side([onAxis]), side([inLane])).moved;
    expect(moved?.from?.nl).toBe('Tijdbalk, 2019');
    expect(moved?.place?.nl).toBe('Volgorde van toetreding, 2019');
  });
});

describe('diffSnapshots: rings and circles', () => {
  it('counts a stakeholder that went from ring 1 to ring 2', () => {
    const werkvorm = Stakeholdermap.stakeholdermap as Werkvorm;
    const layout = Stakeholdermap.stakeholdermap.layout({ initiative: '', rings: 3, thema: '' });
    const [r1 = 0, r2 = 0] = layout.ringRadii;
    const side = sideOf(werkvorm, layout);
    const at = (x: number) => kaart('gemeente', { x, y: 0 }, 'Gemeente');
    const diff = diffSnapshots(
      side([at((layout.centreRadius + r1) / 2)]),
      side([at((r1 + r2) / 2)]),
    );
    expect(diff.moved.map((m) => [m.text, m.from?.nl, m.place?.nl])).toEqual([
      ['Gemeente', 'ring 1', 'ring 2'],
    ]);
  });

  it('counts a card that went from one person’s circle to another’s', () => {
    const werkvorm = CirkelVanInvloed.cirkelVanInvloed as Werkvorm;
    const layout = CirkelVanInvloed.cirkelVanInvloed.layout({
      thema: '',
      owners: [
        { id: 'anna', name: 'Anna' },
        { id: 'bram', name: 'Bram' },
      ],
    });
    const [anna, bram] = layout.pairs;
    const side = sideOf(werkvorm, layout);
    const diff = diffSnapshots(
      side([kaart('k', { x: anna!.cx, y: anna!.cy }, 'Roosters')]),
      side([kaart('k', { x: bram!.cx, y: bram!.cy }, 'Roosters')]),
    );
    expect(diff.moved.map((m) => [m.from?.nl, m.place?.nl])).toEqual([
      ['invloed · Anna', 'invloed · Bram'],
    ]);
  });
});
