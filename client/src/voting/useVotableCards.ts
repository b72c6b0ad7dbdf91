import { useMemo } from 'react';
import { useValue, type Editor } from 'tldraw';
import type { VotingState } from '@werkbord/shared';
import { useWerkvormStore } from '../werkvorm/werkvormStore';
import { votableCards } from './voteLogic';

/**
 * The ids of the cards that can get dots while the round is open: cards on the board (not those
 * `notOnBoard`, this member's private ones, which the server does not know), in the round's zone
 * if it has one.
 */
export function useVotableCards(
  editor: Editor,
  voting: VotingState | null,
  notOnBoard: ReadonlySet<string>,
): readonly string[] {
  const werkvorm = useWerkvormStore((state) => state.werkvorm);
  const layout = useWerkvormStore((state) => state.layout);
  // A string, so a drag that changes nothing about the set does not re-render the marks.
  const joined = useValue(
    'werkbord: votable cards',
    () => {
      if (voting?.status !== 'open') return '';
      const shapes = editor.getCurrentPageShapes().filter((shape) => !notOnBoard.has(shape.id));
      return votableCards(werkvorm, layout, shapes, voting.zoneId).join(' ');
    },
    [editor, voting, werkvorm, layout, notOnBoard],
  );
  return useMemo(() => (joined ? joined.split(' ') : []), [joined]);
}
