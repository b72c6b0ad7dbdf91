import { createUserId, useValue } from 'tldraw';
import { useT } from '../i18n/useT';
import { useUiStore } from '../state/uiStore';
import type { Participant } from '../sync/participants';
import { useFacilitationStore } from './facilitationStore';
import { EyeIcon, GatherIcon } from '../components/icons';
import { useControlStore } from '../control/controlStore';
import { selectRound } from '../control/controlSelectors';

export type RoundMark = 'speaking' | 'next' | 'passed' | null;

/** Where each person stands in the running rondje, for the participant list. */
export function useRoundMarks(): (participant: Participant) => RoundMark {
  const round = useControlStore(selectRound);
  return (participant) => {
    if (!round) return null;
    const userId = createUserId(participant.id);
    if (round.order[round.current]?.userId === userId) return 'speaking';
    if (round.order[round.current + 1]?.userId === userId) return 'next';
    return round.passed.includes(userId) ? 'passed' : null;
  };
}

const MARK_LABELS = {
  speaking: 'facilitation.participant.speaking',
  next: 'facilitation.participant.next',
  passed: 'facilitation.participant.passed',
} as const;

/** "aan het woord" / "hierna" / "past" next to a name during a rondje. */
export function RoundMarkTag({ mark }: { mark: RoundMark }) {
  const t = useT();
  if (!mark) return null;
  return (
    <span className="participant__round" data-mark={mark}>
      {t(MARK_LABELS[mark])}
    </span>
  );
}

/**
 * Per other person in the list: follow their view ("Volg", anyone may), and hide or show their
 * cursor on this screen only.
 */
export function ParticipantExtras({
  participant,
  index,
}: {
  participant: Participant;
  index: number;
}) {
  const t = useT();
  const editor = useUiStore((state) => state.editor);
  const userId = createUserId(participant.id);
  const hidden = useFacilitationStore((state) => state.hiddenCursors.includes(userId));
  const toggleCursor = useFacilitationStore((state) => state.toggleCursor);
  const present = useValue(
    'werkbord: presence of participant',
    () => !!editor?.getCollaborators().some((c) => c.userId === userId),
    [editor, userId],
  );
  const following = useValue(
    'werkbord: following participant',
    () => editor?.getInstanceState().followingUserId === userId,
    [editor, userId],
  );
  if (participant.isSelf) return null;
  const name = participant.name;
  return (
    <span className="participant__tools">
      <button
        type="button"
        className="facilitation-icon-button participant__follow"
        aria-pressed={following}
        // The name starts with the text on the button ("Volg"); aria-pressed tells whether it is on.
        aria-label={t('facilitation.follow.personLabel', { name })}
        title={
          following
            ? t('facilitation.follow.stopLabel', { name })
            : t('facilitation.follow.personLabel', { name })
        }
        disabled={!editor || (!present && !following)}
        onClick={() => {
          if (!editor) return;
          if (following) editor.stopFollowingUser();
          else editor.startFollowingUser(userId);
        }}
        data-testid={`follow-${index}`}
        data-user-id={userId}
      >
        <GatherIcon />
        <span className="participant__follow-text">{t('facilitation.follow.person')}</span>
      </button>
      <button
        type="button"
        className="facilitation-icon-button"
        aria-pressed={hidden}
        aria-label={
          hidden ? t('facilitation.cursor.show', { name }) : t('facilitation.cursor.hide', { name })
        }
        title={
          hidden ? t('facilitation.cursor.show', { name }) : t('facilitation.cursor.hide', { name })
        }
        onClick={() => toggleCursor(userId)}
        data-testid={`cursor-toggle-${index}`}
        data-hidden={hidden}
      >
        <EyeIcon crossed={hidden} />
      </button>
    </span>
  );
}
