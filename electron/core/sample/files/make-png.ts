import { crc32, deflateSync } from 'node:zlib';

export type Rgb = readonly [number, number, number];

/** A rectangle to paint, in pixels from the top left. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  color: Rgb;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/**
 * A valid 8-bit RGB PNG of `width` x `height` on `background`, with `boxes` painted in order:
 * enough for the sample's charts and diagrams, with no image library.
 */
export function makePng(width: number, height: number, background: Rgb, boxes: readonly Box[]) {
  const stride = width * 3 + 1;
  const pixels = Buffer.alloc(stride * height);
  const paint = (x0: number, y0: number, w: number, h: number, [r, g, b]: Rgb) => {
    for (let y = Math.max(0, y0); y < Math.min(height, y0 + h); y += 1) {
      for (let x = Math.max(0, x0); x < Math.min(width, x0 + w); x += 1) {
        const at = y * stride + 1 + x * 3;
        pixels[at] = r;
        pixels[at + 1] = g;
        pixels[at + 2] = b;
      }
    }
  };
  paint(0, 0, width, height, background);
  for (const box of boxes) paint(box.x, box.y, box.width, box.height, box.color);

  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
