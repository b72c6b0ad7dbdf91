import type { Plugin } from 'vite';

// The shared source, not the package: the config is loaded before anything is built.
import { PAGE_POLICY_DIRECTIVES } from '../../shared/src/contentSecurityPolicy.ts';

/**
 * The page's Content-Security-Policy as a `<meta>`, so the promise that the page contacts no host
 * but its own holds also where no server sets the header. Only for `vite build`: the dev server
 * needs inline scripts for hot reloading.
 */
const POLICY = PAGE_POLICY_DIRECTIVES.join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'werkbord-content-security-policy',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: POLICY },
          injectTo: 'head-prepend',
        },
      ];
    },
  };
}
