#!/usr/bin/env node
"use strict";
/**
 * Draws the add-in's icon (a green rounded square with a white check mark) at the sizes the
 * manifest names and writes assets/icon-NN.png. Plain Node: no image library is installed,
 * so the PNG is written by hand (zlib for IDAT, CRC32 for the chunks).
 *
 *   node scripts/make-icons.js            writes assets/icon-{16,32,64,80}.png
 *   node scripts/make-icons.js 16 32      only those sizes
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const OUT_DIR = path.resolve(__dirname, "..", "assets");

// Colours: a green close to the 绩效 "pass" colour of the task pane, darker towards the bottom.
const TOP = [46, 158, 91];
const BOTTOM = [27, 122, 67];
const WHITE = [255, 255, 255];

/** Samples per pixel side: 4 × 4 supersampling is enough for smooth edges at 16 px. */
const SS = 4;

// ---------------------------------------------------------------------------------------
// Geometry, in units of the icon's side (0..1), so every size draws the same picture.

/** Signed distance from (x, y) to a rounded square inset by `inset` with corner radius r. */
function roundedSquareDistance(x, y, inset, r) {
  const half = 0.5 - inset;
  const qx = Math.abs(x - 0.5) - (half - r);
  const qy = Math.abs(y - 0.5) - (half - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  const inside = Math.min(Math.max(qx, qy), 0);
  return outside + inside - r;
}

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The check mark: two strokes with round ends. */
const CHECK = [
  [0.26, 0.52],
  [0.43, 0.69],
  [0.75, 0.33],
];

function checkDistance(x, y) {
  return Math.min(segmentDistance(x, y, CHECK[0], CHECK[1]), segmentDistance(x, y, CHECK[1], CHECK[2]));
}

/** RGBA of one pixel, from SS × SS samples. */
function pixel(size, px, py) {
  // Thin sizes need a relatively thicker stroke and a smaller margin to stay legible.
  const inset = size <= 16 ? 0.02 : 0.04;
  const radius = size <= 16 ? 0.16 : 0.2;
  const stroke = size <= 16 ? 0.075 : 0.065;
  let cover = 0;
  let mark = 0;
  for (let sy = 0; sy < SS; sy++) {
    for (let sx = 0; sx < SS; sx++) {
      const x = (px + (sx + 0.5) / SS) / size;
      const y = (py + (sy + 0.5) / SS) / size;
      if (roundedSquareDistance(x, y, inset, radius) <= 0) {
        cover++;
        if (checkDistance(x, y) <= stroke) mark++;
      }
    }
  }
  const samples = SS * SS;
  if (cover === 0) return [0, 0, 0, 0];
  const t = py / Math.max(size - 1, 1);
  const green = TOP.map((c, i) => c + (BOTTOM[i] - c) * t);
  const share = mark / cover; // of the covered samples, how many are white
  const rgb = green.map((c, i) => Math.round(c + (WHITE[i] - c) * share));
  return [...rgb, Math.round((255 * cover) / samples)];
}

// ---------------------------------------------------------------------------------------
// PNG encoding (RGBA, 8 bits per channel, no interlace).

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(size, rgbaAt) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  header[10] = 0; // deflate
  header[11] = 0; // adaptive filtering
  header[12] = 0; // no interlace
  const rowLength = 1 + size * 4;
  const raw = Buffer.alloc(rowLength * size);
  for (let y = 0; y < size; y++) {
    raw[y * rowLength] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = rgbaAt(x, y);
      raw.set([r, g, b, a], y * rowLength + 1 + x * 4);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const sizes = process.argv.slice(2).length ? process.argv.slice(2).map(Number) : SIZES;
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const size of sizes) {
    if (!Number.isInteger(size) || size < 8 || size > 1024) throw new Error(`not an icon size: ${size}`);
    const file = path.join(OUT_DIR, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, (x, y) => pixel(size, x, y)));
    process.stdout.write(`${path.relative(process.cwd(), file)} (${size}×${size})\n`);
  }
}

if (require.main === module) main();

module.exports = { encodePng, crc32 };
