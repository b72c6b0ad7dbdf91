/**
 * The begeleider's modal dialogs (settings, rondje, stemmen): a native `<dialog>` shown modal (the
 * rest of the page is inert, Escape cancels), a title that labels it, a close button, and a form.
 * Keys stay inside, so tldraw's shortcuts never act on the board behind it. On closing, focus
 * goes back to where it was: the dialog leaves the page, so the browser's own return of focus
 * cannot be relied on.
 */
import { useId, useLayoutEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { keepKeysFromCanvas } from '../werkvorm/panels/keepKeysFromCanvas';

interface ModalFormDialogProps {
  className: string;
  testId: string;
  title: string;
  closeLabel: string;
  closeTestId?: string;
  onClose(): void;
  onSubmit(event: FormEvent): void;
  children: ReactNode;
}

export function ModalFormDialog({
  className,
  testId,
  title,
  closeLabel,
  closeTestId,
  onClose,
  onSubmit,
  children,
}: ModalFormDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();

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
      className={`settings-dialog ${className}`}
      aria-modal="true"
      aria-labelledby={headingId}
      {...keepKeysFromCanvas}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      data-testid={testId}
    >
      <form className="settings-dialog__form" onSubmit={onSubmit} noValidate>
        <div className="settings-dialog__header">
          <h2 id={headingId} className="dialog__title">
            {title}
          </h2>
          <button
            type="button"
            className="icon-button"
            aria-label={closeLabel}
            onClick={onClose}
            data-testid={closeTestId}
          >
            ×
          </button>
        </div>
        {children}
      </form>
    </dialog>
  );
}
