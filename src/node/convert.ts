/**
 * Workbooks the reader does not read itself (.xls, WPS .et, .ods, HTML saved as .xls) are
 * converted to xlsx by LibreOffice headless in a temporary folder, then read like any xlsx.
 * LibreOffice keeps the results a file carries for its formulas (toolchain.md), so the check sees
 * the numbers the sender saw. One profile per thread: two soffice processes cannot share one.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { threadId } from "worker_threads";

export const SOFFICE_PACKAGE = "libreoffice-calc-nogui";
/** A conversion that takes longer is a file LibreOffice is stuck on. */
const TIMEOUT_MS = 180_000;

/** The soffice program: `configured` (PERFEVAL_SOFFICE) when given, else the first on PATH; undefined when none. */
export function findSoffice(configured?: string, searchPath = process.env.PATH ?? ""): string | undefined {
  if (configured !== undefined) return configured && fs.existsSync(configured) ? configured : undefined;
  const dirs = searchPath.split(path.delimiter).filter(Boolean);
  for (const dir of [...dirs, "/usr/bin", "/usr/local/bin", "/opt/libreoffice/program"]) {
    for (const name of ["soffice", "libreoffice"]) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

let workDir: string | undefined;

/** This thread's folder for conversions, with the LibreOffice profile it reuses. */
function conversionDir(): string {
  if (!workDir || !fs.existsSync(workDir)) {
    workDir = fs.mkdtempSync(path.join(os.tmpdir(), `perfeval-convert-${process.pid}-${threadId}-`));
    const dir = workDir;
    process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return workDir;
}

/** Removes the conversion folder (the profile included); the next conversion makes a new one. */
export function cleanupConversions(): void {
  if (workDir) fs.rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
}

export class ConversionError extends Error {}

/**
 * Converts `file` to xlsx; returns the xlsx's path and a function that removes it. The input is
 * copied first under a plain name, so that neither its name (spaces, a name that is not UTF-8)
 * nor its folder matters to soffice, and the original is never opened by another program.
 */
export function convertToXlsx(file: fs.PathLike, extension: string, soffice: string): { xlsx: string; remove(): void } {
  const base = conversionDir();
  const job = fs.mkdtempSync(path.join(base, "job-"));
  const remove = () => fs.rmSync(job, { recursive: true, force: true });
  try {
    const input = path.join(job, `input${extension}`);
    fs.copyFileSync(file, input);
    const out = path.join(job, "out");
    const r = spawnSync(
      soffice,
      ["--headless", "--norestore", "--nolockcheck", `-env:UserInstallation=file://${path.join(base, "profile")}`, "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, input],
      { encoding: "utf8", timeout: TIMEOUT_MS },
    );
    const xlsx = path.join(out, "input.xlsx");
    if (r.error && (r.error as NodeJS.ErrnoException).code === "ETIMEDOUT") throw new ConversionError(`LibreOffice 转换超过 ${TIMEOUT_MS / 1000} 秒仍未完成`);
    if (!fs.existsSync(xlsx)) {
      const why = (r.stderr || r.stdout || r.error?.message || "").split("\n").find((l) => /error/i.test(l)) ?? `退出码 ${r.status}`;
      throw new ConversionError(`LibreOffice 无法转换（${why.trim()}）`);
    }
    return { xlsx, remove };
  } catch (e) {
    remove();
    throw e;
  }
}
