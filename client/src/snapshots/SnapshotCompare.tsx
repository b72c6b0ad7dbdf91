/**
 * The comparison of two momentopnamen: their thumbnails side by side, then card by card what was
 * added, what was removed and what moved (to another zone, ring or circle, or another date on the
 * tijdbalk), each with its text and place.
 */
import type { SnapshotInfo } from '@werkbord/shared';
import { useLocalized, useT } from '../i18n/useT';
import { thumbnailUrl, type BoardAccess } from './snapshotApi';
import type { CardPlace, ChangedCard, SnapshotDiff } from './snapshotDiff';

export interface Comparison {
  older: SnapshotInfo;
  newer: SnapshotInfo;
  diff: SnapshotDiff;
}

/** Long card texts are cut: the list names cards, it does not reprint them. */
const MAX_TEXT = 80;

export function SnapshotCompare({
  comparison,
  access,
  onClose,
}: {
  comparison: Comparison;
  access: BoardAccess;
  onClose: () => void;
}) {
  const t = useT();
  const localized = useLocalized();
  const { diff } = comparison;
  const cards = (count: number) => t.plural('snapshots.compare.cards', count);
  const place = (where: CardPlace) => (where ? localized(where) : t('snapshots.compare.outside'));
  const text = (card: ChangedCard) => {
    const words = card.text.trim().replace(/\s+/g, ' ');
    if (!words) return t('snapshots.compare.untitled');
    return words.length > MAX_TEXT ? `${words.slice(0, MAX_TEXT - 1).trimEnd()}…` : words;
  };
  const cardList = (list: readonly ChangedCard[]) =>
    list.length > 0 && (
      <ul className="snapshot-compare__cards">
        {list.map((card) => (
          <li key={card.id}>
            {t('snapshots.compare.cardAt', { text: text(card), place: place(card.place) })}
          </li>
        ))}
      </ul>
    );

  return (
    <section
      className="snapshot-compare"
      aria-label={t('snapshots.compare')}
      data-testid="snapshot-compare-summary"
    >
      <div className="snapshot-compare__pair">
        {[comparison.older, comparison.newer].map((info) => (
          <figure key={info.id} className="snapshot-compare__side">
            {info.hasThumbnail ? (
              <img src={thumbnailUrl(access, info.id)} alt="" loading="lazy" />
            ) : (
              <div className="snapshot-item__placeholder" aria-hidden="true" />
            )}
            <figcaption>{info.name}</figcaption>
          </figure>
        ))}
      </div>
      <ul className="snapshot-compare__summary">
        <li data-testid="snapshot-compare-added">
          {t('snapshots.compare.added', { cards: cards(diff.added.length) })}
          {cardList(diff.added)}
        </li>
        <li data-testid="snapshot-compare-removed">
          {t('snapshots.compare.removed', { cards: cards(diff.removed.length) })}
          {cardList(diff.removed)}
        </li>
        <li data-testid="snapshot-compare-moved">
          {diff.moved.length === 0
            ? t('snapshots.compare.noMoves')
            : t('snapshots.compare.moved', { cards: cards(diff.moved.length) })}
          {diff.moved.length > 0 && (
            <ul className="snapshot-compare__cards">
              {diff.moved.map((card) => (
                <li key={card.id}>
                  {t('snapshots.compare.movedCard', {
                    text: text(card),
                    from: place(card.from),
                    to: place(card.place),
                  })}
                </li>
              ))}
            </ul>
          )}
        </li>
      </ul>
      <button type="button" className="button button--small" onClick={onClose}>
        {t('snapshots.compare.close')}
      </button>
    </section>
  );
}
