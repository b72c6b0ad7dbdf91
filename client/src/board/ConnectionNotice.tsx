import { Role } from '@werkbord/shared';
import { useT } from '../i18n/useT';
import { useUiStore } from '../state/uiStore';
import { closeMessageKey } from './closeMessage';
import { ConnectionStatus } from '../state/connectionState';

/**
 * A line under the header when the connection needs explaining: refused for good (with the
 * server's reason), retrying for a known reason, or offline (keep working, it will be shared).
 */
export function ConnectionNotice({ role }: { role: Role }) {
  const t = useT();
  const { status, closeCode } = useUiStore((state) => state.connection);
  const reason = closeMessageKey(closeCode);

  if (status === ConnectionStatus.Stopped) {
    return (
      <div className="notice notice--error" role="alert" data-testid="connection-notice">
        <span>{reason ? t(reason) : t('status.stopped')}</span>
        <a className="button button--small" href="/">
          {t('error.home')}
        </a>
      </div>
    );
  }
  if (status === ConnectionStatus.Offline && role !== Role.Viewer) {
    return (
      <div className="notice notice--warning" role="status" data-testid="connection-notice">
        {t('status.offlineHint')}
      </div>
    );
  }
  if (status === ConnectionStatus.Reconnecting && reason) {
    return (
      <div className="notice notice--warning" role="status" data-testid="connection-notice">
        {t(reason)}
      </div>
    );
  }
  return null;
}
