// The streaming-mapper contract, run through the real tool: GNU parallel
// --pipe splits NDJSON into chunks of 50 lines, each coded by its own
// wirecoder; sorted by article id, the output equals one plain run's byte for
// byte (the README's recipe). Skipped with a message when `parallel` is absent
// (.ci/run installs it).
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { BIN, ensureBuilt, tmpDir } from './helpers/cli.js';

const hasParallel = spawnSync('parallel', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasParallel) console.warn('test/parallel.test.ts: GNU parallel is not installed (apt-get install parallel): the recipe test is skipped');

/** A few hundred NDJSON articles made from the corpora: each story several times over, under its own id. */
function articles(): string[] {
  const roots = ['fixtures/articles', 'fixtures/dev-modern', 'fixtures/dev-modern-2', '../shared/corpus/muc4-tst4'].filter((d) => fs.existsSync(d));
  const stories = roots.flatMap((d) =>
    fs
      .readdirSync(d)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ id: path.basename(f, '.txt'), text: fs.readFileSync(path.join(d, f), 'utf8') })),
  );
  const lines: string[] = [];
  for (let copy = 0; lines.length < 300; copy++) for (const s of stories) lines.push(JSON.stringify({ id: `${s.id}-${copy}`, text: s.text, date: '2021-04-04' }));
  return lines;
}

const byId = (out: string) =>
  out
    .split('\n')
    .filter(Boolean)
    .map((l) => [JSON.parse(l).article.id as string, l] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, l]) => l)
    .join('\n');

let input: string;
beforeAll(() => {
  ensureBuilt();
  const f = path.join(tmpDir('parallel'), 'batch.ndjson');
  fs.writeFileSync(f, articles().join('\n') + '\n');
  input = f;
});

describe('GNU parallel --pipe', () => {
  it.skipIf(!hasParallel)('chunks of 50 lines through parallel: the same output as one plain run, sorted by article id', () => {
    const n = fs.readFileSync(input, 'utf8').trim().split('\n').length;
    expect(n).toBeGreaterThanOrEqual(300);
    const fd = fs.openSync(input, 'r');
    const par = spawnSync('parallel', ['--pipe', '-N', '50', process.execPath, BIN, '--format', 'ndjson', '-q'], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 });
    fs.closeSync(fd);
    expect(par.status, par.stderr).toBe(0);
    const fd2 = fs.openSync(input, 'r');
    const plain = spawnSync(process.execPath, [BIN, '--format', 'ndjson', '-q'], { stdio: [fd2, 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 });
    fs.closeSync(fd2);
    expect(plain.status).toBe(0);
    expect(plain.stdout.split('\n').filter(Boolean)).toHaveLength(n);
    expect(byId(par.stdout)).toBe(byId(plain.stdout));
    expect(par.stdout.split('\n').filter(Boolean)).toHaveLength(n);
  }, 300_000);
});
