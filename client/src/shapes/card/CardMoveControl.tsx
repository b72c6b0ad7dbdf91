/**
 * For a keyboard (and a screen reader): "Verplaats naar…", a list of the werkvorm's zones shown
 * while one card is selected; choosing a zone moves the card into it. `M` jumps to it from the
 * canvas, Escape goes back. A polite live region says where the selected card now lies whenever
 * its zone changes (by this list, a drag or the arrow keys): "Kaart ‘…’ ligt nu in Jubelmuur".
 * The werkvorm's card marks sit beside the list, as switches for the same card.
 */
import { findZone } from '@werkbord/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useEditor, useValue, type Editor, type TLShapeId } from 'tldraw';
import { useLocalized, useT } from '../../i18n/useT';
import { useUiStore } from '../../state/uiStore';
import { useWerkvormStore } from '../../werkvorm/werkvormStore';
import { CardMarkToggles } from './CardMarkToggles';
import { cardName, cardZoneName } from './cardDescription';
import { getCardPlacement } from './cardPlacement';
import { isCardShape } from './cardShapes';
import { freePointInZone } from './zonePoint';

/** The key that jumps from the canvas to the list (free in tldraw's own shortcuts). */
const MOVE_KEY = 'm';

export function CardMoveControl() {
  const editor = useEditor();
  const t = useT();
  const localized = useLocalized();
  const layout = useWerkvormStore((state) => state.layout);
  const marks = useWerkvormStore((state) => state.werkvorm.cardMarks) ?? [];
  const select = useRef<HTMLSelectElement>(null);
  const hintId = useId();
  const card = useValue(
    'werkbord: the one selected card',
    () => {
      const only = editor.getOnlySelectedShape();
      if (!only || !isCardShape(only) || editor.getEditingShapeId() === only.id) return null;
      return only.id;
    },
    [editor],
  );
  const zoneId = useValue(
    'werkbord: its zone',
    () => (card ? (getCardPlacement(editor, card)?.zoneId ?? null) : null),
    [editor, card],
  );
  const choices = useValue(
    'werkbord: where it can go',
    () => {
      const placement = card ? getCardPlacement(editor, card) : undefined;
      const group =
        placement?.value !== undefined && placement.zoneId
          ? layout.groups?.find((each) => each.zoneIds.includes(placement.zoneId as string))
          : undefined;
      // A card with a value on a scale (a person's marker) moves along its own scale only; any
      // other card into the zones that are drawn (a scale's columns are no place for a kaart).
      return group
        ? layout.zones.filter((zone) => group.zoneIds.includes(zone.id))
        : layout.zones.filter((zone) => !zone.hidden);
    },
    [editor, card, layout],
  );
  const readonly = useValue('readonly', () => editor.getIsReadonly(), [editor]);
  const said = useZoneAnnouncement(editor, card, zoneId);

  useEffect(() => {
    if (!card || readonly) return;
    // In the capture phase, before tldraw's own listener on its container sees the key.
    const jump = (event: KeyboardEvent) => {
      if (event.target === select.current) {
        // Escape goes back to the canvas with the card still selected (tldraw would deselect it).
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        editor.getContainer().focus();
        return;
      }
      const typing =
        event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement;
      const inCanvas = editor.getContainer().contains(event.target as Node);
      if (event.key !== MOVE_KEY || event.ctrlKey || event.metaKey || event.altKey) return;
      if (!inCanvas || typing) return;
      event.preventDefault();
      event.stopPropagation();
      select.current?.focus();
    };
    document.addEventListener('keydown', jump, true);
    return () => document.removeEventListener('keydown', jump, true);
  }, [editor, card, readonly]);

  const moveInto = (id: string, target: TLShapeId) => {
    const zone = findZone(layout, id);
    const shape = editor.getShape(target);
    const bounds = editor.getShapePageBounds(target);
    if (!zone || !shape || !bounds) return;
    const others = editor
      .getCurrentPageShapes()
      .filter((other) => other.id !== target && getCardPlacement(editor, other.id)?.zoneId === id);
    const to = freePointInZone(zone, others.length);
    editor.markHistoryStoppingPoint('verplaats naar');
    editor.updateShape({
      id: target,
      type: shape.type,
      x: shape.x + to.x - bounds.center.x,
      y: shape.y + to.y - bounds.center.y,
    });
  };

  return (
    <>
      <div
        className="visually-hidden"
        role="status"
        aria-live="polite"
        data-testid="card-zone-status"
      >
        {said}
      </div>
      {card && !readonly && (choices.length > 0 || marks.length > 0) && (
        <div
          className="card-move"
          data-testid="card-move"
          onPointerDown={editor.markEventAsHandled}
        >
          {choices.length > 0 && (
            <>
              <label className="card-move__label" htmlFor={`${hintId}-select`}>
                {t('card.move.label')}
              </label>
              <select
                id={`${hintId}-select`}
                ref={select}
                className="card-move__select"
                value={zoneId ?? ''}
                aria-describedby={hintId}
                data-testid="card-move-select"
                onChange={(event) => moveInto(event.target.value, card)}
              >
                <option value="" disabled>
                  {t('card.move.choose')}
                </option>
                {choices.map((zone) => (
                  <option key={zone.id} value={zone.id}>
                    {localized(zone.label)}
                  </option>
                ))}
              </select>
              <span id={hintId} className="visually-hidden">
                {t('card.move.hint')}
              </span>
            </>
          )}
          <CardMarkToggles editor={editor} card={card} marks={marks} />
        </div>
      )}
    </>
  );
}

/**
 * The sentence for a zone change of the same selected card; empty until there is one. Worked out
 * while rendering, from the previous card and zone (React's pattern for state that follows props).
 */
function useZoneAnnouncement(editor: Editor, id: TLShapeId | null, zone: string | null): string {
  const t = useT();
  const language = useUiStore((state) => state.language);
  const [seen, setSeen] = useState({ id, zone });
  const [text, setText] = useState('');
  if (seen.id !== id || seen.zone !== zone) {
    setSeen({ id, zone });
    if (id && seen.id === id) {
      const name = cardName(editor, id, language);
      const where = cardZoneName(editor, id, language);
      setText(
        where ? t('card.aria.movedInto', { name, zone: where }) : t('card.aria.movedOut', { name }),
      );
    }
  }
  return text;
}
