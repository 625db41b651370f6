// Coded errors and the exit codes they map to. One handler (cli.ts) turns
// them into a single stderr line.
export const EXIT = {
  OK: 0,
  SOME_FAILED: 1, // a batch ran but some inputs failed (reported on stderr / --errors)
  USAGE: 2, // bad option value: --date, --format, --jobs, unreadable --actors
  NO_INPUT: 3, // nothing could be read: every path missing or unreadable
  INTERNAL: 70,
} as const;

export type ErrorCode = 'E_USAGE' | 'E_NOENT' | 'E_READ' | 'E_BINARY' | 'E_EMPTY' | 'E_JSON' | 'E_NOTEXT' | 'E_EXTRACT';

export class WirecoderError extends Error {
  constructor(
    public code: ErrorCode,
    message: string,
    public input: string | null = null,
  ) {
    super(message);
  }
}
