/** Running perfeval in-process with captured output, and as the real installed command. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { run } from "../../src/cli/main";
import type { Io } from "../../src/cli/io";
import { packageRoot } from "../fixtures/seedForms";

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

export async function perfeval(
  args: string[],
  options: { tty?: boolean; env?: Record<string, string>; cwd?: string } = {},
): Promise<Captured> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: { write: (t: string) => (stdout += t), isTTY: options.tty },
    stderr: { write: (t: string) => (stderr += t), isTTY: options.tty, columns: 80 } as Io["stderr"],
    env: options.env ?? {},
    // A folder of its own, so that no perfeval.config.json of the repository's changes the check.
    cwd: options.cwd ?? emptyFolder(),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** The real command (bin/perfeval.js → build/), as a user runs it. Needs npm run build:node. */
export function perfevalBin(args: string[]): Captured {
  const bin = path.join(packageRoot(), "bin", "perfeval.js");
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "perfeval-test-"));
}

let empty: string | undefined;
/** An empty working folder for the in-process command line. */
function emptyFolder(): string {
  return (empty ??= tempDir());
}

/** Adds custom XML parts to an xlsx the way Excel saves them (customXml/itemN.xml + a relationship). */
export async function withCustomXml(file: string, parts: string[]): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  let added = "";
  parts.forEach((xml, i) => {
    zip.file(`customXml/item${i + 1}.xml`, xml);
    added += `<Relationship Id="rIdPerf${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item${i + 1}.xml"/>`;
  });
  zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `${added}</Relationships>`));
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
}

