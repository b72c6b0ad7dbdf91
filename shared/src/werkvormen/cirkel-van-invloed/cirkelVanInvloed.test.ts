import { describe, expect, it } from 'vitest';
import type { BoardCard } from '../../cards/BoardCard.js';
import type { CardMove } from '../Werkvorm.js';
import { circleOf, classifyCirkel, relayoutCirkel } from './classify.js';
import { harvestCirkel } from './harvest.js';
import { cirkelLayout, landscapeColumns, type CirkelLayout } from './layout.js';
import { LayoutVersion } from '../layoutVersion.js';
import { cirkelSettings, type CircleOwner, type CirkelSettings } from './settings.js';

const owners = (...names: string[]): CircleOwner[] =>
  names.map((name) => ({ id: name.toLowerCase(), name }));
/** Settings on the first layout generation, whose geometry the fixtures below are written for. */
const settings = (...names: string[]): CirkelSettings => ({
  thema: '',
  owners: owners(...names),
  layoutVersion: LayoutVersion.Original,
});

const team = cirkelLayout(cirkelSettings.defaults());
const three = cirkelLayout(settings('Anna', 'Bram', 'Carla'));

/** A kaart centred at `distance` from the centre of `ownerId`'s circles. */
function kaartNear(
  id: string,
  layout: CirkelLayout,
  ownerId: string,
  distance: number,
  angle = 0,
): BoardCard {
  const pair = layout.pairs.find((p) => p.ownerId === ownerId);
  if (!pair) throw new Error(ownerId);
  const cx = pair.cx + Math.cos(angle) * distance;
  const cy = pair.cy + Math.sin(angle) * distance;
  return {
    id,
    kind: 'kaart',
    x: cx - 50,
    y: cy - 50,
    w: 100,
    h: 100,
    text: id,
    author: '',
    createdAt: null,
  };
}

const apply = (cards: readonly BoardCard[], moves: readonly CardMove[]) =>
  cards.map((card) => {
    const move = moves.find((m) => m.id === card.id);
    return move ? { ...card, x: move.x, y: move.y } : card;
  });

