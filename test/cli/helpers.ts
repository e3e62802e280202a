/** Running perfeval in-process with captured output, and as the real installed command. */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
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
  options: { tty?: boolean; env?: Record<string, string> } = {},
): Promise<Captured> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: { write: (t: string) => (stdout += t), isTTY: options.tty },
    stderr: { write: (t: string) => (stderr += t), isTTY: options.tty, columns: 80 } as Io["stderr"],
    env: options.env ?? {},
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
