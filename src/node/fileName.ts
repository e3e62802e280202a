/**
 * File names that are not UTF-8. On Linux a name is bytes; a zip made on a Chinese Windows
 * desktop unpacks to GBK names, which Node decodes to U+FFFD and can then no longer open. The
 * reader keeps such a name as its bytes (to open it) and shows it decoded as GB18030 (to name it).
 */
import * as fs from "fs";
import * as path from "path";
import { TextDecoder } from "util";

/** A file to read: the path to open (bytes when the name is not UTF-8) and the name shown for it. */
export interface InputFile {
  path: string | Buffer;
  name: string;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const gb18030 = new TextDecoder("gb18030");

/** A directory entry's name as the user knows it: UTF-8, or else GB18030 (GBK's superset). */
export function shownName(bytes: Buffer): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return gb18030.decode(bytes);
  }
}

/** Whether the bytes decode as UTF-8: if so the string path opens the same file. */
function isUtf8(bytes: Buffer): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The entries of a folder, each openable and shown by its real name. */
export function folderEntries(dir: string | Buffer): { entry: InputFile; isDirectory: boolean }[] {
  const dirBytes = Buffer.isBuffer(dir) ? dir : Buffer.from(dir);
  const separator = Buffer.from(path.sep);
  return fs.readdirSync(dir, { withFileTypes: true, encoding: "buffer" }).map((d) => {
    const bytes = Buffer.concat([dirBytes, separator, d.name]);
    const full: string | Buffer = Buffer.isBuffer(dir) || !isUtf8(d.name) ? bytes : bytes.toString("utf8");
    const isDirectory = d.isDirectory() || (d.isSymbolicLink() && safeIsDirectory(full));
    return { entry: { path: full, name: shownName(d.name) }, isDirectory };
  });
}

function safeIsDirectory(p: string | Buffer): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The file a command-line argument names. Node decodes arguments as UTF-8, so a name typed (or
 * globbed by the shell) in GBK arrives with U+FFFD in it: such a name is looked up among the
 * bytes of its folder's entries, and the entry it stands for is returned with its real name.
 */
export function argumentFile(argument: string): InputFile {
  const name = path.basename(argument);
  if (!argument.includes("\uFFFD") || fs.existsSync(argument)) return { path: argument, name };
  const dir = path.dirname(argument);
  try {
    const match = fs.readdirSync(dir, { encoding: "buffer" }).find((bytes) => !isUtf8(bytes) && bytes.toString("utf8") === name);
    if (match) return { path: Buffer.concat([Buffer.from(dir), Buffer.from(path.sep), match]), name: shownName(match) };
  } catch {
    // the folder itself cannot be listed: report the file as missing
  }
  return { path: argument, name };
}
