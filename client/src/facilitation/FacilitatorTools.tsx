import type { ReactNode } from 'react';
import { useValue } from 'tldraw';
import { useT } from '../i18n/useT';
import { useUiStore } from '../state/uiStore';
import { toggleCardLock } from './cardLock';
import { useFacilitationStore } from './facilitationStore';
import { GatherIcon, LockIcon, PinIcon, RoundIcon } from '../components/icons';
import { shouldLock } from './lockedCards';
import { serverNow } from './serverClock';
import { writeFollowMe, writeLocked } from './sessionWrites';
import { useControlStore } from '../control/controlStore';
import {
  selectControlDoc,
  selectFollowMe,
  selectLocked,
  selectLockedCards,
} from '../control/controlSelectors';

/**
 * The begeleider's buttons in the facilitation bar: lock, card lock, "iedereen naar mij", rondje,
 * then the tools of other session features (privé schrijven, stemmen), which the board puts in.
 */
export function FacilitatorTools({ children }: { children?: ReactNode }) {
  return (
    <div className="facilitation-bar__tools">
      <BoardLockToggle />
      <CardLockButton />
      <FollowMeButtons />
      <RoundSetupButton />
      {children}
    </div>
  );
}

function BoardLockToggle() {
  const t = useT();
  const controlDoc = useControlStore(selectControlDoc);
  const locked = useControlStore(selectLocked);
  return (
    <button
      type="button"
      className="button button--small facilitation-button"
      aria-pressed={locked}
      aria-label={locked ? t('facilitation.lock.unlockLabel') : t('facilitation.lock.lockLabel')}
      disabled={!controlDoc}
      onClick={() => controlDoc && writeLocked(controlDoc, !locked)}
      data-testid="board-lock-toggle"
      data-locked={locked}
    >
      <LockIcon open={!locked} />
      <span className="facilitation-button__text">
        {locked ? t('facilitation.lock.unlock') : t('facilitation.lock.lock')}
      </span>
    </button>
  );
}

/** Shown while cards are selected: pins them for everyone (tldraw lock + the server's list). */
function CardLockButton() {
  const t = useT();
  const editor = useUiStore((state) => state.editor);
  const controlDoc = useControlStore(selectControlDoc);
  const lockedCards = useControlStore(selectLockedCards);
  const selected = useValue('werkbord: selection', () => editor?.getSelectedShapeIds() ?? [], [
    editor,
  ]);
  if (!editor || selected.length === 0) return null;
  const lock = shouldLock(selected, lockedCards);
  const count = selected.length;
  return (
    <button
      type="button"
      className="button button--small facilitation-button"
      aria-label={
        lock
          ? t.plural('facilitation.cardLock.lockLabel', count)
          : t.plural('facilitation.cardLock.unlockLabel', count)
      }
      disabled={!controlDoc}
      onClick={() => toggleCardLock(editor, selected)}
      data-testid="card-lock-toggle"
      data-locked={!lock}
    >
      <PinIcon />
      <span className="facilitation-button__text">
        {lock ? t('facilitation.cardLock.lock') : t('facilitation.cardLock.unlock')}
      </span>
    </button>
  );
}

function FollowMeButtons() {
  const t = useT();
  const editor = useUiStore((state) => state.editor);
  const controlDoc = useControlStore(selectControlDoc);
  const followMe = useControlStore(selectFollowMe);
  const active = followMe !== null && followMe.userId === editor?.user.getRecordId();
  const gather = () => {
    if (!controlDoc || !editor) return;
    // The presence id everyone's tldraw knows me by (`user:<id>`), not the raw id.
    writeFollowMe(controlDoc, { userId: editor.user.getRecordId(), since: serverNow() });
  };
  return (
    <>
      <button
        type="button"
        className="button button--small facilitation-button"
        aria-label={active ? t('facilitation.follow.againLabel') : t('facilitation.follow.meLabel')}
        aria-pressed={active}
        disabled={!controlDoc || !editor}
        onClick={gather}
        data-testid="follow-me"
      >
        <GatherIcon />
        <span className="facilitation-button__text">
          {active ? t('facilitation.follow.again') : t('facilitation.follow.me')}
        </span>
      </button>
      {followMe && (
        <button
          type="button"
          className="button button--small facilitation-button"
          aria-label={t('facilitation.follow.releaseLabel')}
          disabled={!controlDoc}
          onClick={() => controlDoc && writeFollowMe(controlDoc, null)}
          data-testid="follow-me-release"
        >
          <span className="facilitation-button__text facilitation-button__text--always">
            {t('facilitation.follow.release')}
          </span>
        </button>
      )}
    </>
  );
}

function RoundSetupButton() {
  const t = useT();
  const controlDoc = useControlStore(selectControlDoc);
  const setOpen = useFacilitationStore((state) => state.setRoundSetupOpen);
  return (
    <button
      type="button"
      className="button button--small facilitation-button"
      aria-label={t('facilitation.round.setupLabel')}
      aria-haspopup="dialog"
      disabled={!controlDoc}
      onClick={() => setOpen(true)}
      data-testid="round-setup"
    >
      <RoundIcon />
      <span className="facilitation-button__text">{t('facilitation.round.setup')}</span>
    </button>
  );
}
