/**
 * What the begeleider sees of everyone's privé cards before onthullen: how many, never what they
 * say (the server counts them, `extensions/privateWriting/PrivateCounts.ts`). Per person in the
 * participant list, and in all beside "Onthullen", which opens that list.
 */
import '../styles/privateWriting.css';
import { Role } from '@werkbord/shared';
import { selectPrivateCounts, selectPrivateWriting } from '../control/controlSelectors';
import { useControlStore } from '../control/controlStore';
import { useT } from '../i18n/useT';
import { useUiStore } from '../state/uiStore';
import { useWerkvormStore } from '../werkvorm/werkvormStore';

/** The counts while privé schrijven is on, for the begeleider only; `null` otherwise. */
function useShownCounts() {
  const facilitator = useWerkvormStore((state) => state.role === Role.Facilitator);
  const active = useControlStore(selectPrivateWriting);
  const counts = useControlStore(selectPrivateCounts);
  return facilitator && active ? counts : null;
}

/** "· 3 privé" after a person's role in the participant list (not for meekijkers). */
export function PrivateCountTag({ userId, role }: { userId: string; role: Role }) {
  const t = useT();
  const counts = useShownCounts();
  if (counts === null || role === Role.Viewer) return null;
  const count = counts.counts[userId] ?? 0;
  return (
    <span
      className="participant__private"
      data-testid="participant-private-count"
      data-count={count}
      aria-label={t.plural('private.countLabel', count)}
    >
      {t('private.countShort', { count })}
    </span>
  );
}

/** "7 privé" beside Onthullen: how many cards it will bring; opens the list per person. */
export function PrivateCountTotal() {
  const t = useT();
  const counts = useShownCounts();
  const setParticipantsOpen = useUiStore((state) => state.setParticipantsOpen);
  if (counts === null) return null;
  const people = Object.values(counts.counts).filter((count) => count > 0).length;
  return (
    <button
      type="button"
      className="button button--small facilitation-button private-count"
      aria-label={t('private.totalLabel', {
        cards: t.plural('private.cards', counts.total),
        people: t.plural('private.people', people),
      })}
      onClick={() => setParticipantsOpen(true)}
      data-testid="private-count-total"
      data-count={counts.total}
    >
      <span className="facilitation-button__text facilitation-button__text--always">
        {t('private.countShort', { count: counts.total })}
      </span>
    </button>
  );
}
