import { SYNC_PATH } from '@werkbord/shared';

/**
 * The y-websocket endpoint on the page's own origin (`ws(s)://<host>/sync`); the provider appends
 * `/<room>?t=<token>`. Same origin keeps the "no other host" promise and works behind any proxy.
 */
export function syncServerUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${SYNC_PATH}`;
}
