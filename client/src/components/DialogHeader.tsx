/** The top of our modal dialogs: the title (which labels the dialog) and a close button. */
interface DialogHeaderProps {
  headingId: string;
  title: string;
  closeLabel: string;
  onClose(): void;
  closeTestId?: string;
}

export function DialogHeader({
  headingId,
  title,
  closeLabel,
  onClose,
  closeTestId,
}: DialogHeaderProps) {
  return (
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
  );
}
