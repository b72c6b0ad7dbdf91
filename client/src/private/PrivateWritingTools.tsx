import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT';
import { PrivateIcon, RevealIcon } from '../components/sessionIcons';
import { PrivateCountTotal } from './PrivateCount';
import { usePrivateWritingStore } from './privateWritingStore';
import { revealPrivateCards, writePrivateWriting } from './privateWrites';
import { useControlStore } from '../control/controlStore';
import { selectControlDoc, selectPrivateWriting } from '../control/controlSelectors';

const RESULT_SHOWN_MS = 8_000;

type RevealStatus =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; count: number }
  | { kind: 'failed' };

/**
 * The begeleider's "Privé schrijven" switch and, while it is on, "Onthullen": the server puts
 * everyone's private cards on the board at once, then private writing ends. Beside it, how many
 * cards that will be (per person in the participant list).
 */
export function PrivateWritingTools() {
  const t = useT();
  const controlDoc = useControlStore(selectControlDoc);
  const active = useControlStore(selectPrivateWriting);
  const board = usePrivateWritingStore((state) => state.board);
  const [reveal, setReveal] = useState<RevealStatus>({ kind: 'idle' });
  const shownResult = reveal.kind === 'done' || reveal.kind === 'failed';

  // The result is news for a moment, not a state of the board.
  useEffect(() => {
    if (!shownResult) return;
    const timer = setTimeout(() => setReveal({ kind: 'idle' }), RESULT_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [shownResult, reveal]);

  const toggle = () => {
    if (!controlDoc) return;
    setReveal({ kind: 'idle' });
    writePrivateWriting(controlDoc, !active);
  };

  const revealAll = async () => {
    if (!board || !controlDoc) return;
    setReveal({ kind: 'busy' });
    try {
      const count = await revealPrivateCards(board.boardId, board.token);
      writePrivateWriting(controlDoc, false);
      setReveal({ kind: 'done', count });
    } catch {
      setReveal({ kind: 'failed' });
    }
  };

  return (
    <>
      <button
        type="button"
        className="button button--small facilitation-button"
        aria-pressed={active}
        aria-label={active ? t('private.toggleOffLabel') : t('private.toggleOnLabel')}
        disabled={!controlDoc}
        onClick={toggle}
        data-testid="private-writing-toggle"
        data-active={active}
      >
        <PrivateIcon />
        <span className="facilitation-button__text">{t('private.toggle')}</span>
      </button>
      {active && (
        <button
          type="button"
          className="button button--small button--primary facilitation-button"
          aria-label={t('private.revealLabel')}
          disabled={!controlDoc || !board || reveal.kind === 'busy'}
          onClick={() => void revealAll()}
          data-testid="private-reveal"
        >
          <RevealIcon />
          <span className="facilitation-button__text facilitation-button__text--always">
            {reveal.kind === 'busy' ? t('private.revealing') : t('private.reveal')}
          </span>
        </button>
      )}
      {active && <PrivateCountTotal />}
      {shownResult && (
        <span
          className="private-reveal-result"
          role="status"
          data-testid="private-reveal-result"
          data-status={reveal.kind}
        >
          {reveal.kind === 'done'
            ? t('private.revealed', { count: reveal.count })
            : t('private.revealFailed')}
        </span>
      )}
    </>
  );
}
