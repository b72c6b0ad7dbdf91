import { describe, expect, it } from 'vitest';
import { closeFrame, FrameBoundaries } from './FrameBoundaries.js';

/** An unmasked server frame with `length` payload bytes. */
function frame(length: number): Buffer {
  const header =
    length < 126
      ? Buffer.from([0x82, length])
      : length < 65_536
        ? Buffer.from([0x82, 126, length >> 8, length & 0xff])
        : Buffer.concat([Buffer.from([0x82, 127]), bigEndian64(length)]);
  return Buffer.concat([header, Buffer.alloc(length, 7)]);
}

function bigEndian64(n: number): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64BE(BigInt(n));
  return bytes;
}

describe('FrameBoundaries', () => {
  it('finds the end of every frame, whatever the chunks', () => {
    const stream = Buffer.concat([frame(0), frame(5), frame(300), frame(70_000), frame(1)]);
    const expected = [2, 9, 313, 70_323, 70_326];
    for (const size of [1, 3, 64, 4096, stream.length]) {
      const frames = new FrameBoundaries();
      const ends: number[] = [];
      for (let at = 0; at < stream.length; at += size) {
        for (const end of frames.feed(stream.subarray(at, at + size))) ends.push(at + end);
      }
      expect(ends, `chunks of ${size}`).toEqual(expected);
      expect(frames.atBoundary).toBe(true);
    }
  });

  it('knows when it is inside a frame or its header', () => {
    const frames = new FrameBoundaries();
    frames.feed(frame(10).subarray(0, 1));
    expect(frames.atBoundary).toBe(false);
    frames.feed(frame(10).subarray(1, 6));
    expect(frames.atBoundary).toBe(false);
    frames.feed(frame(10).subarray(6));
    expect(frames.atBoundary).toBe(true);
  });

  it('skips the mask key of a masked frame', () => {
    const masked = Buffer.from([0x82, 0x80 | 2, 1, 2, 3, 4, 9, 9]);
    expect(new FrameBoundaries().feed(masked)).toEqual([8]);
  });

  it('makes a close frame with its code and reason', () => {
    const close = closeFrame(4503, 'server wordt herstart');
    expect(close[0]).toBe(0x88);
    expect(close[1]).toBe(close.length - 2);
    expect(close.readUInt16BE(2)).toBe(4503);
    expect(close.subarray(4).toString()).toBe('server wordt herstart');
  });
});
