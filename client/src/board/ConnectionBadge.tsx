import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/nl';
import { useUiStore } from '../state/uiStore';
import { ConnectionStatus } from '../state/connectionState';

const LABELS: Record<ConnectionStatus, MessageKey> = {
  [ConnectionStatus.Connecting]: 'status.connecting',
  [ConnectionStatus.Connected]: 'status.connected',
  [ConnectionStatus.Reconnecting]: 'status.reconnecting',
  [ConnectionStatus.Offline]: 'status.offline',
  [ConnectionStatus.Stopped]: 'status.stopped',
};

/** Always visible: Verbonden / Opnieuw verbinden… / Offline (and Niet verbonden when refused). */
export function ConnectionBadge() {
  const t = useT();
  const { status } = useUiStore((state) => state.connection);
  return (
    <span
      className="badge connection-badge"
      data-status={status}
      data-testid="connection-status"
      role="status"
      aria-label={`${t('status.label')}: ${t(LABELS[status])}`}
      title={`${t('status.label')}: ${t(LABELS[status])}`}
    >
      <span className="connection-badge__dot" aria-hidden="true" />
      <span className="connection-badge__label">{t(LABELS[status])}</span>
    </span>
  );
}
