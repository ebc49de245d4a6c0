// Gzip bodies spliced from pieces deflated once and bytes stored as they are, so nothing is compressed per request.
import zlib from 'node:zlib';

/** RFC 1952 header: magic, deflate, no flags, no time stamp, no extra flags, unknown OS. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);

/** An empty stored block with BFINAL set: the end of the deflate stream (RFC 1951 §3.2.4). */
const FINAL_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);

/** A stored block's length is 16 bits, so longer bytes take several blocks. */
export const MAX_STORED_BLOCK = 0xffff;

/** How far back a deflate back-reference can reach: more history than this is never used. */
export const DEFLATE_WINDOW = 32 * 1024;

/**
 * Raw deflate of bytes that never change, ended with a sync flush: the blocks are not final and
 * end on a byte boundary, so any other blocks may follow them. `history` is what will precede
 * these bytes in every body they are used in (at most the last 32 KB counts); the blocks may
 * refer back into it, which compresses far better than starting cold, and is only valid if those
 * exact bytes do come right before.
 */
export function deflatePiece(bytes: Buffer, history?: Buffer): Buffer {
  const recent = history?.subarray(Math.max(0, history.length - DEFLATE_WINDOW));
  return zlib.deflateRawSync(bytes, {
    finishFlush: zlib.constants.Z_SYNC_FLUSH,
    ...(recent && recent.length > 0 ? { dictionary: recent } : {}),
  });
}

/**
 * Bytes as deflate stored (uncompressed) blocks, each a header byte 0x00 (not final, stored),
 * then LEN and its complement NLEN, little-endian, then the bytes themselves, unchanged.
 */
export function storedBlocks(bytes: Buffer): Buffer[] {
  const blocks: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += MAX_STORED_BLOCK) {
    const chunk = bytes.subarray(offset, offset + MAX_STORED_BLOCK);
    const header = Buffer.allocUnsafe(5);
    header[0] = 0x00;
    header.writeUInt16LE(chunk.length, 1);
    header.writeUInt16LE(~chunk.length & 0xffff, 3);
    blocks.push(header, chunk);
  }
  return blocks;
}

/**
 * One gzip member around non-final deflate blocks: the header, the blocks, an empty final block,
 * then the CRC-32 and length (mod 2^32) of `plain`, the uncompressed bytes the blocks stand for.
 * Given as the pieces to write one after another, so nothing is copied into one buffer.
 */
export function gzipMember(blocks: readonly Buffer[], plain: readonly Buffer[]): Buffer[] {
  let crc = 0;
  let size = 0;
  for (const piece of plain) {
    crc = zlib.crc32(piece, crc);
    size += piece.length;
  }
  const trailer = Buffer.allocUnsafe(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size % 2 ** 32, 4);
  return [GZIP_HEADER, ...blocks, FINAL_BLOCK, trailer];
}
