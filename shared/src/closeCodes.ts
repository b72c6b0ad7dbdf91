/**
 * Application close codes (4000–4999) the server sends on the sync WebSocket. The client turns
 * each into a Dutch message and decides whether reconnecting makes sense.
 */
export const CloseCode = {
  /** The message could not be decoded (malformed sync or awareness message). */
  MalformedMessage: 4400,
  /** No token, or a token that belongs to no link of this board. */
  Unauthorized: 4401,
  /** A valid token, but this role may not open this document. */
  Forbidden: 4403,
  /** The room name is not well-formed, or the board does not exist. */
  NotFound: 4404,
  /** The connection sent more messages per second than allowed. */
  RateLimited: 4408,
  /** The room already has the maximum number of clients. */
  RoomFull: 4429,
  /**
   * Too many wrong links (token, board, member key) were tried from this address: it may try
   * again, with any link, once the limit has refilled (`WERKBORD_FAILED_ACCESS_PER_MINUTE`).
   */
  TooManyAttempts: 4420,
  /**
   * The board is at its storage quota: the change that was sent is not stored. Deleting still
   * works; reconnecting works, but a change that adds content is refused again until there is room.
   */
  StorageFull: 4413,
  /** The server is shutting down; reconnecting later will work. */
  ServerShutdown: 4503,
  /**
   * Several processes: the process that owns the board, or Redis, cannot be reached right now;
   * nothing was accepted, reconnecting later will work.
   */
  Unavailable: 4502,
  /** The begeleider deleted the board for good (AVG); nothing is left to reconnect to. */
  BoardDeleted: 4410,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

/** Close codes after which reconnecting with the same link cannot succeed. */
export const FINAL_CLOSE_CODES: ReadonlySet<number> = new Set([
  CloseCode.Unauthorized,
  CloseCode.Forbidden,
  CloseCode.NotFound,
  CloseCode.BoardDeleted,
]);
