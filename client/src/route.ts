/**
 * The app's pages, from the URL: `/` (home), `/b/<boardId>?t=<token>` (a board), `/mee`
 * (typing a "Doe mee" code) and `/vergelijk?a=<boardId>&b=<boardId>` (two boards compared).
 * No router library: navigation between them is a plain page load, which also gives every board
 * a fresh editor and fresh connections.
 */
import { BOARD_ID_PATTERN, JOIN_PATH } from '@werkbord/shared';

export type Route =
  | { page: 'home' }
  | { page: 'join' }
  | { page: 'board'; boardId: string; token: string | null }
  | { page: 'compare' }
  | { page: 'notFound' };

export function parseRoute(location: Pick<Location, 'pathname' | 'search'>): Route {
  const path = location.pathname.replace(/\/+$/, '');
  if (path === '' || path === '/index.html') return { page: 'home' };
  if (path === JOIN_PATH) return { page: 'join' };
  if (path === '/vergelijk') return { page: 'compare' };
  const match = /^\/b\/([^/]+)$/.exec(path);
  if (match?.[1] && BOARD_ID_PATTERN.test(match[1])) {
    const token = new URLSearchParams(location.search).get('t');
    return { page: 'board', boardId: match[1], token: token || null };
  }
  return { page: 'notFound' };
}
