// Run the BUILT binary (bin/wirecoder.js → dist/src/cli.js) as a child process.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BIN = path.resolve('bin/wirecoder.js');
export const BALAD = 'fixtures/articles/balad-airbase.txt';

export interface CliResult {
  code: number | null;
  out: string;
  err: string;
}

export function ensureBuilt(): void {
  if (!fs.existsSync('dist/src/cli.js')) throw new Error('build first: npm run build (npm test does it)');
}

export function cli(args: string[], input?: string | Buffer, env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { input: input ?? '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Like cli() but asynchronous, so independent runs can overlap. */
export function cliAsync(args: string[], input?: string | Buffer, env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1', ...env } });
    let out = '';
    let err = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    p.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, out, err }));
    p.stdin.end(input ?? '');
  });
}

export function tmpDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `wirecoder-${prefix}-`));
}

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** The hostile set: name → content. Every one must give a result or a clear error, never a crash. */
export function writeHostile(dir: string): [string, 'result' | 'error'][] {
  const w = (name: string, data: string | Buffer) => fs.writeFileSync(path.join(dir, name), data);
  const ok = 'Gunmen shot dead two policemen in Kabul on Monday, officials said.';
  w('h-empty.txt', '');
  w('h-blank.txt', ' \n\n \t\n');
  w('h-binary.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0, 9]));
  w('h-badutf8.txt', Buffer.concat([Buffer.from('Gunmen shot dead two policemen '), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(' in Kabul on Monday.\n')]));
  w('h-utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ok + '\n', 'utf16le')]));
  w('h-utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ok + '\n', 'utf16le').swap16()]));
  w('h-utf8bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ok + '\n')]));
  w('h-crlf.txt', 'Headline here\r\n\r\n' + ok + '\r\nA car bomb killed five people in Mogadishu.\r\n');
  w('h-cr.txt', 'Headline here\r\r' + ok + '\rA car bomb killed five people in Mogadishu.\r');
  w('h-nosentence.txt', '---- ,,,, ;;;; 12345 //// ****\n'.repeat(20));
  w('h-longline.txt', `${ok.replace(/\.$/, '')} `.repeat(3000));
  w('h-page.html', '<!DOCTYPE html><html><head><title>Blast &amp; fire</title><meta property="article:published_time" content="2020-05-05T10:00:00Z"><script>var s = "<p>not text</p>";</script><style>p{}</style></head><body><nav>Home | World</nav><p>A car bomb killed five people in Mogadishu on Tuesday, police said.</p><p>&ldquo;It was loud,&rdquo; a witness said &#8212; &#x41;.</p></body></html>');
  w('h-emptypage.html', '<html><head><title>x</title></head><body><script>1</script></body></html>');
  w('h-lines.ndjson', `{"id":"h-nd-ok","text":"${ok}","date":"2021-04-05"}\n{not json\n{"id":"h-nd-notext","headline":"x"}\n\n[1,2]\n`);
  // In folder order (names sorted), NDJSON lines in line order.
  return [
    ['h-badutf8', 'result'],
    ['h-binary', 'error'],
    ['h-blank', 'error'],
    ['h-cr', 'result'],
    ['h-crlf', 'result'],
    ['h-empty', 'error'],
    ['h-emptypage', 'error'],
    ['h-nd-ok', 'result'],
    ['h-lines:2', 'error'],
    ['h-nd-notext', 'error'],
    ['h-lines:5', 'error'],
    ['h-longline', 'result'],
    ['h-nosentence', 'result'],
    ['h-page', 'result'],
    ['h-utf16be', 'result'],
    ['h-utf16le', 'result'],
    ['h-utf8bom', 'result'],
  ];
}
