// `wirecoder rules` codes a muc… folder with the terrorism scope: read from the folder named down,
// never from where the checkout sits (a tree under /work/muc-… once coded every fixture as terrorism).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderScope, scopedPart } from '../src/eval/rules.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'muc-checkout-'));
const file = (rel: string) => {
  const f = path.join(root, rel);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, 'text');
  return f;
};
const plain = file('fixtures/everyday/a.txt');
const wire = file('corpus/muc4-dev/DEV-1.txt');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('scopedPart', () => {
  it('reads from the folder named on the command line down', () => {
    expect(scopedPart(path.join(root, 'fixtures'), plain)).toBe(path.join('fixtures', 'everyday', 'a.txt'));
    expect(folderScope(scopedPart(path.join(root, 'fixtures'), plain))).toBe('all');
  });
  it('still sees a muc folder under or at the folder named', () => {
    expect(folderScope(scopedPart(path.join(root, 'corpus'), wire))).toBe('terrorism');
    expect(folderScope(scopedPart(path.join(root, 'corpus', 'muc4-dev'), wire))).toBe('terrorism');
  });
  it('reads a file named alone with its own folder', () => {
    expect(scopedPart(wire, wire)).toBe(path.join('muc4-dev', 'DEV-1.txt'));
    expect(folderScope(scopedPart(plain, plain))).toBe('all');
  });
  it('would have read the checkout folder from the whole path', () => {
    // the bug this guards: the absolute path holds muc-checkout-…/
    expect(folderScope(plain)).toBe('terrorism');
  });
});
