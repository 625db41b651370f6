// Where the shared corpora are (../shared beside the repository, as in CI's
// fresh clone), the article files under them, and test titles.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = path.resolve(ROOT, '../shared');
export const CORPUS = path.join(SHARED, 'corpus');
export const UNLABELED = path.join(SHARED, 'corpus-unlabeled/muc3-dev');

/** Files of `dirs` (absolute, or relative to the repository) whose names match `ext`, sorted; a missing folder is an error. */
export function articleFiles(dirs: string[], ext = /\.txt$/): string[] {
  const files: string[] = [];
  for (const d of dirs) {
    const dir = path.resolve(ROOT, d);
    if (!fs.existsSync(dir)) throw new Error(`${dir}: missing (the shared corpora belong beside the repository, in ../shared)`);
    for (const f of fs.readdirSync(dir).sort()) if (ext.test(f)) files.push(path.join(dir, f));
  }
  return files;
}

/** The sub-folders of `root` (absolute or relative to the repository). */
export function subfolders(root: string): string[] {
  const dir = path.resolve(ROOT, root);
  return fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(dir, d.name)).sort();
}

/** A one-line test title of at most `max` characters. */
export function title(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
