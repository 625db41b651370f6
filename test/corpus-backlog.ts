// Known failures of the extractor corpora, kept by the text of each case so
// the suite does not run them (compromise-style backlog). Regenerate after a
// rule change with `UPDATE_BACKLOG=1 npx vitest run test/events.corpus.test.ts`;
// the floor test fails if cases that passed start failing.
import fs from 'node:fs';

export function loadBacklog(file: string): Set<string> {
  return fs.existsSync(file) ? new Set(JSON.parse(fs.readFileSync(file, 'utf8')) as string[]) : new Set();
}

export function saveBacklog(file: string, texts: string[]): void {
  fs.writeFileSync(file, JSON.stringify([...new Set(texts)].sort(), null, 1) + '\n');
}
