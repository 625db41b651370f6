// `wirecoder eval PATH…` — stub; the eval issue fills it in.
export interface EvalCommandOptions {
  verbose: boolean;
  format: 'text' | 'json';
}

/** Runs the evaluation, writes its report to `out`, returns the exit code. */
export async function evalCommand(
  paths: string[],
  opts: EvalCommandOptions,
  out: (s: string) => void = (s) => process.stdout.write(s),
): Promise<number> {
  out(`eval: not implemented yet (${paths.join(', ')}, ${JSON.stringify(opts)})\n`);
  return 0;
}
