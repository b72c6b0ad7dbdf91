import { Language } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { displayPageName } from './pageNames';

describe('page names', () => {
  it('shows a default page name in the reader’s language', () => {
    expect(displayPageName('Pagina 1', Language.English)).toBe('Page 1');
    expect(displayPageName('Page 2', Language.Dutch)).toBe('Pagina 2');
    expect(displayPageName('Pagina 1', Language.Dutch)).toBe('Pagina 1');
  });

  it('leaves a name someone chose as it is', () => {
    expect(displayPageName('Ronde 2', Language.English)).toBe('Ronde 2');
    expect(displayPageName('Pagina 1 (oud)', Language.English)).toBe('Pagina 1 (oud)');
    expect(displayPageName('Pagina', Language.English)).toBe('Pagina');
  });
});
