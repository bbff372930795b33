// Builds seeds/map/china-regions.csv from the map data of the npm package echarts 4.9.0 (Apache-2.0):
//   npm pack echarts@4.9.0 && tar xzf echarts-4.9.0.tgz
//   node seeds/tools/china-map.js package seeds/divisions.csv > seeds/map/china-regions.csv
// Decodes the package's compressed coordinates, renames prefectures whose codes changed since the data was
// drawn (see seeds/README.md), simplifies each ring (Douglas–Peucker) and writes integer hundredths of a
// degree as deltas, so the seed stays small and the app needs no JSON of 2 MB at start.
'use strict';
const fs = require('fs');
const path = require('path');

const [pkg, divisionsFile] = process.argv.slice(2);
const TOLERANCE = {1: 0.045, 2: 0.03};   // degrees; a province map at full screen is ~0.05°/pixel
const RENAMED = {'469003': '460400', '652100': '650400', '652200': '650500', '542200': '540500',
                 '542400': '540600', '542600': '540400', '371200': '370100' /* 莱芜 joined 济南 in 2019 */};

const divisions = {};
for (const line of fs.readFileSync(divisionsFile, 'utf8').split('\n').slice(1)) {
  if (line) { const [code, name] = line.split(','); divisions[code] = name; }
}

function decodeRing(text, offsets, scale) {
  const ring = [];
  let x = offsets[0], y = offsets[1];
  for (let i = 0; i < text.length; i += 2) {
    const dx = text.charCodeAt(i) - 64, dy = text.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function rings(feature, scale) {
  const g = feature.geometry;
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const offsets = g.type === 'Polygon' ? [g.encodeOffsets] : g.encodeOffsets;
  const out = [];
  polygons.forEach((polygon, p) => polygon.forEach((ring, r) =>
      out.push(typeof ring === 'string' ? decodeRing(ring, offsets[p][r], scale) : ring)));
  return out;
}

function simplify(points, tolerance) {
  if (points.length < 4) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let worst = -1, worstDistance = tolerance;
    for (let i = a + 1; i < b; i++) {
      const d = distance(points[i], points[a], points[b]);
      if (d > worstDistance) { worst = i; worstDistance = d; }
    }
    if (worst >= 0) { keep[worst] = 1; stack.push([a, worst], [worst, b]); }
  }
  return points.filter((_, i) => keep[i]);
}

function distance(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
}

function encode(ringList, tolerance) {
  const parts = [];
  for (const ring of ringList) {
    const ints = simplify(ring, tolerance).map(([lon, lat]) => [Math.round(lon * 100), Math.round(lat * 100)]);
    const unique = ints.filter((p, i) => i === 0 || p[0] !== ints[i - 1][0] || p[1] !== ints[i - 1][1]);
    if (unique.length < 4) continue;          // a speck smaller than the map can show
    let px = 0, py = 0;
    parts.push(unique.map(([x, y], i) => { const s = i === 0 ? `${x} ${y}` : `${x - px} ${y - py}`; px = x; py = y; return s; }).join(' '));
  }
  return parts.join(';');
}

const rows = [];
function add(file, level) {
  const json = JSON.parse(fs.readFileSync(path.join(pkg, 'map/json', file), 'utf8'));
  const scale = json.UTF8Scale || 1024;
  const byCode = new Map();
  for (const f of json.features) {
    const code = RENAMED[f.id] || f.id;
    const entry = byCode.get(code) || {code, level, rings: [], cp: f.properties.cp, name: f.properties.name};
    entry.rings.push(...rings(f, json.UTF8Encoding ? scale : 1));
    if (!RENAMED[f.id]) { entry.cp = f.properties.cp; entry.name = f.properties.name; }
    byCode.set(code, entry);
  }
  for (const e of byCode.values()) {
    rows.push([e.code, level, divisions[e.code] || e.name, e.cp[0].toFixed(2), e.cp[1].toFixed(2), encode(e.rings, TOLERANCE[level])]);
  }
}
// The South China Sea islands' inset (南海诸岛), drawn at the lower right as on published maps of China: the
// outline of the box and the eleven dashes, in the package's inset units (width 64, height 93.1).
function nanhaiInset(units) {
  return units.map(ring => ring.map(([x, y]) => [126 + x / 10.5, 25 - y / 14]));
}
const NANHAI = [
  [[0, 3.5], [7, 11.2], [15, 11.9], [30, 7], [42, 0.7], [52, 0.7], [56, 7.7], [59, 0.7], [64, 0.7], [64, 0], [5, 0], [0, 3.5]],
  [[13, 16.1], [19, 14.7], [16, 21.7], [11, 23.1], [13, 16.1]], [[12, 32.2], [14, 38.5], [15, 38.5], [13, 32.2], [12, 32.2]],
  [[16, 47.6], [12, 53.2], [13, 53.2], [18, 47.6], [16, 47.6]], [[6, 64.4], [8, 70], [9, 70], [8, 64.4], [6, 64.4]],
  [[23, 82.6], [29, 79.8], [30, 79.8], [25, 82.6], [23, 82.6]], [[37, 70.7], [43, 62.3], [44, 62.3], [39, 70.7], [37, 70.7]],
  [[48, 51.1], [51, 45.5], [53, 45.5], [50, 51.1], [48, 51.1]], [[51, 35], [51, 28.7], [53, 28.7], [53, 35], [51, 35]],
  [[52, 22.4], [55, 17.5], [56, 17.5], [53, 22.4], [52, 22.4]], [[58, 12.6], [62, 7], [63, 7], [60, 12.6], [58, 12.6]],
  [[0, 3.5], [0, 93.1], [64, 93.1], [64, 0], [63, 0], [63, 92.4], [1, 92.4], [1, 3.5], [0, 3.5]]];
rows.push(['000000', 0, '南海诸岛', '129.00', '21.50', encode(nanhaiInset(NANHAI), 0)]);
add('china.json', 1);
add('china-cities.json', 2);
rows.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
process.stdout.write('code,level,name,label_lon,label_lat,shape\n' + rows.map(r => r.join(',')).join('\n') + '\n');
