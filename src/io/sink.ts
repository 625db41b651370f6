// Output sinks: every write checked. Standard output, or a file written to a
// temporary file in the same folder and renamed into place only when the run
// completes (commit), so a failed or interrupted run never destroys an
// earlier result. A write error (ENOSPC, EIO, EPIPE …) becomes one
// WirecoderError('E_WRITE'); EPIPE on standard output is a reader that closed
// early (`| head`): the sink is then `gone`, and the run stops quietly.
import fs from 'node:fs';
import path from 'node:path';
import { WirecoderError } from './errors.js';

export interface Sink {
  /** What the messages call it: "standard output", "--out events.csv". */
  readonly label: string;
  /** The reader of standard output went away (EPIPE): stop quietly. */
  readonly gone: boolean;
  write(chunk: string): Promise<void>;
  /** Everything written: flushed to the device, every error seen (a full disk can show only here). */
  ready(): Promise<void>;
  /** Puts the file in place (after ready()). */
  commit(): Promise<void>;
  /** Failed or interrupted: remove the temporary file (or keep it as `keepAs`). */
  abort(keepAs?: string): Promise<string | null>;
}

/** Opens a stream on a new file (tests inject one that fails). */
export type OpenFile = (file: string) => NodeJS.WritableStream;

const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EPIPE: 'broken pipe',
  EFBIG: 'file too large',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOENT: 'no such folder',
  EROFS: 'read-only file system',
  EISDIR: 'is a directory',
};

export function writeError(label: string, e: unknown): WirecoderError {
  const err = e as NodeJS.ErrnoException;
  const reason = (err.code && REASONS[err.code]) ?? err.message ?? String(e);
  return new WirecoderError('E_WRITE', `${label}: cannot write: ${reason}${err.code && REASONS[err.code] ? ` (${err.code})` : ''}`);
}

/** Writes to a stream, waiting for 'drain' (so a slow reader keeps memory flat), failing on the first error. */
class StreamSink implements Sink {
  private error: NodeJS.ErrnoException | null = null;
  gone = false;
  constructor(
    readonly label: string,
    protected s: NodeJS.WritableStream,
    private isStdout: boolean,
  ) {
    s.on('error', (e: NodeJS.ErrnoException) => this.fail(e));
  }
  private fail(e: NodeJS.ErrnoException): void {
    if (this.isStdout && e.code === 'EPIPE') this.gone = true;
    else this.error ??= e;
  }
  protected check(): void {
    if (this.error) throw writeError(this.label, this.error);
  }
  async write(chunk: string): Promise<void> {
    this.check();
    if (!chunk || this.gone) return;
    const ok = this.s.write(chunk, (e?: Error | null) => e && this.fail(e as NodeJS.ErrnoException));
    if (!ok) await settle(this.s, 'drain');
    this.check();
  }
  async ready(): Promise<void> {
    this.check();
    if (!this.gone) await new Promise<void>((res) => this.s.write('', (e?: Error | null) => (e && this.fail(e as NodeJS.ErrnoException), res())));
    this.check();
  }
  async commit(): Promise<void> {
    await this.ready();
  }
  async abort(): Promise<string | null> {
    return null;
  }
}

/** Resolves on the event, or on an error or close (the caller checks for the error). */
function settle(s: NodeJS.WritableStream, event: string): Promise<void> {
  return new Promise((res) => {
    const done = () => {
      s.removeListener(event, done);
      s.removeListener('error', done);
      s.removeListener('close', done);
      res();
    };
    s.once(event, done);
    s.once('error', done);
    s.once('close', done);
  });
}

export function stdoutSink(s: NodeJS.WritableStream): Sink {
  return new StreamSink('standard output', s, true);
}

/** A file written as a temporary file beside it and renamed into place on commit. */
class AtomicFileSink extends StreamSink {
  private done = false;
  constructor(
    label: string,
    s: NodeJS.WritableStream,
    private tmp: string,
    private target: string,
    private fd: number | null,
  ) {
    super(label, s, false);
  }
  private async close(): Promise<void> {
    const w = this.s as NodeJS.WritableStream & { destroyed?: boolean; writableFinished?: boolean };
    if (!w.destroyed && !w.writableFinished) {
      const ended = settle(w, 'finish');
      w.end();
      await ended;
    }
    if (this.fd !== null) {
      const fd = this.fd;
      this.fd = null;
      try {
        fs.fsyncSync(fd); // a full disk can show only here
      } finally {
        fs.closeSync(fd);
      }
    }
  }
  private closed = false;
  override async ready(): Promise<void> {
    this.check();
    if (this.closed) return;
    this.closed = true;
    try {
      await this.close();
    } catch (e) {
      throw writeError(this.label, e);
    }
    this.check();
  }
  override async commit(): Promise<void> {
    await this.ready();
    try {
      fs.renameSync(this.tmp, this.target);
    } catch (e) {
      throw writeError(this.label, e);
    }
    this.done = true;
  }
  override async abort(keepAs?: string): Promise<string | null> {
    if (this.done) return null;
    this.done = true;
    try {
      if (!this.closed) await this.close();
    } catch {
      // failing anyway
    }
    try {
      if (keepAs) {
        fs.renameSync(this.tmp, keepAs);
        return keepAs;
      }
      fs.unlinkSync(this.tmp);
    } catch {
      // already gone
    }
    return null;
  }
}

/** A file that is not a regular file (/dev/null, /dev/stdout, a FIFO) is written directly: there is nothing to replace. */
function special(target: string): boolean {
  try {
    return !fs.statSync(target).isFile();
  } catch {
    return false;
  }
}

export function fileSink(option: string, target: string, openFile?: OpenFile): Sink {
  const label = `${option} ${target}`;
  try {
    if (special(target)) {
      const s = openFile ? openFile(target) : fs.createWriteStream('', { fd: fs.openSync(target, 'w') });
      return new StreamSink(label, s, false);
    }
    const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`);
    if (openFile) return new AtomicFileSink(label, openFile(tmp), tmp, target, null);
    const fd = fs.openSync(tmp, 'wx', 0o666);
    return new AtomicFileSink(label, fs.createWriteStream('', { fd, autoClose: false }), tmp, target, fd);
  } catch (e) {
    throw new WirecoderError('E_USAGE', writeError(label, e).message);
  }
}
