// make-earth-texture.mjs — renders Skyrack's stylised Earth texture.
//
// Output: an equirectangular (plate carrée) RGB PNG, longitude -180° at the
// left edge, 0° in the middle, +180° at the right edge, north up; 2:1 aspect.
// Data: Natural Earth 1:50m land and Admin-0 countries (public domain), as
// TopoJSON from the npm package `world-atlas` (ISC licence).
//
// How to run (from the repository root):
//   cd assets/tools && npm ci          # or: npm install
//   node make-earth-texture.mjs        # writes the default output below
//   rm -rf node_modules                # keep node_modules out of the repo
// Dependencies may also live elsewhere: NODE_PATH=/some/dir/node_modules
// node make-earth-texture.mjs works too (modules are loaded with require()).
//
// Options:
//   --width N         texture width in pixels (height is N/2); default 4096
//   --out FILE        output PNG; default
//                     app/src/main/resources/io/skyrack/app/earth/earth-<W>x<H>.png
//   --preview FILE    also write a 1024x512 box-filtered preview PNG
//   --no-borders      leave out the faint country borders
//
// Method: every polygon is filled with an even-odd scanline rasteriser that
// uses 8 sub-scanlines per pixel row and exact horizontal area coverage, so
// coastlines are anti-aliased. Rings that cross the antimeridian are
// unwrapped into continuous longitudes and drawn again shifted by ±360°;
// a ring that encircles a pole (Antarctica) is closed along that pole's edge.
// Colours depend on latitude, on distance to the coast and on how far inland
// a point is (a blurred land mask), which gives a clean, non-photographic map.

import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const topojson = require('topojson-client');
const { PNG } = require('pngjs');

// ---------------------------------------------------------------- options
const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
function opt(name, dflt) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
}
const W = parseInt(opt('--width', '4096'), 10);
if (!(W >= 256 && W % 2 === 0)) throw new Error('--width must be an even number >= 256');
const H = W / 2;
const outFile = resolve(opt('--out', resolve(here, '../../app/src/main/resources/io/skyrack/app/earth',
  `earth-${W}x${H}.png`)));
const previewFile = opt('--preview', null);
const drawBorders = !args.includes('--no-borders');

const SUB = 8; // sub-scanlines per pixel row
const PX_PER_DEG = W / 360;

// ---------------------------------------------------------------- data
function loadTopo(name) {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), 'utf8'));
}
const landTopo = loadTopo('land-50m.json');
const countriesTopo = loadTopo('countries-50m.json');

/** Polygons (arrays of rings of [lon, lat]) of a GeoJSON geometry or feature collection. */
function polygonsOf(geo) {
  const out = [];
  const visit = (g) => {
    if (!g) return;
    if (g.type === 'FeatureCollection') g.features.forEach((f) => visit(f.geometry));
    else if (g.type === 'Feature') visit(g.geometry);
    else if (g.type === 'GeometryCollection') g.geometries.forEach(visit);
    else if (g.type === 'Polygon') out.push(g.coordinates);
    else if (g.type === 'MultiPolygon') out.push(...g.coordinates);
  };
  visit(geo);
  return out;
}

// ---------------------------------------------------------------- geometry
const toX = (lon) => ((lon + 180) / 360) * W;
const toY = (lat) => ((90 - lat) / 180) * H;

/** Makes longitudes continuous along a ring (no jumps larger than 180°). */
function unwrap(ring) {
  const out = [[ring[0][0], ring[0][1]]];
  let shift = 0;
  for (let i = 1; i < ring.length; i++) {
    const d = ring[i][0] - ring[i - 1][0];
    if (d > 180) shift -= 360;
    else if (d < -180) shift += 360;
    out.push([ring[i][0] + shift, ring[i][1]]);
  }
  return out;
}

/**
 * Converts one polygon into pixel-space rings and reports the copies (x
 * offsets) needed to cover the map. Returns null for degenerate polygons.
 */
