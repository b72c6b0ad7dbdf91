/**
 * "Anoniem schrijven" in this browser. While the control document says `anonymous`:
 * - no card shows an author (`shownAuthor`, read through a tldraw atom, so cards re-render when
 *   it changes), on the board, in exports and in the momentopname viewer;
 * - no edit writes one: a change of a card that still carries its author drops it, so the server
 *   (which refuses a card with an author, `extensions/anonymousWriting/`) takes every edit;
 * - once the server has had time to take the authors off (it does so when the setting comes on),
 *   this browser takes them off whatever cards still carry one: those it wrote in the same instant,
 *   which the server refused. Until it does, the server holds its later writes back.
 */
import { atom, type Editor, type TLShapePartial } from 'tldraw';
import { selectAnonymous } from '../../control/controlSelectors';
import { useControlStore } from '../../control/controlStore';
import { isCardShape, type CardShape } from './cardShapes';

/** Whether the open board is written anonymously. */
export const anonymousCards = atom('werkbord: anonymous cards', false);

/** How long the server gets to take the authors off before this browser takes off the rest. */
const SERVER_FIRST_MS = 3_000;

/** The author a card shows: none on an anonymous board. */
export function shownAuthor(author: string): string {
  return anonymousCards.get() ? '' : author;
}

export function registerAnonymousCards(editor: Editor): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const follow = (anonymous: boolean) => {
    anonymousCards.set(anonymous);
    clearTimeout(timer);
    if (anonymous) timer = setTimeout(() => removeAuthors(editor), SERVER_FIRST_MS);
  };
  follow(selectAnonymous(useControlStore.getState()));
  const unsubscribe = useControlStore.subscribe((state, before) => {
    const anonymous = selectAnonymous(state);
    if (anonymous !== selectAnonymous(before)) follow(anonymous);
  });
  const unregister = editor.sideEffects.registerBeforeChangeHandler('shape', (_, next, source) => {
    if (source !== 'user' || !anonymousCards.get() || !isCardShape(next) || !next.props.author) {
      return next;
    }
    return { ...next, props: { ...next.props, author: '' } } as CardShape;
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
    unregister();
    anonymousCards.set(false);
  };
}

/** Takes the author off every card of this store that still carries one. */
function removeAuthors(editor: Editor): void {
  if (editor.getIsReadonly()) return;
  const named = editor.store
    .allRecords()
    .filter(
      (record): record is CardShape =>
        record.typeName === 'shape' && isCardShape(record) && record.props.author !== '',
    );
  if (named.length === 0) return;
  const partials = named.map(
    (card) => ({ id: card.id, type: card.type, props: { author: '' } }) as TLShapePartial,
  );
  editor.run(() => editor.updateShapes(partials), { history: 'ignore', ignoreShapeLock: true });
}
