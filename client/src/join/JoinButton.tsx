import '../styles/join.css';
import { useState } from 'react';
import { LineIcon } from '../components/icons';
import { useT } from '../i18n/useT';
import { JoinDialog } from './JoinDialog';

/** The begeleider's "Doe mee" among the session tools: shows the deelnemer link as a QR code. */
export function JoinButton({ boardId, token }: { boardId: string; token: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--small facilitation-button"
        aria-label={t('join.openLabel')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        data-testid="join-open"
      >
        <QrIcon />
        <span className="facilitation-button__text">{t('join.open')}</span>
      </button>
      {open && <JoinDialog boardId={boardId} token={token} onClose={() => setOpen(false)} />}
    </>
  );
}

/** Three finder squares and a few modules: a QR code. */
const QrIcon = () => (
  <LineIcon>
    <path d="M3 3h5v5H3zM12 3h5v5h-5zM3 12h5v5H3zM12 12h2v2h-2zM15 15h2v2h-2zM12 16.5h1M16.5 12h1" />
  </LineIcon>
);
