/**
 * The inputs of a card's edit form. Uncontrolled on purpose: every keystroke is written to the
 * shape right away, and the input keeps its own caret instead of being re-set by the round trip
 * through the store.
 */
import { useEffect, useRef } from 'react';
import type { Editor, TLShapePartial } from 'tldraw';
import type { CardShape } from './cardShapes';

/** Writes some props of a card; tldraw validates them against the shape's prop validators. */
export function updateCardProps<S extends CardShape>(
  editor: Editor,
  shape: S,
  props: Partial<S['props']>,
): void {
  editor.updateShape({ id: shape.id, type: shape.type, props } as TLShapePartial<S>);
}

/**
 * Focuses the field once the edit form is shown, caret at the end. A frame later than React's
 * `autoFocus`: after a double-click tldraw focuses its own container, which would win.
 */
function useFocusOnMount<E extends HTMLInputElement | HTMLTextAreaElement>(enabled = false) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (!enabled) return;
    const frame = requestAnimationFrame(() => {
      const element = ref.current;
      if (!element) return;
      element.focus();
      element.setSelectionRange(element.value.length, element.value.length);
    });
    return () => cancelAnimationFrame(frame);
  }, [enabled]);
  return ref;
}

interface FieldProps {
  label: string;
  defaultValue: string;
  maxLength: number;
  onValue(value: string): void;
  className?: string;
  placeholder?: string;
  /** Takes the focus when the form opens. */
  autoFocus?: boolean;
}

export function TextField({
  label,
  defaultValue,
  maxLength,
  onValue,
  className = '',
  placeholder,
  autoFocus,
}: FieldProps) {
  const ref = useFocusOnMount<HTMLInputElement>(autoFocus);
  return (
    <input
      ref={ref}
      type="text"
      className={`werkbord-card__input ${className}`}
      aria-label={label}
      placeholder={placeholder ?? label}
      defaultValue={defaultValue}
      maxLength={maxLength}
      onChange={(event) => onValue(event.currentTarget.value.slice(0, maxLength))}
    />
  );
}

export function TextAreaField({
  label,
  defaultValue,
  maxLength,
  onValue,
  className = '',
  placeholder,
  autoFocus,
}: FieldProps) {
  const ref = useFocusOnMount<HTMLTextAreaElement>(autoFocus);
  return (
    <textarea
      ref={ref}
      className={`werkbord-card__input werkbord-card__textarea ${className}`}
      aria-label={label}
      placeholder={placeholder ?? label}
      defaultValue={defaultValue}
      maxLength={maxLength}
      onChange={(event) => onValue(event.currentTarget.value.slice(0, maxLength))}
    />
  );
}
