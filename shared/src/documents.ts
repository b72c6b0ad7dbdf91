/**
 * Names of the shared types inside each board document, agreed between client, server and tests.
 */

/** Content document: a `Y.Array` of `{ key, val }` entries, wrapped by y-utility's `YKeyValue`, one per tldraw record. */
export const CONTENT_RECORDS = 'records';

/**
 * Private document (one per member): its `records` are that member's private cards, laid out as
 * in the content document (`CONTENT_RECORDS`); `PRIVATE_VOTES` holds the member's dots.
 */
export const PRIVATE_VOTES = 'votes';

/** Control document: a `Y.Map` with the board's identity and werkvorm settings. */
export const CONTROL_BOARD = 'board';

/** Keys of the control document's board map. */
export const BoardKey = {
  Werkvorm: 'werkvorm',
  Title: 'title',
  CreatedAt: 'createdAt',
  Settings: 'settings',
  /** The index of the current step of the werkvorm (a number, 0 when missing). */
  Step: 'step',
} as const;
