/**
 * LibreOffice Calc headless, for the recalculation test and scripts/render-template.js.
 * A fresh profile per run whose registrymodifications.xcu sets OOXMLRecalcMode = 0 (always
 * recalculate): without it soffice keeps the cached results a file carries (toolchain.md).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const SOFFICE_PACKAGE = "libreoffice-calc-nogui";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The soffice binary (PERFEVAL_SOFFICE overrides), or an Error naming the package to install. */
export function findSoffice(): string {
  const candidates = [process.env.PERFEVAL_SOFFICE, "/usr/bin/soffice", "/usr/local/bin/soffice", "/opt/libreoffice/program/soffice"];
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) if (dir) candidates.push(path.join(dir, "soffice"));
  const found = candidates.find((c): c is string => !!c && fs.existsSync(c));
  if (!found) {
    throw new Error(`LibreOffice (soffice) is not installed: this test needs the Debian package ${SOFFICE_PACKAGE} (apt-get install ${SOFFICE_PACKAGE})`);
  }
  return found;
}

/** A new LibreOffice profile that recalculates every formula on load. */
export function recalcProfile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfeval-lo-profile-"));
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  return dir;
}

/**
 * Converts files in one soffice run ("xlsx" recalculates and saves, "pdf" prints) into outDir;
 * returns the output paths in the order of `files`.
 */
export function sofficeConvert(files: string[], outDir: string, format: "xlsx" | "pdf", profile = recalcProfile()): string[] {
  const soffice = findSoffice();
  const filter = format === "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : "pdf:calc_pdf_Export";
  fs.mkdirSync(outDir, { recursive: true });
  const r = spawnSync(
    soffice,
    ["--headless", "--norestore", "--nolockcheck", `-env:UserInstallation=file://${profile}`, "--convert-to", filter, "--outdir", outDir, ...files],
    { encoding: "utf8", timeout: 300_000 },
  );
  const outputs = files.map((f) => path.join(outDir, path.basename(f, path.extname(f)) + "." + format));
  const missing = outputs.filter((o) => !fs.existsSync(o));
  if (r.status !== 0 || missing.length) {
    throw new Error(`soffice --convert-to ${format} failed (status ${r.status}${r.error ? ", " + r.error.message : ""}): ${missing.join(", ")}\n${r.stderr}`);
  }
  return outputs;
}
