/**
 * The begeleider's modal form dialogs (settings, rondje, stemmen): a modal dialog with a title that
 * labels it, a close button, and a form.
 */
import { useId, type FormEvent, type ReactNode } from 'react';
import { ModalDialog } from './ModalDialog';

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
  const headingId = useId();
  return (
    <ModalDialog
      className={`settings-dialog ${className}`}
      testId={testId}
      labelledBy={headingId}
      onClose={onClose}
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
    </ModalDialog>
  );
}