describe('cirkel van invloed layout and classify', () => {
  it('draws one shared pair of circles by default', () => {
    expect(team.pairs.map((p) => [p.ownerId, p.name])).toEqual([['team', 'Team']]);
    expect(team.zones.map((z) => z.id)).toEqual([
      'verzamelen',
      'reflectie',
      'team:invloed',
      'team:betrokkenheid',
    ]);
  });

  it('nests the circle of influence inside the circle of concern, labelled with the name', () => {
    const inner = three.zones.find((z) => z.id === 'bram:invloed');
    const outer = three.zones.find((z) => z.id === 'bram:betrokkenheid');
    expect(inner?.kind === 'circle' && outer?.kind === 'ring' && inner.r === outer.inner).toBe(
      true,
    );
    expect(three.marks.some((m) => m.kind === 'text' && m.text.nl === 'Bram')).toBe(true);
  });

  it('classifies a card as invloed, betrokkenheid or buiten for the owner whose circles it is in', () => {
    expect(circleOf(kaartNear('a', three, 'bram', 100), three)).toEqual({
      ownerId: 'bram',
      area: 'invloed',
    });
    expect(circleOf(kaartNear('b', three, 'bram', 400, 2), three)).toEqual({
      ownerId: 'bram',
      area: 'betrokkenheid',
    });
    expect(circleOf(kaartNear('c', three, 'carla', 560, 0.8), three)).toEqual({
      ownerId: 'carla',
      area: 'buiten',
    });
    expect(classifyCirkel(kaartNear('a', three, 'bram', 100), three)).toEqual({
      zoneId: 'bram:invloed',
      label: { nl: 'invloed · Bram', en: 'influence · Bram' },
      color: 'blue',
    });
    expect(classifyCirkel(kaartNear('a', team, 'team', 100), team).label).toEqual({
      nl: 'invloed',
      en: 'influence',
    });
  });

  it('moves a card from betrokkenheid to invloed when it crosses the inner circle', () => {
    const card = kaartNear('a', three, 'anna', three.invloedRadius + 5);
    expect(classifyCirkel(card, three).zoneId).toBe('anna:betrokkenheid');
    expect(classifyCirkel({ ...card, x: card.x - 10 }, three).zoneId).toBe('anna:invloed');
  });

  it('does not move existing pairs when an owner is added', () => {
    const four = cirkelLayout(settings('Anna', 'Bram', 'Carla', 'Dewi'));
    expect(four.pairs.slice(0, 3)).toEqual(three.pairs);
    const cards = ['anna', 'bram', 'carla'].map((id, i) => kaartNear(`k${i}`, three, id, 100 * i));
    expect(relayoutCirkel(cards, three, four)).toEqual([]);
  });

  it('keeps cards with their owner when an earlier owner is removed, and stops counting the removed owner’s', () => {
    const cards = [
      kaartNear('anna-1', three, 'anna', 100),
      kaartNear('carla-1', three, 'carla', 100),
      kaartNear('carla-2', three, 'carla', 400, 1),
    ];
    const withoutAnna = cirkelLayout(settings('Bram', 'Carla'));
    const moved = apply(cards, relayoutCirkel(cards, three, withoutAnna));
    expect(moved.map((card) => circleOf(card, withoutAnna))).toEqual([
      null,
      { ownerId: 'carla', area: 'invloed' },
      { ownerId: 'carla', area: 'betrokkenheid' },
    ]);
    expect(classifyCirkel(moved[0] as BoardCard, withoutAnna).zoneId).toBeNull();
  });

  it('keeps cards with their owner when owners are renamed', () => {
    const renamed = cirkelLayout({
      ...settings(),
      owners: [{ id: 'anna', name: 'Anna B.' }, ...owners('Bram', 'Carla').slice(0)],
    });
    const card = kaartNear('a', three, 'anna', 100);
    expect(relayoutCirkel([card], three, renamed)).toEqual([]);
    expect(classifyCirkel(card, renamed).label.nl).toBe('invloed · Anna B.');
  });

  it('refuses no owners, duplicate keys, empty names and too many owners', () => {
    const fieldsOf = (value: unknown) => {
      const result = cirkelSettings.validate({ thema: '', owners: value });
      return result.ok ? [] : result.errors.map((e) => e.message.nl);
    };
    expect(fieldsOf([])).toEqual(['Geef 1 tot 30 namen voor de cirkels.']);
    expect(fieldsOf(owners('Anna', 'Anna'))).toEqual([
      'Twee paren cirkels hebben dezelfde sleutel.',
    ]);
    expect(fieldsOf([{ id: 'a', name: '  ' }])).toEqual(['Elk paar cirkels heeft een naam nodig.']);
    expect(fieldsOf([{ id: 'a:b', name: 'A' }])).toEqual([
      'Een paar cirkels heeft een ongeldige sleutel.',
    ]);
    expect(
      fieldsOf(Array.from({ length: 31 }, (_, i) => ({ id: `p${i}`, name: `P${i}` }))),
    ).toHaveLength(1);
    expect(fieldsOf(owners('Anna', 'Bram'))).toEqual([]);
  });
});

