/**
 * Malformed and hostile messages for the sync socket, drawn from a seeded random source: garbage,
 * damaged messages, updates that are honest, malformed, too deep, full of gaps or of deletions
 * of unknown items, and presence that is too big, too deep, not JSON, or someone else's. Each
 * fuzz connection has its own generator with its own Y.Doc, so its honest-looking updates build
 * on each other the way a real client's do.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { kaartRecord } from '../helpers/records.js';
import type { Random } from './random.js';

export type FuzzMessage = Uint8Array | string;

/** What a connection has learnt from the server: client ids present in the room. */
export interface FuzzContext {
  knownClientIds: number[];
}

const sync = (type: number, payload: Uint8Array) => {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, type);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
};

const presence = (entries: Array<{ id: number; clock: number; json: string | Uint8Array }>) => {
  const body = encoding.createEncoder();
  encoding.writeVarUint(body, entries.length);
  for (const { id, clock, json } of entries) {
    encoding.writeVarUint(body, id);
    encoding.writeVarUint(body, clock);
    if (typeof json === 'string') encoding.writeVarString(body, json);
    else encoding.writeVarUint8Array(body, json);
  }
  const message = encoding.createEncoder();
  encoding.writeVarUint(message, 1);
  encoding.writeVarUint8Array(message, encoding.toUint8Array(body));
  return encoding.toUint8Array(message);
};

const nested = (depth: number, leaf: unknown): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { n: value };
  return value;
};

export class HostileMessages {
  readonly #random: Random;
  readonly #doc = new Y.Doc();
  readonly #updates: Uint8Array[] = [];
  #clock = 1;
  readonly #kinds: ReadonlyArray<readonly [number, (context: FuzzContext) => FuzzMessage]>;

