import { describe, expect, it } from 'vitest';
import { compareHref, readCompareQuery } from './compare/compareLink';
import { parseRoute } from './route';

const boardId = 'AbCdEfGhIjKlMnOpQrSt_-';
const otherId = 'ZyXwVuTsRqPoNmLkJiHg-_';

describe('routes', () => {
  it('reads the home page', () => {
    expect(parseRoute({ pathname: '/', search: '' })).toEqual({ page: 'home' });
  });

  it('reads the page where a Doe mee code is typed', () => {
    expect(parseRoute({ pathname: '/mee', search: '' })).toEqual({ page: 'join' });
    expect(parseRoute({ pathname: '/mee/', search: '' })).toEqual({ page: 'join' });
  });

  it('reads a board link with its token', () => {
    expect(parseRoute({ pathname: `/b/${boardId}`, search: '?t=secret' })).toEqual({
      page: 'board',
      boardId,
      token: 'secret',
    });
  });

  it('keeps a board link without a token, so the page can explain what is missing', () => {
    expect(parseRoute({ pathname: `/b/${boardId}/`, search: '' })).toEqual({
      page: 'board',
      boardId,
      token: null,
    });
  });

  it('reads the comparison page, whose address names boards and holds no token', () => {
    expect(parseRoute({ pathname: '/vergelijk', search: '?a=x&b=y' })).toEqual({ page: 'compare' });
    expect(readCompareQuery(`?a=${boardId}&b=${otherId}`)).toEqual([boardId, otherId]);
    expect(compareHref(boardId, otherId)).toBe(`/vergelijk?a=${boardId}&b=${otherId}`);
    for (const search of ['', `?a=${boardId}`, `?a=${boardId}&b=${boardId}`, `?a=x&b=${otherId}`]) {
      expect(readCompareQuery(search)).toBeNull();
    }
  });

  it('rejects anything else', () => {
    for (const pathname of ['/b/short', '/b/', '/elsewhere', `/b/${boardId}/extra`]) {
      expect(parseRoute({ pathname, search: '' })).toEqual({ page: 'notFound' });
    }
  });
});
