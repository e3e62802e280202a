/**
 * What the command line reads and writes besides the workbook's content: its streams, and the
 * files it writes (`check --out`, `template --out`), written so that the input can never be
 * overwritten and a failed write leaves nothing behind.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { CliError } from "./errors";

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

/** Why a file operation failed, in the user's words (one line). */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const reasons: Record<string, string> = {
    ENOSPC: "磁盘空间不足",
    EDQUOT: "超出磁盘配额",
    EFBIG: "文件超过允许的大小",
    EACCES: "没有写入权限",
    EPERM: "没有写入权限",
    EROFS: "只读的文件系统",
    ENOENT: "文件夹不存在",
    ENOTDIR: "路径中有一项不是文件夹",
    EISDIR: "这是一个文件夹",
    EIO: "输入输出错误",
    ENAMETOOLONG: "文件名太长",
  };
  if (code && reasons[code]) return `${reasons[code]}，${code}`;
  return code ?? String((e as Error)?.message ?? e).split("\n")[0];
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

/** The file a path names, by device and inode: every path to it (links, `./`, `..`) gives the same. */
function fileIdentity(file: string): { dev: number; ino: number } | undefined {
  try {
    const s = fs.statSync(file);
    return { dev: s.dev, ino: s.ino };
  } catch {
    return undefined;
  }
}

/** Where a path leads once every symbolic link on it is resolved, also when the file does not exist yet. */
function resolvedPath(file: string): string {
  const absolute = path.resolve(file);
  try {
    return fs.realpathSync(absolute);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(absolute)), path.basename(absolute));
    } catch {
      return absolute;
    }
  }
}

/** Whether writing `out` would write one of `inputs`: the same real path, or the same file by device and inode. */
export function isSameFile(out: string, input: string): boolean {
  if (resolvedPath(out) === resolvedPath(input)) return true;
  const a = fileIdentity(out);
  const b = fileIdentity(input);
  return !!a && !!b && a.dev === b.dev && a.ino === b.ino;
}

/** Refuses an output that is an input by any path (real paths, symbolic and hard links, `./`, relative). */
export function refuseInputAsOutput(out: string, inputs: string[], message: string): void {
  if (inputs.some((input) => isSameFile(out, input))) throw new CliError(message);
}

/**
 * Writes `out` whole or not at all: the bytes go to a new file in the same folder, which is
 * renamed over `out` only once it is complete. On any failure the temporary file is removed and
 * the error is one line. `inputs` are refused as the output here too, right before the write.
 */
export async function writeFileSafely(out: string, bytes: Uint8Array, inputs: string[], sameFileMessage: string): Promise<void> {
  refuseInputAsOutput(out, inputs, sameFileMessage);
  if (fs.existsSync(out) && fs.statSync(out).isDirectory()) throw new CliError(`无法写入 ${out}：这是一个文件夹`);
  const temporary = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}-${crypto.randomBytes(4).toString("hex")}.tmp`);
  let handle: fs.promises.FileHandle | undefined;
  try {
    handle = await fs.promises.open(temporary, "wx");
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.promises.rename(temporary, out);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await fs.promises.unlink(temporary).catch(() => undefined);
    throw new CliError(`无法写入 ${out}（${describeFsError(e)}）`);
  }
}