  constructor(random: Random) {
    this.#random = random;
    this.#doc.on('update', (update: Uint8Array) => this.#updates.push(update));
    this.#kinds = [
      [3, () => random.bytes(random.int(1, 200))],
      [4, () => this.#damaged()],
      [1, () => 'hallo'],
      [3, () => sync(0, Y.encodeStateVector(this.#doc))],
      [1, () => sync(0, random.bytes(random.int(1, 64)))],
      [1, () => sync(0, this.#hugeStateVector())],
      [15, () => sync(random.pick([1, 2]), this.#ownUpdate())],
      [4, () => sync(2, this.#ownDeletion())],
      [1.5, () => sync(2, this.#deepUpdate())],
      [4, () => sync(2, this.#gapUpdate())],
      [3, () => sync(2, this.#unknownDeletions())],
      [2, () => sync(2, this.#sharedTypes())],
      [0.5, () => sync(2, this.#subdocument())],
      [1, () => sync(2, random.bytes(random.int(1, 500)))],
      [10, () => this.#ownPresence()],
      [3, () => this.#bigPresence()],
      [3, () => this.#deepPresence()],
      [6, (context) => this.#foreignPresence(context)],
      [1, () => presence([{ id: random.int(1, 2 ** 31), clock: 1, json: '{niet json' }])],
      [0.5, () => presence([{ id: random.int(1, 2 ** 31), clock: 1, json: random.bytes(20) }])],
      [2, () => this.#manyPresence()],
      [0.5, () => this.#lyingPresenceCount()],
      [4, () => new Uint8Array([3])],
      [0.5, () => new Uint8Array([random.int(4, 200), 0, 1])],
    ];
  }

  next(context: FuzzContext): FuzzMessage {
    return this.#random.weighted(this.#kinds)(context);
  }

  /** An honest-looking update of this connection's own doc (records, often malformed ones). */
  #ownUpdate(): Uint8Array {
    const random = this.#random;
    const records = this.#doc.getArray<unknown>('records');
    const before = this.#updates.length;
    this.#doc.transact(() => {
      for (let i = random.int(1, 5); i > 0; i--) {
        const id = `fuzz-${random.int(0, 1e9)}`;
        records.push([
          random.weighted<unknown>([
            [6, { key: `shape:${id}`, val: kaartRecord(id, `fuzz ${i}`, { x: i * 10, y: 0 }) }],
            [1, null],
            [1, random.int(-5, 5)],
            [1, [1, 2, 3]],
            [1, { key: random.int(0, 9), val: {} }],
            [1, { key: `shape:${id}`, val: null }],
            [
              1,
              {
                key: `shape:${id}`,
                val: { typeName: 'shape', props: nested(random.int(1, 40), 'x') },
              },
            ],
            [1, { key: `tekst-${id}`, val: 'x'.repeat(random.int(0, 20_000)) }],
          ]),
        ]);
      }
    });
    return Y.mergeUpdates(this.#updates.slice(before));
  }

  #ownDeletion(): Uint8Array {
    const records = this.#doc.getArray<unknown>('records');
    const before = this.#updates.length;
    if (records.length > 0) records.delete(this.#random.int(0, records.length - 1), 1);
    return Y.mergeUpdates(this.#updates.slice(before));
  }

  #deepUpdate(): Uint8Array {
    const doc = new Y.Doc();
    doc
      .getArray<unknown>('records')
      .push([{ key: 'diep', val: nested(this.#random.int(65, 400), 1) }]);
    return Y.encodeStateAsUpdate(doc);
  }

  /** Structs of another client that start past clock 0: they build on what nobody has. */
  #gapUpdate(): Uint8Array {
    const doc = new Y.Doc();
    const records = doc.getArray<unknown>('records');
    for (let i = this.#random.int(1, 30); i > 0; i--) records.push([i]);
    const vector = Y.encodeStateVector(doc);
    records.push([{ key: 'na-gat', val: 'x'.repeat(this.#random.int(0, 5_000)) }]);
    return Y.diffUpdate(Y.encodeStateAsUpdate(doc), vector);
  }

  #unknownDeletions(): Uint8Array {
    const random = this.#random;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    const clients = random.int(1, 3);
    encoding.writeVarUint(encoder, clients);
    for (let c = 0; c < clients; c++) {
      encoding.writeVarUint(encoder, random.int(1, 2 ** 31));
      const ranges = random.weighted([
        [5, random.int(1, 100)],
        [1, random.int(1_000, 50_000)],
      ]);
      encoding.writeVarUint(encoder, ranges);
      for (let i = 0; i < ranges; i++) {
        encoding.writeVarUint(encoder, random.int(0, 1e6));
        encoding.writeVarUint(encoder, random.int(1, 10));
      }
    }
    return encoding.toUint8Array(encoder);
  }

  #sharedTypes(): Uint8Array {
    const doc = new Y.Doc();
    const map = new Y.Map<unknown>();
    const text = new Y.Text('tekst');
    doc.getArray<unknown>('records').push([map, text]);
    map.set('key', 'geen record');
    doc.getMap('elders').set('x', new Y.Array());
    return Y.encodeStateAsUpdate(doc);
  }

  #subdocument(): Uint8Array {
    const doc = new Y.Doc();
    doc.getArray<unknown>('records').push([new Y.Doc()]);
    return Y.encodeStateAsUpdate(doc);
  }

  #hugeStateVector(): Uint8Array {
    const encoder = encoding.createEncoder();
    const clients = this.#random.int(1_000, 20_000);
    encoding.writeVarUint(encoder, clients);
    for (let i = 0; i < clients; i++) {
      encoding.writeVarUint(encoder, i + 1);
      encoding.writeVarUint(encoder, this.#random.int(0, 1e6));
    }
    return encoding.toUint8Array(encoder);
  }

  /** A valid message, then damaged: bits flipped, cut short or extended. */
  #damaged(): Uint8Array {
    const random = this.#random;
    const base = random.chance(0.5) ? sync(2, this.#ownUpdate()) : this.#ownPresence();
    const bytes = base.slice();
    switch (random.int(0, 2)) {
      case 0:
        for (let i = random.int(1, 4); i > 0; i--) {
          const at = random.int(0, bytes.length - 1);
          bytes[at] = (bytes[at] ?? 0) ^ (1 << random.int(0, 7));
        }
        return bytes;
      case 1:
        return bytes.subarray(0, random.int(0, bytes.length - 1));
      default: {
        const longer = new Uint8Array(bytes.length + random.int(1, 50));
        longer.set(bytes);
        longer.set(random.bytes(longer.length - bytes.length), bytes.length);
        return longer;
      }
    }
  }

  #ownPresence(): Uint8Array {
    const random = this.#random;
    const state = {
      user: {
        id: 'begeleider',
        name: `Fuzz ${random.int(0, 99)}`,
        color: '#1864ab',
        role: 'facilitator',
      },
      presence: { cursor: { x: random.int(-999, 999), y: random.int(-999, 999) } },
      pass: { roundId: 'r', index: random.int(0, 3) },
    };
    return presence([
      { id: this.#doc.clientID, clock: this.#clock++, json: JSON.stringify(state) },
    ]);
  }

  #bigPresence(): Uint8Array {
    const json = JSON.stringify({
      user: { name: 'Groot' },
      pad: 'x'.repeat(this.#random.int(9_000, 200_000)),
    });
    return presence([{ id: this.#doc.clientID, clock: this.#clock++, json }]);
  }

  #deepPresence(): Uint8Array {
    const depth = this.#random.int(17, 5_000);
    return presence([
      { id: this.#doc.clientID, clock: this.#clock++, json: '['.repeat(depth) + ']'.repeat(depth) },
    ]);
  }

  /** States and removals for client ids this connection saw of others. */
  #foreignPresence(context: FuzzContext): Uint8Array {
    const random = this.#random;
    const id =
      context.knownClientIds.length > 0
        ? random.pick(context.knownClientIds)
        : random.int(1, 2 ** 31);
    const json = random.chance(0.5)
      ? 'null'
      : JSON.stringify({ user: { name: 'Nep', role: 'facilitator' } });
    return presence([{ id, clock: random.int(0, 1e6), json }]);
  }

  #manyPresence(): Uint8Array {
    const random = this.#random;
    const entries = Array.from({ length: random.int(5, 2_000) }, () => ({
      id: random.int(1, 2 ** 31),
      clock: random.int(0, 10),
      json: '{"user":{"name":"veel"}}',
    }));
    return presence(entries);
  }

  #lyingPresenceCount(): Uint8Array {
    const body = encoding.createEncoder();
    encoding.writeVarUint(body, 2 ** 30);
    encoding.writeVarUint(body, 1);
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, 1);
    encoding.writeVarUint8Array(message, encoding.toUint8Array(body));
    return encoding.toUint8Array(message);
  }
}
