/**
 * Every modal dialog of the board (settings, rondje, stemmen, name, delete): a native `<dialog>`
 * shown modal, so the browser makes the rest of the page inert and Escape cancels, and a canvas
 * cover, so the live board takes no input while it is open. On closing, focus goes back to where
 * it was: the dialog leaves the page, so the browser's own return of focus cannot be relied on.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useCoverCanvas } from './canvasCover';

interface ModalDialogProps {
  className: string;
  testId: string;
  /** The id of the element that names the dialog (its heading). */
  labelledBy: string;
  /** Escape and the close button call it; without it, Escape does nothing (a required answer). */
  onClose?: () => void;
  children: ReactNode;
}

export function ModalDialog({
  className,
  testId,
  labelledBy,
  onClose,
  children,
}: ModalDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useCoverCanvas();

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    const before = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className={className}
      aria-modal="true"
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        // The dialog's own state decides when it closes: React unmounts it.
        event.preventDefault();
        onClose?.();
      }}
      data-testid={testId}
    >
      {children}
    </dialog>
  );
}
