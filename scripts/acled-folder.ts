// Writes an ACLED-format CSV as a folder of NAME.txt + NAME.gold.json, so that
// `wirecoder rules` and `wirecoder eval` (false events on no-event articles)
// read it: node dist/scripts/acled-folder.js fixtures/acled-dev/notes.csv fixtures/acled-dev/notes
// Each row's gold is what `eval --acled` scores, without attackers and targets
// (ACLED names them by its conventions, which plain `eval` does not apply);
// rows of types wirecoder does not code (weapons seized, protests,
// agreements, non-events) get no event: a coded event there is a false one.
import fs from 'node:fs';
import path from 'node:path';
import { acledArticles, acledDate, parseCsv } from '../src/eval/acled.js';

const [csvFile, outDir] = process.argv.slice(2);
if (!csvFile || !outDir) throw new Error('usage: acled-folder.js NOTES.csv OUT-FOLDER');
const csv = fs.readFileSync(csvFile, 'utf8');
const coded = new Map(acledArticles(csv).articles.map((a) => [a.id, a]));
const [header, ...rows] = parseCsv(csv);
const cols = header!.map((h) => h.trim().toLowerCase());
fs.mkdirSync(outDir, { recursive: true });
for (const cells of rows) {
  const r = Object.fromEntries(cols.map((c, k) => [c, cells[k] ?? '']));
  const id = r.event_id_cnty!.trim();
  const a = coded.get(id);
  const { attackers: _a, targets: _t, ...gold } = a?.gold ?? { type: [] };
  const events = a ? [gold] : [];
  const published = acledDate(r.event_date!);
  fs.writeFileSync(path.join(outDir, `${id}.txt`), `${r.notes}\n`);
  fs.writeFileSync(path.join(outDir, `${id}.gold.json`), `${JSON.stringify({ id, published, events, notes: r.tags || undefined }, null, 2)}\n`);
}
console.log(`${rows.length} articles (${coded.size} with an event) → ${outDir}`);
