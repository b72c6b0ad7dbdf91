import { describe, expect, it } from 'vitest';
import type { BoardCard, StakeholderCard } from '../../cards/BoardCard.js';
import type { CardMove } from '../Werkvorm.js';
import { classifyStakeholdermap, relayoutStakeholders, ringOf } from './classify.js';
import { harvestStakeholdermap } from './harvest.js';
import { stakeholdermapLayout } from './layout.js';
import { LayoutVersion } from '../layoutVersion.js';
import { stakeholdermapSettings, type StakeholdermapSettings } from './settings.js';

/** Settings on the first layout generation, whose geometry the fixtures below are written for. */
const settings = (rings: number, initiative = 'Taskforce Jongeren'): StakeholdermapSettings => ({
  initiative,
  rings,
  thema: '',
  layoutVersion: LayoutVersion.Original,
});
const two = stakeholdermapLayout(settings(2));

/** A stakeholder card whose centre lies at `distance` from the centre, at `angle` radians. */
function stakeholderAt(
  id: string,
  distance: number,
  angle = 0,
  extra: Partial<StakeholderCard> = {},
): StakeholderCard {
  const w = 220;
  const h = 150;
  return {
    id,
    kind: 'stakeholder',
    x: Math.cos(angle) * distance - w / 2,
    y: Math.sin(angle) * distance - h / 2,
    w,
    h,
    name: id,
    belangen: '',
    tags: [],
    author: '',
    createdAt: null,
    ...extra,
  };
}

const apply = (cards: readonly BoardCard[], moves: readonly CardMove[]) =>
  cards.map((card) => {
    const move = moves.find((m) => m.id === card.id);
    return move ? { ...card, x: move.x, y: move.y } : card;
  });

describe('stakeholdermap layout and classify', () => {
  it('draws the centre circle and one ring per setting, labelled', () => {
    for (const rings of [2, 3, 4]) {
      const layout = stakeholdermapLayout(settings(rings));
      const ringZones = layout.zones.filter((z) => z.kind === 'ring');
      expect(ringZones.map((z) => z.id)).toEqual(
        Array.from({ length: rings }, (_, i) => `ring-${i + 1}`),
      );
      expect(ringZones[0]?.label.nl).toBe('ring 1 — belangrijkste stakeholders');
    }
    const centre = two.zones.find((z) => z.id === 'centrum');
    expect(centre?.label).toEqual({ nl: 'Taskforce Jongeren', en: 'Taskforce Jongeren' });
    expect(stakeholdermapLayout(settings(2, '  ')).initiative).toEqual({
      nl: 'Ons initiatief',
      en: 'Our initiative',
    });
  });

  it('decides the ring by the distance of the card centre from the map centre', () => {
    const [r1, r2] = two.ringRadii as [number, number];
    expect(ringOf(stakeholderAt('c', 100), two)).toBe(0);
    expect(ringOf(stakeholderAt('a', r1 - 1, 1), two)).toBe(1);
    expect(ringOf(stakeholderAt('b', r1 + 1, 2), two)).toBe(2);
    expect(ringOf(stakeholderAt('d', r2 + 1, 3), two)).toBeNull();
    expect(classifyStakeholdermap(stakeholderAt('b', r1 + 1, 2), two)).toEqual({
      zoneId: 'ring-2',
      label: { nl: 'ring 2', en: 'ring 2' },
      color: null,
    });
    expect(classifyStakeholdermap(stakeholderAt('d', r2 + 1, 3), two).label.nl).toBe(
      'buiten de ringen',
    );
  });

  it('changes the ring of a card moved across a ring boundary', () => {
    const r1 = two.ringRadii[0] as number;
    const card = stakeholderAt('s', r1 - 10);
    expect(classifyStakeholdermap(card, two).zoneId).toBe('ring-1');
    expect(classifyStakeholdermap({ ...card, x: card.x + 20 }, two).zoneId).toBe('ring-2');
  });

  it('keeps every card in its ring when a ring is added', () => {
    const cards = [0.2, 0.5, 0.99].flatMap((depth, i) =>
      [1, 2].map((ring) => {
        const inner = ring === 1 ? two.centreRadius : (two.ringRadii[0] as number);
        const outer = two.ringRadii[ring - 1] as number;
        return stakeholderAt(`s${ring}-${i}`, inner + depth * (outer - inner), i + ring);
      }),
    );
    const three = stakeholdermapLayout(settings(3));
    const moved = apply(cards, relayoutStakeholders(cards, two, three));
    moved.forEach((card, i) =>
      expect(ringOf(card, three)).toBe(ringOf(cards[i] as BoardCard, two)),
    );
    // Radially: the angle stays.
    const before = cards[1] as BoardCard;
    const after = moved[1] as BoardCard;
    const angle = (c: BoardCard) => Math.atan2(c.y + c.h / 2, c.x + c.w / 2);
    expect(angle(after)).toBeCloseTo(angle(before));
  });

  it('moves the cards of a removed ring outside the rings, and leaves the centre and outside alone', () => {
    const four = stakeholdermapLayout(settings(4));
    const inRing4 = stakeholderAt(
      'r4',
      ((four.ringRadii[2] as number) + (four.ringRadii[3] as number)) / 2,
    );
    const inCentre = stakeholderAt('c', 50);
    const outside = stakeholderAt('o', 2000, 1);
    const moves = relayoutStakeholders([inRing4, inCentre, outside], four, two);
    expect(moves.map((m) => m.id)).toEqual(['r4']);
    const [moved] = apply([inRing4], moves);
    expect(ringOf(moved as BoardCard, two)).toBeNull();
  });

  it('refuses a number of rings outside 2–4 and a missing initiative text', () => {
    for (const rings of [1, 5, 2.5, '3']) {
      const result = stakeholdermapSettings.validate({ ...settings(2), rings });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['rings']);
      expect(!result.ok && result.errors[0]?.message.nl).toBe('Kies 2 tot 4 ringen.');
    }
    const result = stakeholdermapSettings.validate({ rings: 3, thema: '' });
    expect(!result.ok && result.errors.map((e) => e.field)).toEqual(['initiative']);
  });
});

