/**
 * A page's name is stored in the board, in the language of whoever made the page ("Pagina 1" for
 * a board's first page). A default name is shown in each person's own language instead, without
 * writing anything: the localized name goes into the local store as a remote change, which the
 * store binding never sends. Only a real edit of the page (renaming it) writes its name back.
 */
import type { Language, Localized } from '@werkbord/shared';
import type { Editor, TLPage } from 'tldraw';

/** "Pagina 3" or "Page 3", as tldraw and Werkbord name new pages. */
const DEFAULT_PAGE_NAME = /^(?:Pagina|Page) (\d+)$/;

const PAGE: Localized = { nl: 'Pagina', en: 'Page' };

/** The name to show: a default name in `language`, any other name as it is. */
export function displayPageName(name: string, language: Language): string {
  const match = DEFAULT_PAGE_NAME.exec(name);
  return match ? `${PAGE[language]} ${match[1]}` : name;
}

/** Shows the pages' names in the language `language()` gives; returns the clean-up. */
export function registerPageNames(
  editor: Editor,
  language: () => Language,
  onLanguageChange: (listener: () => void) => () => void,
): () => void {
  const localized = (page: TLPage): TLPage | null => {
    const name = displayPageName(page.name, language());
    return name === page.name ? null : { ...page, name };
  };
  const showAll = () => {
    const updates = editor.getPages().flatMap((page) => localized(page) ?? []);
    if (updates.length > 0) editor.store.mergeRemoteChanges(() => editor.store.put(updates));
  };
  // A page that arrives from someone else is shown in our language in the same remote change.
  const onRemote = (page: TLPage, source: 'remote' | 'user') => {
    if (source !== 'remote') return;
    const update = localized(page);
    if (update) editor.store.put([update]);
  };
  const stopCreate = editor.sideEffects.registerAfterCreateHandler('page', onRemote);
  const stopChange = editor.sideEffects.registerAfterChangeHandler('page', (_, next, source) =>
    onRemote(next, source),
  );
  const stopLanguage = onLanguageChange(showAll);
  showAll();
  return () => {
    stopCreate();
    stopChange();
    stopLanguage();
  };
}
