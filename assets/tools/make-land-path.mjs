// Writes the land polygons of Natural Earth 1:110m (via npm world-atlas 2.0.2) as one SVG path in an
// equirectangular projection, x = longitude + 180 (0..360), y = 90 - latitude (0..180), for the capacity report.
// Usage: npm install world-atlas@2.0.2 topojson-client@3 && node make-land-path.mjs > land-110m.svgpath
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const topo = JSON.parse(readFileSync(require.resolve('world-atlas/land-110m.json'), 'utf8'));
const land = feature(topo, topo.objects.land);
const parts = [];
function ring(coords) {
  // split rings where they cross the antimeridian so no segment spans the map
  let d = '';
  let prev = null;
  for (const [lon, lat] of coords) {
    const x = (lon + 180).toFixed(1);
    const y = (90 - lat).toFixed(1);
    d += (prev === null || Math.abs(lon - prev) > 180 ? 'M' : 'L') + x + ' ' + y;
    prev = lon;
  }
  return d + 'Z';
}
for (const f of land.features) {
  const g = f.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  for (const p of polys) for (const r of p) parts.push(ring(r));
}
process.stdout.write(parts.join('') + '\n');
