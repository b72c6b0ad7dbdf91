/**
 * Boards and capability links: creating a board with its three tokens and first control state,
 * and deriving a caller's role from a (boardId, token) pair. HTTP and the relay both ask here.
 */
import { controlRoom, Role, ROLES } from '@werkbord/shared';
import type { BoardRecord, Storage } from '../storage/Storage.js';
import { initialControlUpdate } from './controlDocument.js';
import {
  createBoardId,
  createToken,
  hashToken,
  participantTokenFor,
  TOKEN_PATTERN,
} from './tokens.js';

export interface NewBoard {
  board: BoardRecord;
  /** The plain tokens, handed out once in the links and never stored. */
  tokens: Record<Role, string>;
}

export type BoardAccess =
  | { status: 'granted'; board: BoardRecord; role: Role }
  | { status: 'not-found' }
  | { status: 'missing-token' }
  | { status: 'invalid-token' };

export class BoardService {
  readonly #storage: Storage;

  constructor(storage: Storage) {
    this.#storage = storage;
  }

  /**
   * Creates a board; `werkvorm`, `title` and the werkvorm's `settings` must already be validated.
   * `session` are session keys the board starts with (`SessionKey.Anonymous`).
   */
  async create(
    werkvorm: string,
    title: string,
    settings: unknown,
    session: Readonly<Record<string, unknown>> = {},
  ): Promise<NewBoard> {
    const board: BoardRecord = {
      boardId: createBoardId(),
      werkvorm,
      title,
      createdAt: new Date().toISOString(),
    };
    const facilitator = createToken();
    const tokens: Record<Role, string> = {
      [Role.Facilitator]: facilitator,
      [Role.Participant]: participantTokenFor(facilitator),
      [Role.Viewer]: createToken(),
    };
    await this.#storage.createBoard(
      board,
      ROLES.map((role) => ({ role, hash: hashToken(tokens[role]) })),
      [
        {
          doc: controlRoom(board.boardId),
          update: initialControlUpdate(board, settings, session),
        },
      ],
    );
    return { board, tokens };
  }

  /**
   * The deelnemer token of a board, derived from its begeleider token; `null` when the board's
   * deelnemer token is not that one (a board made before tokens were derived).
   */
  async participantToken(boardId: string, facilitatorToken: string): Promise<string | null> {
    const token = participantTokenFor(facilitatorToken);
    const role = await this.#storage.findRole(boardId, hashToken(token));
    return role === Role.Participant ? token : null;
  }

  /** Which board this is and what the token holder may do on it. */
  async access(boardId: string, token: string | null | undefined): Promise<BoardAccess> {
    const board = await this.#storage.getBoard(boardId);
    if (board === null) return { status: 'not-found' };
    if (token === null || token === undefined || token === '') return { status: 'missing-token' };
    if (!TOKEN_PATTERN.test(token)) return { status: 'invalid-token' };
    const role = await this.#storage.findRole(boardId, hashToken(token));
    return role === null ? { status: 'invalid-token' } : { status: 'granted', board, role };
  }
}
