import { CardKind } from '@werkbord/shared';
import type { TLUiActionsContextType, TLUiToolsContextType } from 'tldraw';
import { describe, expect, it } from 'vitest';
import { boardActions, boardTools, werkvormToolIds, werkvormToolLabel } from './boardTools';

/** tldraw's tool table in short: the ids and keys that matter here. */
function tools(entries: Record<string, string | undefined>): TLUiToolsContextType {
  return Object.fromEntries(
    Object.entries(entries).map(([id, kbd]) => [
      id,
      { id, label: `tool.${id}`, icon: 'dot', kbd, onSelect: () => {} },
    ]),
  );
}

const TLDRAW_AND_CARDS = tools({
  select: 'v',
  hand: 'h',
  draw: 'd,b,x',
  highlight: 'shift+d',
  eraser: 'e',
  laser: 'k',
  embed: undefined,
  'werkbord-anekdote': undefined,
  'werkbord-stakeholder': undefined,
  'werkbord-kaart': undefined,
  'werkbord-relatie': 'shift+r',
});

describe('the board’s tools', () => {
  it('are the werkvorm’s card kinds and relations, in order', () => {
    const context = { cardKinds: [CardKind.Stakeholder, CardKind.Kaart], relations: true };
    expect(werkvormToolIds(context)).toEqual([
      'werkbord-stakeholder',
      'werkbord-kaart',
      'werkbord-relatie',
    ]);
  });

  it('are named in our own texts', () => {
    expect(werkvormToolLabel('werkbord-anekdote')).toBe('card.tool.anekdote');
    expect(werkvormToolLabel('werkbord-relatie')).toBe('relatie.tool');
    expect(werkvormToolLabel('draw')).toBeNull();
  });

  it('keep the drawing tools and their keys for who may draw, with digits for the cards', () => {
    const result = boardTools(TLDRAW_AND_CARDS, {
      cardKinds: [CardKind.Stakeholder, CardKind.Kaart],
      relations: true,
      drawing: true,
    });
    expect(result.draw?.kbd).toBe('d,b,x');
    expect(result['werkbord-stakeholder']?.kbd).toBe('1');
    expect(result['werkbord-kaart']?.kbd).toBe('2');
    expect(result['werkbord-relatie']?.kbd).toBe('3,shift+r');
    // Other werkvormen's cards and embeds are not offered.
    expect(result['werkbord-anekdote']).toBeUndefined();
    expect(result.embed).toBeUndefined();
  });

  it('leave out every drawing tool without drawing, so its key does nothing', () => {
    const result = boardTools(TLDRAW_AND_CARDS, {
      cardKinds: [CardKind.Kaart],
      relations: false,
      drawing: false,
    });
    expect(Object.keys(result).sort()).toEqual(['hand', 'select', 'werkbord-kaart']);
  });

  it('drop "Insert embed" always and "Upload media" without drawing', () => {
    const actions = Object.fromEntries(
      ['insert-embed', 'insert-media', 'undo'].map((id) => [
        id,
        { id, label: id, onSelect: () => {} },
      ]),
    ) as TLUiActionsContextType;
    const context = { cardKinds: [CardKind.Kaart], relations: false };
    expect(Object.keys(boardActions(actions, { ...context, drawing: true }))).toEqual([
      'insert-media',
      'undo',
    ]);
    expect(Object.keys(boardActions(actions, { ...context, drawing: false }))).toEqual(['undo']);
  });
});