function preparePolygon(poly) {
  const rings = [];
  for (const ring of poly) {
    if (ring.length < 3) continue;
    // Skip pole-hugging artefact rings (all points within 0.1° of a pole).
    if (ring.every(([, lat]) => Math.abs(lat) > 89.9)) continue;
    let r = unwrap(ring);
    const first = r[0];
    const last = r[r.length - 1];
    const net = last[0] - first[0];
    if (Math.abs(net) > 180) {
      // The ring goes once around a pole: close it along that pole.
      const meanLat = r.reduce((s, p) => s + p[1], 0) / r.length;
      const pole = meanLat < 0 ? -90 : 90;
      r = r.concat([[last[0], pole], [first[0], pole]]);
    }
    // Put the ring's centre into [-180, 180) so that holes (e.g. the Caspian
    // Sea inside Eurasia, which crosses the antimeridian) line up with their
    // outer ring.
    let lo = Infinity;
    let hi = -Infinity;
    for (const [lon] of r) { if (lon < lo) lo = lon; if (lon > hi) hi = lon; }
    const shift = -360 * Math.floor(((lo + hi) / 2 + 180) / 360);
    if (shift !== 0) r = r.map(([lon, lat]) => [lon + shift, lat]);
    rings.push(r.map(([lon, lat]) => [toX(lon), toY(lat)]));
  }
  if (rings.length === 0) return null;
  let minX = Infinity;
  let maxX = -Infinity;
  for (const r of rings) for (const [x] of r) { if (x < minX) minX = x; if (x > maxX) maxX = x; }
  const offsets = [];
  for (const k of [-1, 0, 1]) {
    const o = k * W;
    if (maxX + o > 0 && minX + o < W) offsets.push(o);
  }
  return { rings, offsets };
}

/**
 * Adds the even-odd coverage of one polygon (all of its rings, shifted by
 * dx) into cov (Float32Array W*H). Coverage per pixel is the exact covered
 * fraction along x, averaged over SUB sub-scanlines in y.
 */
function fillPolygon(cov, rings, dx) {
  // Edge list: x0,y0 at the upper end (smaller y), slope dxdy.
  const edges = [];
  let minY = Infinity;
  let maxY = -Infinity;
  for (const r of rings) {
    const n = r.length;
    for (let i = 0; i < n; i++) {
      const a = r[i];
      const b = r[(i + 1) % n]; // closes the ring even if not explicitly closed
      if (a[1] === b[1]) continue;
      const top = a[1] < b[1] ? a : b;
      const bot = a[1] < b[1] ? b : a;
      edges.push({ y0: top[1], y1: bot[1], x0: top[0] + dx, k: (bot[0] - top[0]) / (bot[1] - top[1]) });
      if (top[1] < minY) minY = top[1];
      if (bot[1] > maxY) maxY = bot[1];
    }
  }
  if (edges.length === 0) return;
  // Sub-scanline s samples y = (s + 0.5) / SUB.
  const sFirst = Math.max(0, Math.ceil(minY * SUB - 0.5));
  const sLast = Math.min(H * SUB - 1, Math.floor(maxY * SUB - 0.5));
  if (sLast < sFirst) return;
  // Bucket edges by their first sub-scanline.
  const buckets = new Map();
  for (const e of edges) {
    const s0 = Math.max(sFirst, Math.ceil(e.y0 * SUB - 0.5));
    const s1 = Math.ceil(e.y1 * SUB - 0.5) - 1; // half-open: y0 <= y < y1
    if (s1 < s0) continue;
    e.sEnd = s1;
    if (!buckets.has(s0)) buckets.set(s0, []);
    buckets.get(s0).push(e);
  }
  let active = [];
  const xs = [];
  const w = 1 / SUB;
  for (let s = sFirst; s <= sLast; s++) {
    const add = buckets.get(s);
    if (add) active = active.concat(add);
    if (active.length === 0) continue;
    const y = (s + 0.5) / SUB;
    xs.length = 0;
    let keep = 0;
    for (let i = 0; i < active.length; i++) {
      const e = active[i];
      if (e.sEnd < s) continue;
      active[keep++] = e;
      xs.push(e.x0 + (y - e.y0) * e.k);
    }
    active.length = keep;
    xs.sort((p, q) => p - q);
    const row = Math.floor(s / SUB) * W;
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const xa = Math.max(0, xs[i]);
      const xb = Math.min(W, xs[i + 1]);
      if (xb <= xa) continue;
      const ia = Math.floor(xa);
      const ib = Math.floor(xb);
      if (ia === ib) {
        cov[row + ia] += (xb - xa) * w;
        continue;
      }
      cov[row + ia] += (ia + 1 - xa) * w;
      for (let x = ia + 1; x < ib; x++) cov[row + x] += w;
      if (ib < W) cov[row + ib] += (xb - ib) * w;
    }
  }
}

function rasterise(polys) {
  const cov = new Float32Array(W * H);
  for (const poly of polys) {
    const p = preparePolygon(poly);
    if (!p) continue;
    for (const o of p.offsets) fillPolygon(cov, p.rings, o);
  }
  for (let i = 0; i < cov.length; i++) if (cov[i] > 1) cov[i] = 1;
  return cov;
}

