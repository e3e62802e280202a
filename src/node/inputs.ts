/**
 * The files a batch checks: the files named on the command line, and every workbook in the
 * folders named there, folders within folders too, optionally filtered by a glob. Excel's lock
 * files (`~$…`) and hidden files are not workbooks a reviewer received.
 */
import * as fs from "fs";
import * as path from "path";
import picomatch from "picomatch";
import { InputFile, argumentFile, folderEntries } from "./fileName";

/** What a reviewer receives: Excel's formats, WPS's, OpenDocument's. */
export const WORKBOOK_EXTENSIONS = [".xlsx", ".xlsm", ".xltx", ".xltm", ".xlsb", ".xls", ".xlt", ".et", ".ett", ".ods"];

export interface Input {
  file: InputFile;
  size?: number;
  /** The path below the folder it was found in ("单位A/项目.xlsx"), or the name of a file given directly. */
  relative: string;
}

export function isFolder(argument: string): boolean {
  try {
    return fs.statSync(argument).isDirectory();
  } catch {
    return false;
  }
}

function sizeOf(p: fs.PathLike): number | undefined {
  try {
    return fs.statSync(p).size;
  } catch {
    return undefined;
  }
}

/**
 * The inputs in the order given, a folder's workbooks sorted by their path. A file named on the
 * command line is always checked (a missing one is reported by the check); the glob filters what
 * is found in folders, by the path below the folder, or by the name alone when it has no "/".
 */
export function collectInputs(args: string[], glob?: string): Input[] {
  const matches = glob ? picomatch(glob, { basename: !glob.includes("/"), nocase: true, dot: true }) : () => true;
  const inputs: Input[] = [];
  for (const argument of args) {
    if (!isFolder(argument)) {
      const file = argumentFile(argument);
      inputs.push({ file, size: sizeOf(file.path), relative: file.name });
      continue;
    }
    const found: Input[] = [];
    walk(argument, "", found, matches);
    found.sort((a, b) => a.relative.localeCompare(b.relative, "zh-CN", { numeric: true }));
    inputs.push(...found);
  }
  return inputs;
}

function walk(dir: string | Buffer, below: string, found: Input[], matches: (p: string) => boolean): void {
  for (const { entry, isDirectory } of folderEntries(dir)) {
    if (entry.name.startsWith(".") || entry.name.startsWith("~$")) continue;
    const relative = below ? `${below}/${entry.name}` : entry.name;
    if (isDirectory) {
      walk(entry.path, relative, found, matches);
      continue;
    }
    if (!WORKBOOK_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) continue;
    if (!matches(relative)) continue;
    // Shown by its path below the folder: two units may send files of the same name.
    found.push({ file: { path: entry.path, name: relative }, size: sizeOf(entry.path), relative });
  }
}
