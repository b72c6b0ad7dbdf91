/**
 * A room's broadcasts, paced. A small room, or a quiet one, sends each message at once. A room of
 * at least `pacedFrom` people whose last send was less than `paceMs` ago collects what follows
 * and sends it together when the interval is over: each receiver gets every collected frame in
 * one socket write instead of one write per message. The write, not the framing, is what a
 * delivery costs (on loopback the kernel also does the receiving side's work in it): at 25
 * people editing one board, pacing halves the writes for a delay of at most `paceMs` [1]. A
 * receiver never gets its own message back, and every receiver gets the messages in the order
 * they were broadcast.
 */
import { type SharedMessage, shareMessages } from './broadcastFrame.js';

/** Less than a frame of a 60 Hz screen: not felt, and twice the messages per write at 25 people. */
export const BROADCAST_PACE_MS = 16;
/** A write saved is a write per receiver: in a smaller room pacing would only delay. [3] */
export const PACED_FROM_RECEIVERS = 8;

export interface OutboxPace {
  paceMs?: number;
  pacedFrom?: number;
}

export interface OutboxReceiver {
  sendShared(shared: SharedMessage): void;
}

interface Queued<R> {
  message: Uint8Array;
  except: R | null;
}

export class RoomOutbox<R extends OutboxReceiver> {
  readonly #receivers: ReadonlySet<R>;
  readonly #paceMs: number;
  #queued: Queued<R>[] = [];
  #sentAt = -Infinity;
  #timer: NodeJS.Timeout | null = null;
  readonly #pacedFrom: number;

  constructor(
    receivers: ReadonlySet<R>,
    { paceMs = BROADCAST_PACE_MS, pacedFrom = PACED_FROM_RECEIVERS }: OutboxPace = {},
  ) {
    this.#receivers = receivers;
    this.#paceMs = paceMs;
    this.#pacedFrom = pacedFrom;
  }

  send(message: Uint8Array, except: R | null): void {
    this.#queued.push({ message, except });
    if (this.#timer !== null) return;
    const paced = this.#receivers.size >= this.#pacedFrom;
    const wait = paced ? this.#sentAt + this.#paceMs - performance.now() : 0;
    if (wait <= 0) this.flush();
    else this.#timer = setTimeout(() => this.flush(), wait); // [2]
  }

  /** Sends what is collected now (also before the room is dropped). */
  flush(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    const queued = this.#queued;
    if (queued.length === 0) return;
    this.#queued = [];
    this.#sentAt = performance.now();
    const senders = new Set(queued.map(({ except }) => except));
    let toAll: SharedMessage | null = null;
    for (const receiver of this.#receivers) {
      if (!senders.has(receiver)) {
        toAll ??= shareMessages(queued.map(({ message }) => message));
        receiver.sendShared(toAll);
        continue;
      }
      // One of the senders: everything but its own messages.
      const others = queued.filter(({ except }) => except !== receiver);
      if (others.length > 0) receiver.sendShared(shareMessages(others.map((q) => q.message)));
    }
  }

  dispose(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#queued = [];
  }
}

/*
 * [1] 20 boards × 25 people at 2 updates a second each: a board sends about 50 messages a second,
 *     so a 16 ms pace puts about 1.5 in each write.
 * [2] Not unref'd: queued messages are stored updates that must still reach the clients.
 * [3] 500 boards of 3 people at one update a second each: a board sends two updates within 16 ms
 *     of each other about 3 % of the time. Pacing every room held those back by up to 16 ms, to
 *     save one write to each of two receivers.
 */
