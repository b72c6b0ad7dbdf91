/** A tiny route table: method, path pattern, handler. No framework, nothing hidden. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** The pattern's capture groups, in order. */
  params: string[];
}

export interface Route {
  method: 'GET' | 'POST' | 'DELETE';
  /** Matched against the whole pathname; capture groups become `params`. */
  pattern: RegExp;
  handle(context: RequestContext): void | Promise<void>;
}

export type RouteMatch =
  | { status: 'matched'; route: Route; params: string[] }
  /** The path has routes, none for this method; `allowed` are theirs (for `Allow`). */
  | { status: 'method-not-allowed'; allowed: string[] }
  | { status: 'none' };

export function matchRoute(routes: readonly Route[], method: string, pathname: string): RouteMatch {
  const allowed = new Set<string>();
  for (const route of routes) {
    const match = route.pattern.exec(pathname);
    if (match === null) continue;
    const methodMatches = route.method === method || (route.method === 'GET' && method === 'HEAD');
    if (methodMatches) return { status: 'matched', route, params: match.slice(1) };
    allowed.add(route.method);
    if (route.method === 'GET') allowed.add('HEAD');
  }
  return allowed.size > 0
    ? { status: 'method-not-allowed', allowed: [...allowed].sort() }
    : { status: 'none' };
}
