import { Role, type CreateBoardResponse } from '@werkbord/shared';
import { useId } from 'react';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/nl';
import { CopyButton } from './CopyButton';
import '../styles/boardLinks.css';

const ROWS: ReadonlyArray<{ role: Role; name: MessageKey; hint: MessageKey }> = [
  { role: Role.Facilitator, name: 'home.links.facilitator', hint: 'home.links.facilitatorHint' },
  { role: Role.Participant, name: 'home.links.participant', hint: 'home.links.participantHint' },
  { role: Role.Viewer, name: 'home.links.viewer', hint: 'home.links.viewerHint' },
];

interface BoardLinksProps {
  board: CreateBoardResponse;
  /** The second button: "Nog een bord maken" on the home page, "Sluiten" in a dialog. */
  secondary: { label: string; onClick(): void };
  /**
   * Where it is shown: the home page (a card of its own, the board opens in this tab) or a
   * dialog over a live board (which stays open: the new board opens in a new tab).
   */
  within?: 'page' | 'dialog';
}

/** The three capability links of a new board, as full URLs, each with a copy button. */
export function BoardLinks({ board, secondary, within = 'page' }: BoardLinksProps) {
  const t = useT();
  const headingId = useId();
  const absolute = (path: string) => new URL(path, window.location.origin).href;
  const inDialog = within === 'dialog';
  return (
    <section
      className={inDialog ? 'board-links board-links--dialog' : 'card board-links'}
      data-testid="board-links"
      aria-labelledby={headingId}
    >
      <h2 className="card__title" id={headingId}>
        {t('home.links.heading')}
      </h2>
      <p className="card__intro">{t('home.links.intro')}</p>
      <ul className="board-links__list">
        {ROWS.map(({ role, name, hint }) => {
          const url = absolute(board.links[role]);
          return (
            <li key={role} className="link-row" data-testid={`link-${role}`}>
              <div className="link-row__text">
                <span className="link-row__role">{t(name)}</span>
                <span className="link-row__hint">{t(hint)}</span>
                <input
                  className="link-row__url"
                  readOnly
                  value={url}
                  aria-label={t(name)}
                  onFocus={(event) => event.currentTarget.select()}
                  data-testid={`link-${role}-url`}
                />
              </div>
              <CopyButton
                text={url}
                label={t('home.links.copyLabel', { role: t(name) })}
                testId={`copy-${role}`}
              />
            </li>
          );
        })}
      </ul>
      <div className="board-links__actions">
        <a
          className="button button--primary button--large"
          href={board.links.facilitator}
          data-testid="open-as-facilitator"
          {...(inDialog ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
        >
          {t(inDialog ? 'home.links.openNewTab' : 'home.links.open')}
        </a>
        <button
          type="button"
          className="button"
          onClick={secondary.onClick}
          data-testid="create-another"
        >
          {secondary.label}
        </button>
      </div>
    </section>
  );
}
