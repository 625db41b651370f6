// What a run says on stderr: warnings, failures, progress on a terminal, the
// summary, skipped folder entries, an interruption. Every line goes through
// say(), which escapes control characters, so a file name with a newline
// cannot forge a line.
import { escapeControl } from './errors.js';
import type { InputError, SkipReason } from './inputs.js';

export type Stderr = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

function fmtTime(secs: number): string {
  if (!Number.isFinite(secs) || secs < 0) return '?';
  if (secs < 60) return `${Math.round(secs)}s`;
  const m = Math.floor(secs / 60);
  return m < 60 ? `${m}m${String(Math.round(secs % 60)).padStart(2, '0')}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

const EXAMPLES = 3;

export class Reporter {
  ok = 0;
  failed = 0;
  events = 0;
  filesDone = 0;
  /** The last article handed on (written, or reported as failed). */
  last: { id: string; source: string } | null = null;
  private lastFile: string | null = null;
  private t0 = Date.now();
  private lastProgress = 0;
  private skipped = new Map<SkipReason, string[]>();
  constructor(
    private stderr: Stderr,
    private quiet: boolean,
    private progress: boolean,
    /** Total files, for the ETA (0: unknown). */
    private totalFiles = 0,
  ) {}

  /** One line on stderr, `wirecoder: ` first, control characters escaped. */
  say(line: string): void {
    this.clearLine();
    this.stderr.write(`wirecoder: ${escapeControl(line)}\n`);
  }

  private clearLine(): void {
    if (this.progress && this.lastProgress) this.stderr.write('\r\x1b[K');
  }

  /** An input handed on: counts files for the progress line. */
  handed(item: { id: string; source: string; file: string }): void {
    if (item.file !== this.lastFile) {
      if (this.lastFile !== null) this.filesDone++;
      this.lastFile = item.file;
    }
    this.last = { id: item.id, source: item.source };
  }

  warn(source: string, warnings: string[]): void {
    if (this.quiet) return;
    for (const w of warnings.filter((x) => x.startsWith('invalid'))) this.say(`${source}: warning: ${w}`);
  }

  failure(e: Pick<InputError, 'source' | 'message'>): void {
    this.failed++;
    this.say(`${e.source}: ${e.message}`);
  }

  coded(events: number): void {
    this.ok++;
    this.events += events;
  }

  skip(file: string, reason: SkipReason): void {
    const list = this.skipped.get(reason) ?? [];
    list.push(file);
    this.skipped.set(reason, list);
  }

  showProgress(force = false): void {
    if (!this.progress) return;
    const now = Date.now();
    if (!force && now - this.lastProgress < 200) return;
    this.lastProgress = now;
    const secs = (now - this.t0) / 1000;
    const rate = (this.ok + this.failed) / Math.max(secs, 0.001);
    const eta = this.totalFiles > 1 && this.filesDone > 0 ? `, ETA ${fmtTime((secs / this.filesDone) * (this.totalFiles - this.filesDone))}` : '';
    const line = `${this.filesDone}${this.totalFiles ? `/${this.totalFiles}` : ''} files, ${this.ok + this.failed} articles, ${rate.toFixed(1)}/s, ${this.events} events, ${this.failed} errors${eta}`;
    this.stderr.write(`\r\x1b[K${line.slice(0, Math.max(20, (this.stderr.columns || 100) - 1))}`);
  }

  /** The end of a complete run: the summary line, and the folder entries that were not read. */
  summary(errorsFile: string | null): void {
    if (this.lastFile !== null) this.filesDone++;
    this.lastFile = null;
    const see = errorsFile && this.failed ? errorsFile : null;
    if (this.progress) {
      this.showProgress(true);
      this.stderr.write(`\r\x1b[K${this.ok} articles coded from ${this.filesDone} files, ${this.events} events, ${this.failed} errors in ${fmtTime((Date.now() - this.t0) / 1000)}${see ? ` (errors in ${escapeControl(see)})` : ''}\n`);
    } else if (this.failed > 0 && this.ok + this.failed > 1 && !this.quiet) {
      this.say(`${this.failed} input${this.failed > 1 ? 's' : ''} failed, ${this.ok} coded${see ? ` (see ${see})` : ''}`);
    }
    this.skippedNote();
  }

  /** Folder entries that are not articles: counted by reason, the first few named. */
  private skippedNote(): void {
    if (this.quiet || !this.skipped.size) return;
    const n = [...this.skipped.values()].reduce((a, l) => a + l.length, 0);
    const parts = [...this.skipped].map(([reason, l]) => `${l.length} ${reason}${l.length > 1 && reason !== 'not a regular file' ? 's' : ''} (${l.slice(0, EXAMPLES).join(', ')}${l.length > EXAMPLES ? ', …' : ''})`);
    this.say(`skipped ${n} folder entr${n > 1 ? 'ies' : 'y'} that ${n > 1 ? 'are' : 'is'} not articles: ${parts.join('; ')}`);
  }
}
