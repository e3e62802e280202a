/**
 * What the command line reads and writes besides the workbook's content: its streams, and the
 * files it writes (`check --out`, `template --out`), written so that the input can never be
 * overwritten and a failed write leaves nothing behind.
 */
import { describeFsError } from "../node/safeWrite";

// Writes the user asked for are refused or fail with one line (SafeWriteError, exit 2).
export { SafeWriteError, describeFsError, isSameFile, refuseInputAsOutput, writeFileSafely } from "../node/safeWrite";

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

/**
 * The process's own streams. A reader that went away (EPIPE: `perfeval check … | head`) ends the
 * output quietly, the exit status stays the check's; any other failure to write stdout (a full
 * disk behind `> file`) ends perfeval with one line and exit 2, never a stack trace.
 */
let processStreams: Io | undefined;

export function processIo(): Io {
  return (processStreams ??= watchedProcessIo());
}

function watchedProcessIo(): Io {
  let closed = false;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (closed) return;
    closed = true;
    if (e.code === "EPIPE") return;
    process.stderr.write(`perfeval: 无法写出结果（${describeFsError(e)}）\n`);
    process.exit(2); // as for any file perfeval cannot read or write (main.ts)
  });
  const stdout: Stream = {
    write: (text: string) => (closed ? false : process.stdout.write(text)),
    get isTTY() {
      return process.stdout.isTTY;
    },
    get columns() {
      return process.stdout.columns;
    },
  };
  return { stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Colour on a terminal only, and never when NO_COLOR is set (https://no-color.org). */
export function useColour(io: Io, stream: Stream): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== "0") return true;
  return !!stream.isTTY;
}
