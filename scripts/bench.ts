/**
 * npm run bench: how much does perfeval check add to simply loading a department's workbook?
 * Generates a workbook of 500 forms (the seed forms cycled through the three layouts), then
 * times, alternately and each in a fresh process, (a) loading it with ExcelJS alone and
 * (b) `perfeval check --format json` on it. Prints the medians, their ratio (goal ≤ 1.3) and
 * the peak memory (goal < 1 GiB). Ratios, not absolute times: this machine is noisy.
 * Then the task pane's first render in headless Chromium (median of several loads, goal < 1 s);
 * BENCH_PANE=0 skips it.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { LAYOUTS, seedWorkbook } from "../test/fixtures/layouts";
import { packageRoot, seedForms } from "../test/fixtures/seedForms";
import { FIRST_RENDER_GOAL_MS, benchPane } from "./benchPane";

const FORMS = Number(process.env.BENCH_FORMS ?? 500);
const RUNS = Number(process.env.BENCH_RUNS ?? 9);

interface Sample {
  ms: number;
  maxRssMiB: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function workbookOf(n: number, file: string): Promise<void> {
  const seeds = seedForms();
  const forms = Array.from({ length: n }, (_, i) => {
    const seed = seeds[i % seeds.length];
    return { ...seed, name: `${seed.name}（${Math.floor(i / seeds.length) + 1}）` };
  });
  await seedWorkbook(forms, { layout: (_, i) => LAYOUTS[i % LAYOUTS.length] }).xlsx.writeFile(file);
}

function sample(mode: "bare" | "check", file: string): Sample {
  const child = path.join(__dirname, "benchChild.js");
  return JSON.parse(execFileSync(process.execPath, [child, mode, file], { encoding: "utf8" }));
}

async function main(): Promise<void> {
  const dir = path.join(packageRoot(), ".bench");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `forms-${FORMS}.xlsx`);
  process.stdout.write(`生成 ${FORMS} 张自评表的工作簿…\n`);
  await workbookOf(FORMS, file);
  process.stdout.write(`${path.relative(process.cwd(), file)}：${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MiB\n`);

  sample("bare", file); // warm the file cache
  const bare: Sample[] = [];
  const check: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(sample("bare", file));
    check.push(sample("check", file));
    process.stdout.write(`  第 ${i + 1}/${RUNS} 轮：仅加载 ${bare[i].ms.toFixed(0)} ms，perfeval check ${check[i].ms.toFixed(0)} ms\n`);
  }
  const a = median(bare.map((s) => s.ms));
  const b = median(check.map((s) => s.ms));
  const peak = Math.max(...check.map((s) => s.maxRssMiB));
  const ratio = b / a;
  process.stdout.write(
    [
      "",
      `(a) ExcelJS 仅加载        中位数 ${a.toFixed(0)} ms，峰值内存 ${Math.max(...bare.map((s) => s.maxRssMiB)).toFixed(0)} MiB`,
      `(b) perfeval check --json 中位数 ${b.toFixed(0)} ms，峰值内存 ${peak.toFixed(0)} MiB`,
      `ratio b/a = ${ratio.toFixed(2)}（目标 ≤ 1.30）${ratio <= 1.3 ? "✓" : "✗"}；峰值内存 ${peak.toFixed(0)} MiB（目标 < 1024）${peak < 1024 ? "✓" : "✗"}`,
      "",
    ].join("\n"),
  );
  if (process.env.BENCH_PANE === "0") return;
  process.stdout.write("任务窗格首次渲染（headless Chromium）…\n");
  const pane = await benchPane();
  process.stdout.write(
    `任务窗格首次渲染 中位数 ${pane.medianMs.toFixed(0)} ms（${pane.runs} 次，最短 ${pane.minMs.toFixed(0)}，最长 ${pane.maxMs.toFixed(0)}）` +
      `（目标 < ${FIRST_RENDER_GOAL_MS} ms）${pane.underGoal ? "✓" : "✗"}\n`,
  );
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exitCode = 1;
});
