/**
 * npm run bench: how fast and how lean is perfeval check, against simply loading a workbook
 * with ExcelJS? Each figure is a median of runs in fresh processes, the two sides alternating
 * within one run of the bench; ratios, not absolute times, because this machine is noisy.
 *
 *   1. reading: 500 and 1,320 forms, `perfeval check --format json` / ExcelJS load (goal ≤ 0.6 at 1,320)
 *   2. memory: peak of the check at 5,000 forms (goal ≤ 400 MiB)
 *   3. batch: 40 workbooks of 33 forms, in parallel on the machine's cores / one after another (goal ≤ 0.65)
 *   4. hostile files of issue 16, each a correct check or one line, within 10 s and 600 MiB (benchHostile.ts)
 *   5. the task pane's first render in headless Chromium (goal < 1 s)
 *
 * BENCH_RUNS (default 9) runs per side; BENCH_ONLY=reading,memory,batch,hostile,pane picks sections;
 * BENCH_FRESH=1 makes the workbooks again (they are kept in .bench/).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FIRST_RENDER_GOAL_MS, benchPane } from "./benchPane";
import { benchHostile } from "./benchHostile";
import { RUNS, Sample, benchDir, formsWorkbook, mark, median, mib, sample, say } from "./benchRun";

const RATIO_GOAL = 0.6;
const PEAK_GOAL_MIB = 400;
const BATCH_GOAL = 0.65;
const only = (section: string) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(",").includes(section);

async function reading(forms: number, runs: number, goal?: number): Promise<void> {
  const file = await formsWorkbook(forms);
  say(`\n${forms} 张自评表（${mib(file)} MiB），${runs} 轮，交替测量：`);
  sample("check", [file]); // warm the file cache
  const bare: Sample[] = [];
  const check: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(sample("bare", [file]));
    check.push(sample("check", [file]));
    if (check[i].projects !== forms) throw new Error(`perfeval check read ${check[i].projects} projects, not ${forms}`);
  }
  const a = median(bare.map((s) => s.ms));
  const b = median(check.map((s) => s.ms));
  const ratios = check.map((s, i) => s.ms / bare[i].ms);
  say(`  (a) ExcelJS 仅加载          中位数 ${a.toFixed(0)} ms，峰值内存 ${Math.max(...bare.map((s) => s.maxRssMiB)).toFixed(0)} MiB`);
  say(`  (b) perfeval check --json   中位数 ${b.toFixed(0)} ms，峰值内存 ${Math.max(...check.map((s) => s.maxRssMiB)).toFixed(0)} MiB`);
  say(
    `  check / bare ExcelJS load = ${(b / a).toFixed(2)}（各轮 ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}）` +
      (goal ? `（目标 ≤ ${goal}）${mark(b / a <= goal)}` : ""),
  );
}

async function memory(forms: number): Promise<void> {
  const file = await formsWorkbook(forms);
  const runs = Math.max(1, Math.min(RUNS, 3));
  const samples = Array.from({ length: runs }, () => sample("check", [file]));
  const peak = Math.max(...samples.map((s) => s.maxRssMiB));
  say(`\n${forms} 张自评表（${mib(file)} MiB）：perfeval check 中位数 ${median(samples.map((s) => s.ms)).toFixed(0)} ms，峰值内存 ${peak.toFixed(0)} MiB（${runs} 次中最高）（目标 ≤ ${PEAK_GOAL_MIB}）${mark(peak <= PEAK_GOAL_MIB)}`);
}

async function batch(files: number, forms: number, runs: number): Promise<void> {
  const dir = path.join(benchDir(), `batch-${files}x${forms}`);
  fs.mkdirSync(dir, { recursive: true });
  const source = await formsWorkbook(forms);
  for (let i = 1; i <= files; i++) {
    const file = path.join(dir, `单位${String(i).padStart(2, "0")}.xlsx`);
    if (!fs.existsSync(file)) fs.copyFileSync(source, file);
  }
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  say(`\n批量：${files} 个工作簿 × ${forms} 张自评表，${runs} 轮，交替测量（本机 ${cores} 核）：`);
  sample("check", [dir, "--jobs", "1"]);
  const serial: Sample[] = [];
  const parallel: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    serial.push(sample("check", [dir, "--jobs", "1"]));
    parallel.push(sample("check", [dir]));
    if (parallel[i].code === 2 || serial[i].code === 2) throw new Error("the batch could not be read");
  }
  const a = median(serial.map((s) => s.ms));
  const b = median(parallel.map((s) => s.ms));
  say(`  --jobs 1（逐个）       中位数 ${a.toFixed(0)} ms，峰值内存 ${Math.max(...serial.map((s) => s.maxRssMiB)).toFixed(0)} MiB`);
  say(`  默认（${cores} 个线程并行） 中位数 ${b.toFixed(0)} ms，峰值内存 ${Math.max(...parallel.map((s) => s.maxRssMiB)).toFixed(0)} MiB`);
  say(`  parallel / serial = ${(b / a).toFixed(2)}（目标 ≤ ${BATCH_GOAL}）${mark(b / a <= BATCH_GOAL)}`);
  // Linux shares the CPU between sessions (autogroups), not threads: while other sessions keep the
  // cores busy, a second thread gets nothing. Two units of pure arithmetic on two threads against one tell.
  const one: number[] = [];
  const two: number[] = [];
  for (let i = 0; i < runs; i++) {
    one.push(sample("spin", ["1"]).ms);
    two.push(sample("spin", ["2"]).ms);
  }
  const spin = median(two) / median(one);
  say(`  同时测得的纯计算：两个线程 / 一个线程 = ${spin.toFixed(2)}${spin > 0.8 ? "（本次运行没有空闲的第二个核，并行无从加快）" : ""}`);
}

async function main(): Promise<void> {
  if (only("reading")) {
    await reading(500, RUNS);
    await reading(1320, RUNS, RATIO_GOAL);
  }
  if (only("memory")) await memory(5000);
  if (only("batch")) await batch(40, 33, Math.max(3, Math.ceil(RUNS / 2)));
  if (only("hostile")) await benchHostile();
  if (only("pane") && process.env.BENCH_PANE !== "0") {
    say("\n任务窗格首次渲染（headless Chromium）…");
    const pane = await benchPane();
    say(
      `任务窗格首次渲染 中位数 ${pane.medianMs.toFixed(0)} ms（${pane.runs} 次，最短 ${pane.minMs.toFixed(0)}，最长 ${pane.maxMs.toFixed(0)}）` +
        `（目标 < ${FIRST_RENDER_GOAL_MS} ms）${mark(pane.underGoal)}`,
    );
  }
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exitCode = 1;
});
