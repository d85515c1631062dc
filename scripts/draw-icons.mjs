#!/usr/bin/env node
// Draws the add-in's icons (a page with a green tick) as PNG files in assets/.
// The shapes are vectors in a unit square, rendered with 8×8 supersampling so the small ribbon sizes
// stay crisp without an image editor or a native dependency. Run: node scripts/draw-icons.mjs
import { deflateSync, crc32 } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ICON_SIZES = [16, 32, 64, 80, 128];

const WORD_BLUE = [24, 90, 189, 255];
const FOLD_BLUE = [199, 224, 244, 255];
const LINE_GREY = [138, 160, 190, 255];
const PAPER = [255, 255, 255, 255];
const TICK_GREEN = [16, 124, 16, 255];

const page = [
  [0.14, 0.05],
  [0.54, 0.05],
  [0.72, 0.23],
  [0.72, 0.95],
  [0.14, 0.95],
];
const fold = [
  [0.54, 0.05],
  [0.54, 0.23],
  [0.72, 0.23],
];
const badge = { cx: 0.7, cy: 0.72, r: 0.27 };
const tick = [
  [0.585, 0.725],
  [0.67, 0.81],
  [0.815, 0.635],
];

function insidePolygon(x, y, points) {
  let inside = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function nearPolyline(x, y, points, halfWidth, closed) {
  const last = closed ? points.length : points.length - 1;
  for (let i = 0; i < last; i++) {
    if (distanceToSegment(x, y, points[i], points[(i + 1) % points.length]) <= halfWidth) return true;
  }
  return false;
}

/** The colour of the icon at one point of the unit square, painting back to front; null is transparent. */
function colourAt(x, y, size) {
  // Thin strokes vanish at 16 px, so line widths never drop below one pixel.
  const px = 1 / size;
  const outline = Math.max(0.055, 1.1 * px) / 2;
  const lineHalf = Math.max(0.025, 0.5 * px);
  const lineRows = size <= 16 ? [0.4, 0.6] : [0.36, 0.5, 0.64];
  const inBadge = Math.hypot(x - badge.cx, y - badge.cy);

  let colour = null;
  if (insidePolygon(x, y, page)) colour = PAPER;
  if (insidePolygon(x, y, fold)) colour = FOLD_BLUE;
  for (const row of lineRows) {
    if (Math.abs(y - row) <= lineHalf && x >= 0.24 && x <= 0.6) colour = LINE_GREY;
  }
  if (nearPolyline(x, y, page, outline, true) || nearPolyline(x, y, fold, outline * 0.8, false)) colour = WORD_BLUE;
  if (inBadge <= badge.r + Math.max(0.04, px)) colour = PAPER;
  if (inBadge <= badge.r) colour = TICK_GREEN;
  if (nearPolyline(x, y, tick, Math.max(0.034, 0.75 * px), false)) colour = PAPER;
  return colour;
}

function render(size) {
  const samples = 8;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const offset = (py * size + px) * 4;
      if (a > 0) {
        rgba[offset] = Math.round(r / a);
        rgba[offset + 1] = Math.round(g / a);
        rgba[offset + 2] = Math.round(b / a);
        rgba[offset + 3] = Math.round((255 * a) / (samples * samples));
      }
    }
  }
  return rgba;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
  mkdirSync(assets, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(assets, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, render(size)));
    console.log(`wrote ${file}`);
  }
}
