/** What the benchmark's sections share: runs in fresh processes, medians, workbooks made once. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { LAYOUTS, seedWorkbook } from "../test/fixtures/layouts";
import { packageRoot, seedForms } from "../test/fixtures/seedForms";

export interface Sample {
  ms: number;
  maxRssMiB: number;
  code: number;
  stderr: string;
  projects?: number;
}

export const RUNS = Number(process.env.BENCH_RUNS ?? 9);

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

export const benchDir = () => {
  const dir = path.join(packageRoot(), ".bench");
  fs.mkdirSync(dir, { recursive: true });
  return dir;
};

/** One run in a fresh process (benchChild); `limitMiB` caps the heap as a user's machine might. */
export function sample(mode: "bare" | "check" | "spin", args: string[], options: { timeoutMs?: number } = {}): Sample {
  const child = path.join(__dirname, "benchChild.js");
  const out = execFileSync(process.execPath, [child, mode, ...args], { encoding: "utf8", timeout: options.timeoutMs ?? 600_000, maxBuffer: 1 << 26 });
  return JSON.parse(out);
}

/** A workbook of `n` forms (the seed forms cycled through the three layouts), made once per size. */
export async function formsWorkbook(n: number, file = path.join(benchDir(), `forms-${n}.xlsx`)): Promise<string> {
  if (fs.existsSync(file) && !process.env.BENCH_FRESH) return file;
  const seeds = seedForms();
  const forms = Array.from({ length: n }, (_, i) => {
    const seed = seeds[i % seeds.length];
    return { ...seed, name: `${seed.name}（${Math.floor(i / seeds.length) + 1}）` };
  });
  await seedWorkbook(forms, { layout: (_, i) => LAYOUTS[i % LAYOUTS.length] }).xlsx.writeFile(file);
  return file;
}

export const mib = (file: string) => (fs.statSync(file).size / 1024 / 1024).toFixed(1);
export const say = (text: string) => process.stdout.write(text + "\n");
export const mark = (ok: boolean) => (ok ? "✓" : "✗");
