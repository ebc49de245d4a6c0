// The gzip splice: pieces deflated once and stored bytes make one body every gunzip accepts.
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deflatePiece, gzipMember, MAX_STORED_BLOCK, storedBlocks } from './gzip-splice.js';

function gunzipStreaming(body: Buffer): Promise<Buffer> {
  // Small chunks, so block boundaries fall in the middle of reads as they do on a network.
  const chunks = Array.from({ length: Math.ceil(body.length / 1000) }, (_, i) =>
    body.subarray(i * 1000, (i + 1) * 1000),
  );
  return buffer(Readable.from(chunks).pipe(zlib.createGunzip()));
}

/** A body of static pieces (deflated once, each knowing what came before) and dynamic ones. */
function splice(parts: { bytes: Buffer; dynamic?: boolean }[]) {
  const blocks: Buffer[] = [];
  let history = Buffer.alloc(0);
  for (const { bytes, dynamic } of parts) {
    if (dynamic) {
      blocks.push(...storedBlocks(bytes));
      history = Buffer.alloc(0);
    } else {
      blocks.push(deflatePiece(bytes, history));
      history = Buffer.concat([history, bytes]);
    }
  }
  const plain = parts.map((p) => p.bytes);
  return { body: Buffer.concat(gzipMember(blocks, plain)), plain: Buffer.concat(plain) };
}

const text = (s: string) => Buffer.from(s, 'utf8');

describe('the gzip splice', () => {
  it('gives a body that gunzips, at once and streamed, to the pieces in order', async () => {
    const { body, plain } = splice([
      { bytes: text('{"title":"Backend","topics":[') },
      { bytes: text('{"id":"sql","note":"réviser 日本 ✓ 🚀"}'), dynamic: true },
      { bytes: text(',{"id":"http","title":"HTTP basics"}') },
      { bytes: text(',{"id":"http2","title":"HTTP basics again"}') },
      { bytes: text(']}') },
    ]);
    expect(body.subarray(0, 10)).toEqual(
      Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]),
    );
    expect(zlib.gunzipSync(body)).toEqual(plain);
    expect(await gunzipStreaming(body)).toEqual(plain);
  });

  it('splits stored bytes longer than one block at 65,535 bytes', async () => {
    const long = Buffer.alloc(MAX_STORED_BLOCK * 2 + 17, 'é');
    const blocks = storedBlocks(long);
    expect(blocks).toHaveLength(6);
    expect(blocks.filter((_, i) => i % 2 === 1).map((b) => b.length)).toEqual([
      MAX_STORED_BLOCK,
      MAX_STORED_BLOCK,
      17,
    ]);
    const header = blocks[4];
    expect(header).toEqual(Buffer.from([0x00, 17, 0x00, ~17 & 0xff, 0xff]));

    const exact = Buffer.alloc(MAX_STORED_BLOCK, 'x');
    const { body, plain } = splice([
      { bytes: text('[') },
      { bytes: long, dynamic: true },
      { bytes: exact, dynamic: true },
      { bytes: text(']') },
    ]);
    expect(zlib.gunzipSync(body)).toEqual(plain);
    expect(await gunzipStreaming(body)).toEqual(plain);
  });

  it('stores nothing for empty bytes, and still ends a body with no pieces', () => {
    expect(storedBlocks(Buffer.alloc(0))).toEqual([]);
    expect(zlib.gunzipSync(Buffer.concat(gzipMember([], [])))).toEqual(Buffer.alloc(0));
  });

  it('lets a piece refer back into the 32 KB of history before it', () => {
    const history = Buffer.alloc(40_000, 'history that repeats itself ');
    const piece = history.subarray(history.length - 3000);
    const cold = deflatePiece(piece);
    const warm = deflatePiece(piece, history);
    expect(warm.length).toBeLessThan(cold.length);
    const body = Buffer.concat(gzipMember([deflatePiece(history), warm], [history, piece]));
    expect(zlib.gunzipSync(body)).toEqual(Buffer.concat([history, piece]));
  });

  it('writes the CRC-32 and length of the uncompressed bytes in the trailer', () => {
    const pieces = [text('ab'), text('日本')];
    const body = Buffer.concat(
      gzipMember(
        pieces.map((p) => deflatePiece(p)),
        pieces,
      ),
    );
    const whole = Buffer.concat(pieces);
    expect(body.readUInt32LE(body.length - 8)).toBe(zlib.crc32(whole));
    expect(body.readUInt32LE(body.length - 4)).toBe(whole.length);
  });
});
