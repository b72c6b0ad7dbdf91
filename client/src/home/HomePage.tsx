import type { CreateBoardResponse } from '@werkbord/shared';
import { useState } from 'react';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ImportTldr } from '../export/ImportTldr';
import { useT } from '../i18n/useT';
import { BoardLinks } from '../components/BoardLinks';
import { CreateBoardForm } from './CreateBoardForm';
import { MyBoards } from './MyBoards';
import '../styles/home.css';

/**
 * `/`: what Werkbord is, the begeleider's own boards in this browser ("Mijn borden"), and a form
 * to create a board; afterwards, the board's three links.
 */
export function HomePage() {
  const t = useT();
  const [created, setCreated] = useState<CreateBoardResponse | null>(null);
  return (
    <div className="home">
      <header className="home__header">
        <div className="brand">
          <img className="brand__logo" src="/favicon.svg" alt="" width="32" height="32" />
          <span className="brand__name">{t('app.name')}</span>
        </div>
        <LanguageSwitch />
      </header>
      <main className="home__main">
        <h1 className="home__title">{t('app.name')}</h1>
        <p className="home__tagline">{t('app.tagline')}</p>
        <p className="home__intro">{t('home.intro')}</p>
        {!created && <MyBoards />}
        {created ? (
          <BoardLinks
            board={created}
            secondary={{ label: t('home.links.another'), onClick: () => setCreated(null) }}
          />
        ) : (
          <CreateBoardForm onCreated={setCreated} />
        )}
        {!created && <ImportTldr />}
      </main>
    </div>
  );
}
