/**
 * Runs the extensions' hooks (`RelayExtension`) for the core: in the order they are listed,
 * each one guarded, so a fault of one feature is logged and never reaches a client or another
 * feature. Judging stops at the first refusal.
 */
import { parseRoomName } from '@werkbord/shared';
import type { Logger } from '../log.js';
import type { Room } from './Room.js';
import {
  type ClientUpdate,
  CoreRefusal,
  type Refusal,
  type RelayContext,
  type RelayExtension,
  type WriteRefusal,
} from './RelayExtension.js';

const CORE_REFUSALS: Record<WriteRefusal, string> = {
  [CoreRefusal.Role]: 'role may not write',
  [CoreRefusal.Cost]: 'out of proportion',
  [CoreRefusal.DocumentFull]: 'document at its storage quota',
  [CoreRefusal.BoardFull]: 'board at its storage quota',
};

export class Extensions {
  readonly #list: readonly RelayExtension[];
  readonly #log: Logger;
  /** Every refusal reason with what its log line says. */
  readonly #refusals = new Map(Object.entries(CORE_REFUSALS));

  constructor(list: readonly RelayExtension[], log: Logger) {
    this.#list = list;
    this.#log = log;
    for (const extension of list) {
      for (const [reason, text] of Object.entries(extension.refusals ?? {})) {
        if (this.#refusals.has(reason)) throw new Error(`refusal reason twice: ${reason}`);
        this.#refusals.set(reason, text);
      }
    }
  }

  get refusals(): WriteRefusal[] {
    return [...this.#refusals.keys()];
  }

  /** What a refusal's log line says. */
  describe(reason: WriteRefusal): string {
    return this.#refusals.get(reason) ?? reason;
  }

  setup(context: Omit<RelayContext, 'refusals'>): void {
    const full = { ...context, refusals: this.refusals };
    for (const extension of this.#list) extension.setup?.(full);
  }

  /** The rooms `name` needs loaded with it, directly or through another; never itself. */
  roomsNeeded(name: string): string[] {
    const needed: string[] = [];
    const pending = [name];
    for (let next = pending.shift(); next !== undefined; next = pending.shift()) {
      const parsed = parseRoomName(next);
      if (parsed === null) throw new Error(`not a room name: ${next}`);
      for (const extension of this.#list) {
        for (const other of extension.roomsNeeded?.({ ...parsed, name: next }) ?? []) {
          if (other === name) throw new Error(`rooms that need each other: ${name}`);
          if (needed.includes(other)) continue;
          needed.push(other);
          pending.push(other);
        }
      }
    }
    return needed;
  }

  async loaded(room: Room): Promise<void> {
    for (const extension of this.#list) await extension.onLoad?.(room); // [1]
  }

  /** The first refusal of the update, or `null` to apply it. Throws what a judge throws. */
  judge(update: ClientUpdate): WriteRefusal | null {
    for (const extension of this.#list) {
      const refusal = extension.judgeUpdate?.(update) ?? null;
      if (refusal !== null) return refusal;
    }
    return null;
  }

  /** What the extensions took back of an applied update, one reason each. */
  afterApply(update: ClientUpdate): WriteRefusal[] {
    const takenBack: WriteRefusal[] = [];
    this.#each('afterApply', (extension) => {
      const reason = extension.afterApply?.(update) ?? null;
      if (reason !== null) takenBack.push(reason);
    });
    return takenBack;
  }

  stored(room: Room, update: Uint8Array): void {
    this.#each('afterStored', (extension) => extension.afterStored?.(room, update));
  }

  refused(refusal: Refusal): void {
    this.#each('onRefused', (extension) => extension.onRefused?.(refusal));
  }

  unload(room: Room): void {
    this.#each('onUnload', (extension) => extension.onUnload?.(room));
  }

  afterUnload(room: Room): void {
    this.#each('afterUnload', (extension) => extension.afterUnload?.(room));
  }

  #each(hook: string, run: (extension: RelayExtension) => void): void {
    for (const extension of this.#list) {
      try {
        run(extension);
      } catch (error) {
        this.#log.error({ err: error, extension: extension.name, hook }, 'extension hook failed');
      }
    }
  }
}

/*
 * [1] A failing `onLoad` fails the room's load like a storage error: the room is dropped and its
 *     clients reconnect, rather than run without the feature (a board without its lock).
 */
