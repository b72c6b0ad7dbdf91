/**
 * Boards and capability links: creating a board with its three tokens and first control state,
 * and deriving a caller's role from a (boardId, token) pair. HTTP and the relay both ask here.
 */
import { contentRoom, controlRoom, Role, ROLES } from '@werkbord/shared';
import type { BoardRecord, DocumentUpdate, Storage } from '../storage/Storage.js';
import { contentUpdate } from './boardCopy.js';
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

/** What a board made from another one starts with besides its werkvorm and settings. */
export interface BoardStart {
  /** Control keys to carry (board settings), as plain JSON. */
  control?: Readonly<Record<string, unknown>>;
  /** The content document's first records, by key. */
  content?: ReadonlyMap<string, unknown>;
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
   * Creates a board; `werkvorm`, `title` and the werkvorm's `settings` must already be validated,
   * and so must `start.control`: the session keys it starts with (`SessionKey.Anonymous`) or the
   * board settings a copy carries.
   */
  async create(
    werkvorm: string,
    title: string,
    settings: unknown,
    start: BoardStart = {},
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
    const documents: DocumentUpdate[] = [
      {
        doc: controlRoom(board.boardId),
        update: initialControlUpdate(board, settings, start.control),
      },
    ];
    if (start.content !== undefined && start.content.size > 0) {
      documents.push({ doc: contentRoom(board.boardId), update: contentUpdate(start.content) });
    }
    await this.#storage.createBoard(
      board,
      ROLES.map((role) => ({ role, hash: hashToken(tokens[role]) })),
      documents,
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
