/**
 * The two boards the canvas bench compares: Werkbord's own cards and relations on a
 * stakeholdermap, and the same number of tldraw's built-in notes joined by built-in arrows on a
 * blank board. Both are laid out on the same grid, so the camera shows the same amount.
 *
 * `seed` runs inside the page (serialised by playwright), so it must be self-contained.
 */
import type { Editor } from 'tldraw';

export interface SeedPlan {
  cards: number;
  relations: number;
  /** The card every relation of the first `hubRelations` starts at: the one the drag moves. */
  hubRelations: number;
}

export interface Scenario {
  name: 'tldraw-notes' | 'werkbord-cards';
  /** What is on the board, for the report. */
  describe(plan: SeedPlan): string;
  werkvorm: string;
  /** Shape type of the cards, to count them rendered in the DOM. */
  cardType: string;
  /** Runs inside the page (playwright serialises it): creates the board's shapes. */
  seed(args: SeedArgs): void;
}

export interface SeedArgs {
  plan: SeedPlan;
  /** Card indices to relate, from `relationPairs`. */
  pairs: [number, number][];
}

declare global {
  interface Window {
    __werkbordEditor?: Editor;
  }
}

/** The id of card `i`; card 0 is the hub the drag moves. */
export function cardId(i: number): string {
  return `shape:card${i}`;
}

/** Pairs to relate: the hub first (so dragging it moves many lines), then neighbours. */
export function relationPairs(plan: SeedPlan): [number, number][] {
  const pairs: [number, number][] = [];
  for (let k = 0; k < plan.relations; k++) {
    pairs.push(k < plan.hubRelations ? [0, k + 1] : [k, k + 26]);
  }
  return pairs.map(([a, b]) => [a % plan.cards, b % plan.cards]);
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'tldraw-notes',
    describe: (plan) => `${plan.cards} tldraw notes + ${plan.relations} bound arrows (leeg bord)`,
    werkvorm: 'leeg-bord',
    cardType: 'note',
    seed: seedTldrawNotes,
  },
  {
    name: 'werkbord-cards',
    describe: (plan) =>
      `${plan.cards} werkbord-stakeholder cards + ${plan.relations} werkbord-relatie (stakeholdermap)`,
    werkvorm: 'stakeholdermap',
    cardType: 'werkbord-stakeholder',
    seed: seedWerkbordCards,
  },
];

/** The few editor calls the seeds make, untyped by shape (ours are not in tldraw's types). */
interface SeedEditor {
  run(fn: () => void): void;
  createShapes(shapes: object[]): void;
  createShape(shape: object): void;
  createBindings(bindings: object[]): void;
}

/*
 * The seeds below run in the page: no imports, no closures over this module, and no named
 * inner functions (tsx would wrap those in a helper the page does not have). Cards lie on a grid
 * of 25 columns of 260 × 220 page units.
 */
function seedTldrawNotes({ plan, pairs }: SeedArgs): void {
  const editor = window.__werkbordEditor! as unknown as SeedEditor;
  const ids = Array.from({ length: plan.cards }, (_, i) => `shape:card${i}` as string);
  editor.run(() => {
    editor.createShapes(
      ids.map((id, i) => ({
        id,
        type: 'note',
        x: (i % 25) * 260,
        y: Math.floor(i / 25) * 220,
        props: {
          richText: {
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'text', text: `Kaart ${i + 1}` }] }],
          },
        },
      })),
    );
    pairs.forEach(([a, b], k) => {
      const arrowId = `shape:relation${k}`;
      editor.createShape({ id: arrowId, type: 'arrow', x: 0, y: 0 });
      editor.createBindings([
        {
          type: 'arrow',
          fromId: arrowId,
          toId: ids[a]!,
          props: {
            terminal: 'start',
            normalizedAnchor: { x: 0.5, y: 0.5 },
            isExact: false,
            isPrecise: false,
            snap: 'none',
          },
        },
        {
          type: 'arrow',
          fromId: arrowId,
          toId: ids[b]!,
          props: {
            terminal: 'end',
            normalizedAnchor: { x: 0.5, y: 0.5 },
            isExact: false,
            isPrecise: false,
            snap: 'none',
          },
        },
      ]);
    });
  });
}

function seedWerkbordCards({ plan, pairs }: SeedArgs): void {
  const editor = window.__werkbordEditor! as unknown as SeedEditor;
  const ids = Array.from({ length: plan.cards }, (_, i) => `shape:card${i}` as string);
  editor.run(() => {
    editor.createShapes(
      ids.map((id, i) => ({
        id,
        type: 'werkbord-stakeholder',
        x: (i % 25) * 260,
        y: Math.floor(i / 25) * 220,
        props: {
          name: `Stakeholder ${i + 1}`,
          belangen: 'Een goede samenwerking in de wijk',
          tags: i % 3 === 0 ? ['kans-voor-linkje'] : [],
          author: 'Bench',
          createdAt: 1_700_000_000_000,
        },
      })),
    );
    pairs.forEach(([a, b], k) => {
      const relationId = `shape:relation${k}`;
      editor.createShape({
        id: relationId,
        type: 'werkbord-relatie',
        x: 0,
        y: 0,
        props: { from: ids[a]!, to: ids[b]!, strength: k % 3 === 0 ? 'zwak' : 'sterk' },
      });
      editor.createBindings([
        {
          type: 'werkbord-relatie-end',
          fromId: relationId,
          toId: ids[a]!,
          props: { terminal: 'start' },
        },
        {
          type: 'werkbord-relatie-end',
          fromId: relationId,
          toId: ids[b]!,
          props: { terminal: 'end' },
        },
      ]);
    });
  });
}
