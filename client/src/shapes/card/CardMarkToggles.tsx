/**
 * The werkvorm's marks as switches for the one selected card ("Laaghangend fruit"), beside
 * "Verplaats naar…": anyone who may write presses one to put the mark on the card or take it off.
 * A toggle button (`aria-pressed`), so a screen reader says whether the card carries the mark.
 */
import { TLDRAW_COLOR_VALUES, readCardMarks, type CardMark } from '@werkbord/shared';
import type { CSSProperties } from 'react';
import { useValue, type Editor, type TLShapeId } from 'tldraw';
import { useLocalized } from '../../i18n/useT';
import { setCardMark } from './cardMarkWrites';

export function CardMarkToggles({
  editor,
  card,
  marks,
}: {
  editor: Editor;
  card: TLShapeId;
  marks: readonly CardMark[];
}) {
  const localized = useLocalized();
  const on = useValue(
    'werkbord: the selected card’s marks',
    () => readCardMarks(editor.getShape(card)?.meta).join(' '),
    [editor, card],
  ).split(' ');
  return marks.map((mark) => {
    const pressed = on.includes(mark.id);
    return (
      <button
        key={mark.id}
        type="button"
        className="card-mark-toggle"
        style={{ '--mark-color': TLDRAW_COLOR_VALUES[mark.color] } as CSSProperties}
        aria-pressed={pressed}
        title={localized(mark.hint)}
        data-testid="card-mark-toggle"
        data-mark={mark.id}
        onClick={() => setCardMark(editor, card, mark.id, !pressed)}
      >
        <span className="card-mark-toggle__box" aria-hidden="true" />
        {localized(mark.label)}
      </button>
    );
  });
}
