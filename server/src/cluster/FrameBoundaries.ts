/**
 * Where WebSocket frames end in a byte stream (RFC 6455 §5.2), without decoding them: a forwarded
 * socket only carries bytes, yet to close it cleanly a close frame of our own must go in between
 * two of the owner's frames, never inside one.
 */
export class FrameBoundaries {
  /** The current frame's header bytes, while it is incomplete. */
  #header: number[] = [];
  /** Payload bytes of the current frame still to come; `null` while reading a header. */
  #remaining: number | null = null;

  /** Whether the bytes seen so far end exactly after a frame. */
  get atBoundary(): boolean {
    return this.#remaining === null && this.#header.length === 0;
  }

  /** Takes the next bytes of the stream; the offsets in `chunk` right after each frame ending there. */
  feed(chunk: Uint8Array): number[] {
    const ends: number[] = [];
    let i = 0;
    while (i < chunk.length) {
      if (this.#remaining === null) {
        this.#header.push(chunk[i] as number);
        i++;
        const length = payloadLength(this.#header);
        if (length === null) continue;
        this.#header = [];
        this.#remaining = length;
      } else {
        const take = Math.min(this.#remaining, chunk.length - i);
        i += take;
        this.#remaining -= take;
      }
      if (this.#remaining === 0) {
        this.#remaining = null;
        ends.push(i);
      }
    }
    return ends;
  }
}

/** The payload length once `header` is complete (mask key included), else `null`. */
function payloadLength(header: readonly number[]): number | null {
  if (header.length < 2) return null;
  const second = header[1] as number;
  const short = second & 0x7f;
  const extra = short === 126 ? 2 : short === 127 ? 8 : 0;
  const mask = second & 0x80 ? 4 : 0;
  if (header.length < 2 + extra + mask) return null;
  let length = short;
  if (extra > 0) {
    length = 0;
    // Up to 2^53: far beyond any frame `ws` accepts (`maxPayload`).
    for (let k = 0; k < extra; k++) length = length * 256 + (header[2 + k] as number);
  }
  return length;
}

/** A close frame from the server's side (unmasked): `code` and a short UTF-8 `reason`. */
export function closeFrame(code: number, reason: string): Buffer {
  const text = Buffer.from(reason, 'utf8').subarray(0, 123);
  const frame = Buffer.alloc(4 + text.length);
  frame[0] = 0x88; // FIN, opcode 8 (close)
  frame[1] = 2 + text.length;
  frame.writeUInt16BE(code, 2);
  text.copy(frame, 4);
  return frame;
}
