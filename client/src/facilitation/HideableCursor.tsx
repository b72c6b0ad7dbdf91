import { DefaultCursor, type TLCursorProps } from 'tldraw';
import { useFacilitationStore } from './facilitationStore';

/**
 * tldraw's collaborator cursor, unless this person chose to hide that participant's cursor in
 * the participant list (a busy board on a projector, a distracting wanderer). Only the cursor:
 * the presence stays, so following that person still works.
 */
export function HideableCursor(props: TLCursorProps) {
  const hidden = useFacilitationStore((state) => state.hiddenCursors.includes(props.userId));
  return hidden ? null : <DefaultCursor {...props} />;
}