/** Max-accumulates an anti-aliased line of the given width (px) into buf. */
function strokeSegment(buf, x0, y0, x1, y1, width) {
  const half = width / 2;
  const pad = half + 1;
  const minX = Math.floor(Math.min(x0, x1) - pad);
  const maxX = Math.ceil(Math.max(x0, x1) + pad);
  const minY = Math.max(0, Math.floor(Math.min(y0, y1) - pad));
  const maxY = Math.min(H - 1, Math.ceil(Math.max(y0, y1) + pad));
  const vx = x1 - x0;
  const vy = y1 - y0;
  const len2 = vx * vx + vy * vy;
  for (let py = minY; py <= maxY; py++) {
    for (let px = minX; px <= maxX; px++) {
      const cx = px + 0.5;
      const cy = py + 0.5;
      let t = len2 > 0 ? ((cx - x0) * vx + (cy - y0) * vy) / len2 : 0;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const ddx = cx - (x0 + t * vx);
      const ddy = cy - (y0 + t * vy);
      const d = Math.sqrt(ddx * ddx + ddy * ddy);
      const a = Math.min(1, Math.max(0, half + 0.5 - d));
      if (a <= 0) continue;
      const xw = ((px % W) + W) % W; // wrap around the antimeridian
      const idx = py * W + xw;
      if (a > buf[idx]) buf[idx] = a;
    }
  }
}

/**
 * Separable box blur repeated `passes` times; wraps in x (longitude), clamps
 * in y. The horizontal radius grows with 1/cos(lat) so that the blur covers
 * about the same ground distance at every latitude.
 */
function blur(src, radiusPx, passes) {
  let a = Float32Array.from(src);
  let b = new Float32Array(W * H);
  for (let p = 0; p < passes; p++) {
    for (let y = 0; y < H; y++) {
      const lat = 90 - ((y + 0.5) * 180) / H;
      const c = Math.max(Math.cos((lat * Math.PI) / 180), 0.05);
      const r = Math.min(Math.round(radiusPx / c), (W >> 1) - 1);
      const n = 2 * r + 1;
      const row = y * W;
      let sum = 0;
      for (let k = -r; k <= r; k++) sum += a[row + ((k % W) + W) % W];
      for (let x = 0; x < W; x++) {
        b[row + x] = sum / n;
        sum += a[row + ((x + r + 1) % W)] - a[row + ((x - r) % W + W) % W];
      }
    }
    [a, b] = [b, a];
    const r = Math.max(1, Math.round(radiusPx));
    const n = 2 * r + 1;
    for (let x = 0; x < W; x++) {
      let sum = 0;
      for (let k = -r; k <= r; k++) sum += a[Math.min(H - 1, Math.max(0, k)) * W + x];
      for (let y = 0; y < H; y++) {
        b[y * W + x] = sum / n;
        sum += a[Math.min(H - 1, y + r + 1) * W + x] - a[Math.max(0, y - r) * W + x];
      }
    }
    [a, b] = [b, a];
  }
  return a;
}

// ---------------------------------------------------------------- colours
const clamp01 = (v) => (v < 0 ? 0 : v > 1 ? 1 : v);
const smooth = (e0, e1, v) => { const t = clamp01((v - e0) / (e1 - e0)); return t * t * (3 - 2 * t); };
const mix = (p, q, t) => [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t, p[2] + (q[2] - p[2]) * t];
const rgb = (hex) => [parseInt(hex.slice(1, 3), 16), parseInt(hex.slice(3, 5), 16), parseInt(hex.slice(5, 7), 16)];

const C = {
  oceanEquator: rgb('#1b4472'),
  oceanPolar: rgb('#10294a'),
  oceanOpen: rgb('#143760'), // far from any coast, mid latitudes
  shelf: rgb('#2f6791'), // shallow water glow along coasts
  tropical: rgb('#4f7248'),
  temperate: rgb('#647d4f'),
  boreal: rgb('#5d6e55'),
  tundra: rgb('#8c8b76'),
  arid: rgb('#a48f66'),
  semiArid: rgb('#8b8661'),
  ice: rgb('#dfe6ec'),
  iceEdge: rgb('#c3ced8'),
  border: rgb('#2b3326'),
};

function landColour(absLat, inland, nearCoast) {
  // Latitude zones with broad transitions: tropical green -> temperate ->
  // boreal -> tundra (lighter toward the poles).
  let col = mix(C.tropical, C.temperate, smooth(5, 40, absLat));
  col = mix(col, C.boreal, smooth(40, 60, absLat));
  col = mix(col, C.tundra, smooth(56, 72, absLat));
  // Dry interiors in the subtropics (Sahara, Arabia, Australia, Kalahari...).
  const band = smooth(6, 20, absLat) * (1 - smooth(28, 44, absLat));
  const dry = band * smooth(0.6, 0.98, inland);
  col = mix(col, C.semiArid, smooth(0, 0.5, dry) * 0.45);
  col = mix(col, C.arid, smooth(0.3, 1, dry) * 0.8);
  // Slightly darker, richer tone right at the coast.
  return mix(col, [col[0] * 0.9, col[1] * 0.93, col[2] * 0.9], 1 - nearCoast);
}

