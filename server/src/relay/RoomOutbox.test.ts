import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import type { SharedMessage } from './broadcastFrame.js';
import { frameBinary } from './broadcastFrame.js';
import { RoomOutbox } from './RoomOutbox.js';

class Receiver {
  readonly writes: SharedMessage[] = [];
  sendShared(shared: SharedMessage): void {
    this.writes.push(shared);
  }
  get messages(): number[] {
    return this.writes.flatMap((write) => write.messages.map((message) => message[0]!));
  }
}

const message = (n: number) => Uint8Array.of(n, 0, 0);

describe('RoomOutbox', () => {
  it('sends a quiet room’s message at once, to everyone but its sender', () => {
    const [a, b, c] = [new Receiver(), new Receiver(), new Receiver()];
    const outbox = new RoomOutbox(new Set([a, b, c]), { paceMs: 50, pacedFrom: 2 });
    outbox.send(message(1), a);
    expect(a.writes).toHaveLength(0);
    expect(b.messages).toEqual([1]);
    expect(c.messages).toEqual([1]);
    expect(Buffer.from(b.writes[0]!.frames)).toEqual(Buffer.from(frameBinary(message(1))));
  });

  it('collects a busy room’s messages into one write per receiver, in order, without its own', async () => {
    const [a, b, c] = [new Receiver(), new Receiver(), new Receiver()];
    const outbox = new RoomOutbox(new Set([a, b, c]), { paceMs: 30, pacedFrom: 2 });
    outbox.send(message(1), a);
    outbox.send(message(2), b);
    outbox.send(message(3), a);
    outbox.send(message(4), null);
    // Only the first went out; the rest wait for the interval.
    expect([a.messages, b.messages, c.messages]).toEqual([[], [1], [1]]);
    await sleep(60);
    expect(a.messages).toEqual([2, 4]);
    expect(b.messages).toEqual([1, 3, 4]);
    expect(c.messages).toEqual([1, 2, 3, 4]);
    // One write each for the collected messages, its frames one after the other.
    expect(c.writes).toHaveLength(2);
    const frames = Buffer.concat([2, 3, 4].map((n) => frameBinary(message(n))));
    expect(Buffer.from(c.writes[1]!.frames)).toEqual(frames);
    outbox.dispose();
  });

  it('does not hold back the messages of a room smaller than pacedFrom', () => {
    const [a, b, c] = [new Receiver(), new Receiver(), new Receiver()];
    const receivers = new Set([a, b]);
    const outbox = new RoomOutbox(receivers, { paceMs: 10_000, pacedFrom: 3 });
    for (const n of [1, 2, 3]) outbox.send(message(n), a);
    expect(b.messages).toEqual([1, 2, 3]);
    // A third person joins: from then on the room waits for the pace.
    receivers.add(c);
    outbox.send(message(4), a);
    expect(b.messages).toEqual([1, 2, 3]);
    outbox.flush();
    expect([b.messages, c.messages]).toEqual([[1, 2, 3, 4], [4]]);
    outbox.dispose();
  });

  it('sends what it collected when flushed, and nothing after dispose', () => {
    const [a, b] = [new Receiver(), new Receiver()];
    const outbox = new RoomOutbox(new Set([a, b]), { paceMs: 10_000, pacedFrom: 2 });
    outbox.send(message(1), a);
    outbox.send(message(2), a);
    outbox.flush();
    expect(b.messages).toEqual([1, 2]);
    outbox.send(message(3), a);
    outbox.dispose();
    outbox.flush();
    expect(b.messages).toEqual([1, 2]);
  });
});
