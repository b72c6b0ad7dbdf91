/**
 * A card in words, for screen readers: its kind, its text, the zone it lies in and its marks
 * ("Kaart ‘Fijne collega’s’, in Jubelmuur"; "…, gemarkeerd als laaghangend fruit"). tldraw reads it when the card is selected
 * (`getAriaDescriptor`); the board says it again when the card lands in another zone.
 */
import { findZone, type Language } from '@werkbord/shared';
import type { Editor, TLShapeId } from 'tldraw';
import { shapeMarks } from './cardMarkWrites';
import { getCardPlacement } from './cardPlacement';
import { cardKindOf } from './cardShapes';
import { cardText } from './cardText';
import { werkvormViewOf } from './werkvormSignal';

/** The name of the zone the card lies in (the zone's own label), or `null` outside every zone. */
export function cardZoneName(editor: Editor, id: TLShapeId, language: Language): string | null {
  const placement = getCardPlacement(editor, id);
  if (!placement?.zoneId) return null;
  const zone = findZone(werkvormViewOf(editor).get().layout, placement.zoneId);
  return (zone?.label ?? placement.label)[language] || null;
}

/** "Kaart ‘…’": the card's kind and its text (or that it has none yet). */
export function cardName(editor: Editor, id: TLShapeId, language: Language): string {
  const shape = editor.getShape(id);
  const cardKind = shape && cardKindOf(shape);
  if (!shape || !cardKind) return '';
  const t = cardText(language);
  const text = (editor.getShapeUtil(shape).getText(shape) ?? '').trim().replace(/\s+/g, ' ');
  const kind = t(`card.tool.${cardKind}`);
  return text ? t('card.aria.name', { kind, text }) : t('card.aria.empty', { kind });
}

/** The whole description: name, zone, and the werkvorm's marks it carries. */
export function describeCard(editor: Editor, id: TLShapeId, language: Language): string {
  const t = cardText(language);
  const name = cardName(editor, id, language);
  const zone = cardZoneName(editor, id, language);
  const description = zone
    ? t('card.aria.inZone', { name, zone })
    : t('card.aria.outside', { name });
  const shape = editor.getShape(id);
  const marks = shape ? shapeMarks(shape).map((mark) => mark.label[language].toLowerCase()) : [];
  return marks.length > 0
    ? t('card.aria.marked', { description, marks: marks.join(', ') })
    : description;
}
