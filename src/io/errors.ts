// Coded errors and the exit codes they map to. One handler (cli.ts) turns
// them into a single stderr line.
export const EXIT = {
  OK: 0,
  SOME_FAILED: 1, // a batch ran but some inputs failed (reported on stderr / --errors)
  USAGE: 2, // bad option value: --date, --format, --jobs, unreadable --actors
  NO_INPUT: 3, // nothing could be read: every path missing or unreadable
  INTERNAL: 70,
  WRITE: 74, // an output could not be written (full disk, I/O error); earlier --out/--errors files kept
  INTERRUPTED: 130, // Ctrl-C (SIGINT): output complete up to the last article written
} as const;

export type ErrorCode = 'E_USAGE' | 'E_NOENT' | 'E_READ' | 'E_BINARY' | 'E_EMPTY' | 'E_JSON' | 'E_NOTEXT' | 'E_EXTRACT' | 'E_DATE' | 'E_WRITE';

export class WirecoderError extends Error {
  constructor(
    public code: ErrorCode,
    message: string,
    public input: string | null = null,
  ) {
    super(message);
  }
}

/** A control character (a newline in a file name, an escape sequence) cannot forge a line on stderr: written as \n, \t, \x1b. */
export function escapeControl(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\x00-\x1f\x7f\u0085\u2028\u2029]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}
