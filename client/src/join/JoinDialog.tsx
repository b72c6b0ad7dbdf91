import { formatJoinCode, JOIN_PATH, type JoinCodeResponse } from '@werkbord/shared';
import { useEffect, useId, useState } from 'react';
import { describeApiError } from '../api/describeApiError';
import { ModalDialog } from '../components/ModalDialog';
import { useT } from '../i18n/useT';
import { useUiStore } from '../state/uiStore';
import { joinCodeFor } from './joinCode';
import { QrCode } from './QrCode';

type Loaded =
  | { status: 'loading' }
  | { status: 'ready'; answer: JoinCodeResponse }
  | { status: 'failed'; message: string };

/**
 * "Doe mee" on the projector: the deelnemer link as a QR code filling the screen's height, and
 * for whoever cannot scan, the short address (`<host>/mee`) and a code to type there, large
 * enough to read from the back of the room.
 */
export function JoinDialog({
  boardId,
  token,
  onClose,
}: {
  boardId: string;
  token: string;
  onClose: () => void;
}) {
  const t = useT();
  const language = useUiStore((state) => state.language);
  const titleId = useId();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    joinCodeFor(boardId, token).then(
      (answer) => current && setLoaded({ status: 'ready', answer }),
      (error: unknown) =>
        current && setLoaded({ status: 'failed', message: describeApiError(language, error) }),
    );
    return () => {
      current = false;
    };
  }, [boardId, token, language]);

  return (
    <ModalDialog
      className="join-dialog"
      testId="join-dialog"
      labelledBy={titleId}
      onClose={onClose}
    >
      <div className="join-dialog__layout">
        <div className="join-dialog__qr">
          {loaded.status === 'ready' && (
            <QrCode
              text={new URL(loaded.answer.link, window.location.origin).href}
              label={t('join.qrLabel')}
              testId="join-qr"
            />
          )}
        </div>
        <div className="join-dialog__text">
          <h2 id={titleId} className="join-dialog__title">
            {t('join.title')}
          </h2>
          {loaded.status === 'loading' && (
            <p className="join-dialog__status" role="status">
              {t('join.loading')}
            </p>
          )}
          {loaded.status === 'failed' && (
            <p className="join-dialog__status form-error" role="alert" data-testid="join-error">
              {loaded.message}
            </p>
          )}
          {loaded.status === 'ready' && <JoinInstructions answer={loaded.answer} />}
          <button
            type="button"
            className="button join-dialog__close"
            onClick={onClose}
            autoFocus
            data-testid="join-close"
          >
            {t('join.close')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}

function JoinInstructions({ answer }: { answer: JoinCodeResponse }) {
  const t = useT();
  const language = useUiStore((state) => state.language);
  const code = formatJoinCode(answer.code);
  const until = new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(
    new Date(answer.expiresAt),
  );
  return (
    <>
      <p className="join-dialog__scan">{t('join.scan')}</p>
      <p className="join-dialog__or">{t('join.orType')}</p>
      <p className="join-dialog__url" data-testid="join-url">
        {window.location.host}
        {JOIN_PATH}
      </p>
      <p className="join-dialog__or">{t('join.andCode')}</p>
      <p
        className="join-dialog__code"
        aria-label={t('join.codeLabel', { code: [...answer.code].join(' ') })}
        data-testid="join-code"
      >
        {code}
      </p>
      <p className="join-dialog__valid">{t('join.validUntil', { time: until })}</p>
    </>
  );
}
