#!/usr/bin/env node
/**
 * Draws the add-in icons (assets/icon-*.png, assets/logo-filled.png): three
 * bars rising red, amber, green towards a dashed target line, on white.
 * Plain Node: shapes are rasterised with 4x4 supersampling and written as
 * RGBA PNG with zlib. Run `node scripts/make-icons.js` after changing it.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const OUT = path.join(__dirname, "..", "assets");

const WHITE = [255, 255, 255];
const BORDER = [176, 190, 197];
const INK = [55, 71, 79];
const RED = [198, 40, 40];
const AMBER = [249, 168, 37];
const GREEN = [46, 125, 50];
const TINT = [232, 245, 233];

/** Inside test for a rounded rectangle in unit coordinates. */
function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

const rect = (x0, y0, x1, y1) => roundRect(x0, y0, x1, y1, 0);

/** A horizontal dashed line; `dashes` dash+gap periods across [x0, x1]. */
function dashed(x0, x1, y0, y1, dashes) {
  const period = (x1 - x0) / dashes;
  return (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - x0) % period < period * 0.62;
}

/** Layers, painted in order. `size` lets small icons drop fine detail. */
function layers(size, filled) {
  const small = size <= 16;
  const line = small ? 1.5 / size : Math.max(1.5 / size, 0.045);
  const base = 0.84;
  const bar = (x0, top, colour) => [roundRect(x0, top, x0 + 0.2, base, small ? 0 : 0.03), colour];
  return [
    [roundRect(0, 0, 1, 1, small ? 0.12 : 0.14), BORDER],
    [roundRect(line * 0.7, line * 0.7, 1 - line * 0.7, 1 - line * 0.7, small ? 0.1 : 0.12), filled ? TINT : WHITE],
    bar(0.14, 0.6, RED),
    bar(0.4, 0.44, AMBER),
    bar(0.66, 0.28, GREEN),
    [small ? rect(0.1, 0.15, 0.9, 0.15 + line) : dashed(0.1, 0.9, 0.15, 0.15 + line, 5), INK],
    [rect(0.1, base, 0.9, base + line), INK],
  ];
}

function draw(size, filled) {
  const shapes = layers(size, filled);
  const ss = 4;
  const px = Buffer.alloc(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sj = 0; sj < ss; sj++) {
        for (let si = 0; si < ss; si++) {
          const x = (i + (si + 0.5) / ss) / size;
          const y = (j + (sj + 0.5) / ss) / size;
          let colour = null;
          for (const [inside, c] of shapes) if (inside(x, y)) colour = c;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const o = (j * size + i) * 4;
      if (a > 0) {
        px[o] = Math.round(r / a);
        px[o + 1] = Math.round(g / a);
        px[o + 2] = Math.round(b / a);
      }
      px[o + 3] = Math.round((255 * a) / (ss * ss));
    }
  }
  return encodePng(size, size, px);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

fs.mkdirSync(OUT, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(OUT, `icon-${size}.png`), draw(size, false));
}
fs.writeFileSync(path.join(OUT, "logo-filled.png"), draw(256, true));
console.log(`icons written to ${OUT}`);