describe('cirkel van invloed harvest', () => {
  const cards: BoardCard[] = [
    kaartNear('anna-invloed-1', three, 'anna', 50),
    kaartNear('anna-invloed-2', three, 'anna', 150, 2),
    kaartNear('anna-betrokken', three, 'anna', 420),
    kaartNear('bram-betrokken-1', three, 'bram', 350),
    kaartNear('bram-betrokken-2', three, 'bram', 450, 3),
    kaartNear('bram-invloed', three, 'bram', 0),
    kaartNear('bram-buiten', three, 'bram', 580, 0.7),
    {
      id: 'brainstorm',
      kind: 'kaart',
      x: 200,
      y: 200,
      w: 100,
      h: 100,
      text: 'Vergaderen',
      author: '',
      createdAt: null,
    },
    {
      id: 'answer',
      kind: 'kaart',
      x: 4000,
      y: 500,
      w: 100,
      h: 100,
      text: 'Minder piekeren',
      author: 'Anna',
      createdAt: null,
    },
  ];
  const harvest = harvestCirkel(cards, [], settings('Anna', 'Bram', 'Carla'));

  it('lists per person the cards in invloed, betrokkenheid and buiten', () => {
    const [anna, bram, carla] = harvest.result.owners;
    expect(anna?.invloed.map((c) => c.id).sort()).toEqual(['anna-invloed-1', 'anna-invloed-2']);
    expect(anna?.betrokkenheid.map((c) => c.id)).toEqual(['anna-betrokken']);
    expect(bram?.betrokkenheid.map((c) => c.id).sort()).toEqual([
      'bram-betrokken-1',
      'bram-betrokken-2',
    ]);
    expect(bram?.buiten.map((c) => c.id)).toEqual(['bram-buiten']);
    expect(carla).toMatchObject({ invloed: [], betrokkenheid: [], buiten: [] });
  });

  it('compares the persons for the team chart', () => {
    expect(harvest.result.comparison).toEqual([
      {
        ownerId: 'anna',
        name: 'Anna',
        invloed: 2,
        betrokkenheid: 1,
        buiten: 0,
        shareInvloed: 2 / 3,
      },
      {
        ownerId: 'bram',
        name: 'Bram',
        invloed: 1,
        betrokkenheid: 2,
        buiten: 1,
        shareInvloed: 1 / 3,
      },
      {
        ownerId: 'carla',
        name: 'Carla',
        invloed: 0,
        betrokkenheid: 0,
        buiten: 0,
        shareInvloed: null,
      },
    ]);
    expect(harvest.tables.find((t) => t.id === 'vergelijking')?.rows[0]).toEqual([
      'Anna',
      '2',
      '1',
      '0',
      '67',
    ]);
  });

  it('lists exactly the cards given, each once', () => {
    const { result } = harvest;
    const ids = [
      ...result.owners.flatMap((o) => [...o.invloed, ...o.betrokkenheid, ...o.buiten]),
      ...result.verzameld,
      ...result.overig,
    ].map((c) => c.id);
    ids.push(...harvest.reflection.answers.map((a) => a.cardId as string));
    expect(ids.sort()).toEqual(cards.map((c) => c.id).sort());
    expect(result.verzameld.map((c) => c.id)).toEqual(['brainstorm']);
    expect(harvest.reflection.answers.map((a) => a.text)).toEqual(['Minder piekeren']);
  });
});

describe('cirkel van invloed layout, landscape generation', () => {
  const landscape = (...names: string[]) =>
    cirkelLayout({ thema: '', owners: owners(...names), layoutVersion: LayoutVersion.Landscape });
  const six = landscape('Anna', 'Bram', 'Carla', 'Dewi', 'Esra', 'Fleur');

  it('lays six people out three by two, with collecting and reflectie in a column left of them', () => {
    expect(landscapeColumns(6)).toBe(3);
    expect(new Set(six.pairs.map((p) => p.cy)).size).toBe(2);
    const side = six.zones.filter((z) => z.id === 'verzamelen' || z.id === 'reflectie');
    for (const zone of side) {
      if (zone.kind !== 'rect') throw new Error(zone.id);
      expect(zone.x + zone.w).toBeLessThan(Math.min(...six.pairs.map((p) => p.cell.x)));
    }
    expect(six.bounds.w / six.bounds.h).toBeGreaterThan(1.8);
    expect(six.bounds.h).toBeLessThan(2100);
  });

  it('keeps each pair, its circles and its name inside its own cell', () => {
    for (const pair of six.pairs) {
      const { cell } = pair;
      expect(pair.cx - six.betrokkenheidRadius).toBeGreaterThanOrEqual(cell.x);
      expect(pair.cx + six.betrokkenheidRadius).toBeLessThanOrEqual(cell.x + cell.w);
      expect(pair.cy + six.betrokkenheidRadius).toBeLessThanOrEqual(cell.y + cell.h);
      expect(pair.cy - six.betrokkenheidRadius - 40).toBeGreaterThan(cell.y);
    }
  });

  it('moves every card with its own pair when adding someone reflows the grid', () => {
    const four = landscape('Anna', 'Bram', 'Carla', 'Dewi');
    const five = landscape('Anna', 'Bram', 'Carla', 'Dewi', 'Esra');
    const cards = four.pairs.flatMap((pair, i) => [
      kaartNear(`${pair.ownerId}-in`, four, pair.ownerId, 50 * i),
      kaartNear(`${pair.ownerId}-out`, four, pair.ownerId, 350, i),
    ]);
    const moves = relayoutCirkel(cards, four, five);
    expect(moves.length).toBeGreaterThan(0);
    const moved = apply(cards, moves);
    expect(moved.map((card) => circleOf(card, five))).toEqual(
      cards.map((card) => circleOf(card, four)),
    );
  });
});
