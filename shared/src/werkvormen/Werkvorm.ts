import type { Localized } from '../i18n.js';

/**
 * A werkvorm: a structured group exercise. Plain data and pure functions, no React and no Yjs,
 * so client, server and tests share it. Later issues add settings, layout, classify and harvest.
 */
export interface Werkvorm {
  /** Stable id, used in the API and stored with every board. */
  id: string;
  name: Localized;
  /** One or two sentences for the home page. */
  description: Localized;
}
