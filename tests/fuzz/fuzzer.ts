/**
 * Drives hostile connections at a server: each opens a socket on a room of one of the fuzzed
 * boards (content mostly, control, a private room with a made-up member key, or a path that is
 * no room at all), with a participant, viewer or begeleider link or none, sends a few dozen
 * messages from `HostileMessages`, and goes; `concurrency` of them at a time, until `messages`
 * have been sent. Seeded: the same seed sends the same messages.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import {
  controlRoom,
  memberIdForKey,
  MEMBER_KEY_PATTERN,
  privateRoom,
  toBase64Url,
} from '@werkbord/shared';
import * as decoding from 'lib0/decoding';
import { WebSocket } from 'ws';
import type { TestBoard } from '../helpers/boards.js';
import { type FuzzContext, HostileMessages } from './hostileMessages.js';
import { Random } from './random.js';

export interface FuzzOptions {
  syncUrl: string;
  boards: readonly TestBoard[];
  seed: number;
  messages: number;
  concurrency: number;
  /** The most messages one connection sends (it sends between 1 and this many). */
  perConnection?: number;
  /** Pause between two messages of one connection, ms (0: as fast as the socket takes them). */
  pauseMs?: number;
}

export interface FuzzResult {
  messages: number;
  connections: number;
  /** How the connections ended: close code → count. */
  closes: Map<number, number>;
}

export async function fuzz(options: FuzzOptions): Promise<FuzzResult> {
  const result: FuzzResult = { messages: 0, connections: 0, closes: new Map() };
  /** Takes one message from the run's budget; `false` once it is spent. */
  const send = () => {
    if (result.messages >= options.messages) return false;
    result.messages++;
    return true;
  };
  const worker = async (index: number) => {
    const random = new Random(options.seed * 1_000 + index);
    while (result.messages < options.messages) {
      result.connections++;
      const want = random.int(1, options.perConnection ?? 60);
      const code = await hostileConnection(random, options, want, send);
      result.closes.set(code, (result.closes.get(code) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, i) => worker(i)));
  return result;
}

/** One hostile connection; resolves with its close code once it is gone. */
async function hostileConnection(
  random: Random,
  options: FuzzOptions,
  want: number,
  send: () => boolean,
): Promise<number> {
  const url = await hostileUrl(random, options);
  const ws = new WebSocket(url);
  const context: FuzzContext = { knownClientIds: [] };
  const messages = new HostileMessages(random);
  ws.on('message', (data: Buffer) => learnClientIds(new Uint8Array(data), context));
  ws.on('error', () => {});
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  const opened = await Promise.race([
    new Promise<boolean>((resolve) => ws.once('open', () => resolve(true))),
    closed.then(() => false),
    sleep(10_000).then(() => false), // a server that does not answer at all
  ]);
  if (!opened) ws.terminate();
  if (opened) {
    for (let i = 0; i < want && ws.readyState === WebSocket.OPEN && send(); i++) {
      ws.send(messages.next(context));
      if ((options.pauseMs ?? 0) > 0) await sleep(options.pauseMs);
      else if (i % 8 === 7) await sleep(0);
    }
    // Some leave at once, some linger for the answers, some vanish without a goodbye.
    if (random.chance(0.2)) ws.terminate();
    else {
      await Promise.race([closed, sleep(random.int(0, 200))]);
      ws.close();
    }
  }
  return Promise.race([closed, sleep(5_000).then(() => -1)]);
}

async function hostileUrl(random: Random, { syncUrl, boards }: FuzzOptions): Promise<string> {
  const board = random.pick(boards);
  const token = random.weighted<string | null>([
    [50, board.tokens.participant],
    [30, board.tokens.viewer],
    [15, board.tokens.facilitator],
    [3, null],
    [2, 'geen-token'],
  ]);
  const key = toBase64Url(random.bytes(16));
  if (!MEMBER_KEY_PATTERN.test(key)) throw new Error('member key');
  const room = random.weighted<string>([
    [80, board.boardId],
    [10, controlRoom(board.boardId)],
    [7, privateRoom(board.boardId, await memberIdForKey(key))],
    [2, `${board.boardId}.onzin`],
    [1, 'geen-bord'],
  ]);
  const query = new URLSearchParams();
  if (token !== null) query.set('t', token);
  if (room.includes('.private.')) query.set('k', key);
  if (random.chance(0.3)) query.set('pk', random.chance(0.5) ? key : 'kort');
  return `${syncUrl}/${room}?${query}`;
}

/** Remembers client ids from the server's presence messages (to send their states as ours). */
function learnClientIds(bytes: Uint8Array, context: FuzzContext): void {
  try {
    const decoder = decoding.createDecoder(bytes);
    if (decoding.readVarUint(decoder) !== 1) return;
    const body = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const count = decoding.readVarUint(body);
    for (let i = 0; i < count && context.knownClientIds.length < 50; i++) {
      context.knownClientIds.push(decoding.readVarUint(body));
      decoding.readVarUint(body);
      decoding.readVarString(body);
    }
  } catch {
    // not ours to judge
  }
}
