/** Where the command line writes, so that tests can run it in-process and pretend to be a terminal. */
export interface Stream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: Stream;
  stderr: Stream;
  env: Record<string, string | undefined>;
  /** The working folder (perfeval.config.json is looked for there); the process's by default. */
  cwd?: string;
  /** Set by a command that finished with a status other than 0. */
  exitCode?: number;
}

export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Colour on a terminal only, and never when NO_COLOR is set (https://no-color.org). */
export function useColour(io: Io, stream: Stream): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0") return true;
  return !!stream.isTTY;
}