describe('stakeholdermap harvest', () => {
  const r1 = two.ringRadii[0] as number;
  const cards: BoardCard[] = [
    stakeholderAt('shape:wijkteam', r1 - 100, 0, {
      name: 'Wijkteam',
      belangen: 'Snel schakelen',
      tags: ['kans-voor-linkje'],
    }),
    stakeholderAt('shape:school', r1 + 200, 1, { name: 'School', belangen: 'Rust in de klas' }),
    stakeholderAt('shape:bank', r1 - 100, 2, {
      name: 'Bank',
      tags: ['botst-met-initiatief', 'kans-voor-linkje'],
    }),
    stakeholderAt('shape:media', 3000, 0, { name: 'Media' }),
    {
      id: 'shape:note',
      kind: 'kaart',
      x: 300,
      y: 300,
      w: 200,
      h: 200,
      text: 'Vergeten: de huisarts',
      author: '',
      createdAt: null,
    },
    {
      id: 'shape:answer',
      kind: 'kaart',
      x: 2000,
      y: -1500,
      w: 200,
      h: 200,
      text: 'Meer met scholen',
      author: 'Anna',
      createdAt: null,
    },
  ];
  const relations = [
    { id: 'shape:r1', from: 'centre', to: 'shape:wijkteam', strength: 'sterk' as const },
    {
      id: 'shape:r2',
      from: 'shape:school',
      to: 'shape:wijkteam',
      strength: 'aandacht-nodig' as const,
    },
  ];
  const harvest = harvestStakeholdermap(cards, relations, settings(2));

  it('lists the stakeholders by ring, then name, with belangen and tags', () => {
    expect(harvest.result.stakeholders.map((s) => [s.name, s.ring])).toEqual([
      ['Bank', 1],
      ['Wijkteam', 1],
      ['School', 2],
      ['Media', null],
    ]);
    expect(harvest.result.stakeholders[1]).toMatchObject({
      belangen: 'Snel schakelen',
      tags: ['kans-voor-linkje'],
    });
  });

  it('lists the relations with their strength, the centre named after the initiative', () => {
    expect(harvest.result.relations.map((r) => [r.fromName, r.toName, r.strength])).toEqual([
      ['School', 'Wijkteam', 'aandacht-nodig'],
      ['Taskforce Jongeren', 'Wijkteam', 'sterk'],
    ]);
    const wijkteam = harvest.result.stakeholders.find((s) => s.name === 'Wijkteam');
    expect(wijkteam?.relations.map((r) => r.id).sort()).toEqual(['shape:r1', 'shape:r2']);
  });

  it('lists exactly the cards given, each once', () => {
    const ids = [
      ...harvest.result.stakeholders.map((s) => s.id),
      ...harvest.result.overig.map((o) => o.id),
      ...harvest.reflection.answers.map((a) => a.cardId as string),
    ];
    expect(ids.sort()).toEqual(cards.map((c) => c.id).sort());
    expect(harvest.reflection.answers.map((a) => a.text)).toEqual(['Meer met scholen']);
  });

  it('exports tags and strengths in the reader’s language', () => {
    const bank = harvest.tables.find((t) => t.id === 'stakeholders')?.rows[0];
    expect(bank?.[3]).toEqual({
      nl: 'botst met ons initiatief, kans voor een linkje',
      en: 'clashes with our initiative, chance for a link',
    });
    const relation = harvest.tables.find((t) => t.id === 'relaties')?.rows[0];
    expect(relation?.[2]).toEqual({ nl: 'aandacht nodig', en: 'needs attention' });
  });
});

describe('stakeholdermap layout, landscape generation', () => {
  const landscape = stakeholdermapLayout({
    ...settings(3),
    thema: 'Wie doet er mee?',
    layoutVersion: LayoutVersion.Landscape,
  });

  it('makes each of three rings about as wide as a stakeholder card', () => {
    const radii = [landscape.centreRadius, ...landscape.ringRadii];
    for (let i = 1; i < radii.length; i++) {
      const width = (radii[i] as number) - (radii[i - 1] as number);
      expect(width).toBeGreaterThanOrEqual(200);
      expect(width).toBeLessThan(260);
    }
  });

  it('puts the thema and reflectie in a column beside the map, so it fits a wide screen', () => {
    const outer = landscape.ringRadii.at(-1) as number;
    const reflectie = landscape.zones.find((z) => z.id === 'reflectie');
    if (reflectie?.kind !== 'rect') throw new Error('reflectie');
    expect(reflectie.x).toBeGreaterThan(outer);
    const thema = landscape.marks.find((m) => m.kind === 'text' && m.size === 'xl');
    expect(thema?.kind === 'text' && thema.at.x).toBe(reflectie.x);
    expect(landscape.bounds.h).toBeLessThanOrEqual(2 * outer + 100);
    expect(landscape.bounds.w / landscape.bounds.h).toBeGreaterThan(1.5);
  });
});