// ---------------------------------------------------------------- render
const t0 = Date.now();
const landPolys = polygonsOf(topojson.feature(landTopo, landTopo.objects.land));
const land = rasterise(landPolys);

const countries = topojson.feature(countriesTopo, countriesTopo.objects.countries);
const icePolys = polygonsOf({
  type: 'FeatureCollection',
  features: countries.features.filter((f) => ['Greenland', 'Antarctica'].includes(f.properties.name)),
});
const iceSheet = rasterise(icePolys);

let borders = null;
if (drawBorders) {
  borders = new Float32Array(W * H);
  const mesh = topojson.mesh(countriesTopo, countriesTopo.objects.countries, (a, b) => a !== b);
  const width = Math.max(0.6, W / 4096);
  for (const line of mesh.coordinates) {
    const u = unwrap(line).map(([lon, lat]) => [toX(lon), toY(lat)]);
    for (let i = 1; i < u.length; i++) {
      strokeSegment(borders, u[i - 1][0], u[i - 1][1], u[i][0], u[i][1], width);
    }
  }
}

// Blurred land masks: "near" ~ within a few tenths of a degree of the coast,
// "shelf" ~ 1°, "inland" ~ 8° (how continental a place is).
const near = blur(land, 0.25 * PX_PER_DEG, 2);
const shelf = blur(land, 0.9 * PX_PER_DEG, 3);
const inland = blur(land, 7 * PX_PER_DEG, 3);
console.log(`rasterised and blurred in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const png = new PNG({ width: W, height: H, colorType: 2, inputColorType: 2, inputHasAlpha: false });
const data = Buffer.alloc(W * H * 3);
for (let y = 0; y < H; y++) {
  const lat = 90 - ((y + 0.5) * 180) / H;
  const absLat = Math.abs(lat);
  // Ocean base by latitude: a little darker toward the poles.
  const oceanLat = mix(C.oceanEquator, C.oceanPolar, smooth(20, 85, absLat));
  // Latitude ice: everything on land above ~75°.
  const latIce = smooth(71, 77, absLat);
  for (let x = 0; x < W; x++) {
    const i = y * W + x;
    const l = land[i];

    // Ocean: deeper and darker away from land, lighter over the shelf.
    let ocean = mix(oceanLat, mix(C.oceanOpen, C.oceanPolar, smooth(20, 85, absLat)),
      0.6 * (1 - smooth(0, 0.25, inland[i])));
    ocean = mix(ocean, C.shelf, 0.55 * Math.pow(clamp01(shelf[i] * 2.2), 1.3));

    let col = ocean;
    if (l > 0) {
      let lc = landColour(absLat, inland[i], smooth(0.55, 0.9, near[i]));
      // Ice: Greenland and Antarctica ice sheets (a thin ice-free coastal
      // fringe on Greenland), and all land at very high latitude.
      const sheet = iceSheet[i] * (lat < 0 ? 1 : smooth(0.6, 0.85, near[i]));
      const ice = Math.max(latIce, sheet);
      if (ice > 0) lc = mix(lc, mix(C.iceEdge, C.ice, smooth(0.5, 0.95, near[i])), ice);
      if (borders && borders[i] > 0) lc = mix(lc, ice > 0.5 ? C.iceEdge : C.border, borders[i] * 0.4 * (1 - 0.5 * ice));
      col = mix(ocean, lc, l);
    }
    const o = i * 3;
    data[o] = Math.round(col[0]);
    data[o + 1] = Math.round(col[1]);
    data[o + 2] = Math.round(col[2]);
  }
}
png.data = data;
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, PNG.sync.write(png, { colorType: 2, inputColorType: 2, inputHasAlpha: false, deflateLevel: 9 }));
console.log(`wrote ${outFile} (${W}x${H})`);

if (previewFile) {
  const PW = 1024;
  const PH = 512;
  const f = W / PW;
  const prev = new PNG({ width: PW, height: PH, colorType: 2, inputColorType: 2, inputHasAlpha: false });
  const pd = Buffer.alloc(PW * PH * 3);
  for (let y = 0; y < PH; y++) {
    for (let x = 0; x < PW; x++) {
      for (let c = 0; c < 3; c++) {
        let s = 0;
        for (let j = 0; j < f; j++) for (let k = 0; k < f; k++) s += data[((y * f + j) * W + x * f + k) * 3 + c];
        pd[(y * PW + x) * 3 + c] = Math.round(s / (f * f));
      }
    }
  }
  prev.data = pd;
  writeFileSync(previewFile, PNG.sync.write(prev, { colorType: 2, inputColorType: 2, inputHasAlpha: false }));
  console.log(`wrote preview ${previewFile} (${PW}x${PH})`);
}
