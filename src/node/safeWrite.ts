/**
 * Writing a file the user asked for (a checked copy, a template, a summary) so that the input can
 * never be overwritten and a failed write leaves nothing behind.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";

/** A write that was refused or failed; the message is the one line for the user (exit 2). */
export class SafeWriteError extends Error {}

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
  if (inputs.some((input) => isSameFile(out, input))) throw new SafeWriteError(message);
}

/**
 * Writes `out` whole or not at all: the bytes go to a new file in the same folder, which is
 * renamed over `out` only once it is complete. On any failure the temporary file is removed and
 * the error is one line. `inputs` are refused as the output here too, right before the write.
 */
export async function writeFileSafely(out: string, bytes: Uint8Array, inputs: string[], sameFileMessage: string): Promise<void> {
  refuseInputAsOutput(out, inputs, sameFileMessage);
  if (fs.existsSync(out) && fs.statSync(out).isDirectory()) throw new SafeWriteError(`无法写入 ${out}：这是一个文件夹`);
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
    throw new SafeWriteError(`无法写入 ${out}（${describeFsError(e)}）`);
  }
}
