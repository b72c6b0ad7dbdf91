import { Role, type CreateBoardResponse } from '@werkbord/shared';
import { useT } from '../i18n/useT';
import type { MessageKey } from '../i18n/nl';
import { CopyButton } from './CopyButton';

const ROWS: ReadonlyArray<{ role: Role; name: MessageKey; hint: MessageKey }> = [
  { role: Role.Facilitator, name: 'home.links.facilitator', hint: 'home.links.facilitatorHint' },
  { role: Role.Participant, name: 'home.links.participant', hint: 'home.links.participantHint' },
  { role: Role.Viewer, name: 'home.links.viewer', hint: 'home.links.viewerHint' },
];

interface BoardLinksProps {
  board: CreateBoardResponse;
  onAnother(): void;
}

/** The three capability links of a new board, as full URLs, each with a copy button. */
export function BoardLinks({ board, onAnother }: BoardLinksProps) {
  const t = useT();
  const absolute = (path: string) => new URL(path, window.location.origin).href;
  return (
    <section
      className="card board-links"
      data-testid="board-links"
      aria-labelledby="board-links-title"
    >
      <h2 className="card__title" id="board-links-title">
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
        >
          {t('home.links.open')}
        </a>
        <button type="button" className="button" onClick={onAnother} data-testid="create-another">
          {t('home.links.another')}
        </button>
      </div>
    </section>
  );
}
