/**
 * The hostile and odd files of issue 16 at the sizes, each checked in a fresh process:
 * a correct check, or one clear line and exit 2; within 10 s and 600 MiB, no stack trace.
 */
import * as fs from "fs";
import * as path from "path";
import { farCellFile, hugeSheetFile, manySheetsFile, zipBombFile } from "../test/fixtures/hostile";
import { packageRoot } from "../test/fixtures/seedForms";
import { benchDir, mark, mib, sample, say } from "./benchRun";

const TIME_GOAL_MS = 10_000;
const MEMORY_GOAL_MIB = 600;

interface Case {
  what: string;
  file: string;
  make?: (file: string) => Promise<void>;
  /** Projects a correct check finds; undefined: the file must be refused in one line. */
  projects?: number;
}

export async function benchHostile(): Promise<void> {
  const dir = path.join(benchDir(), "hostile");
  fs.mkdirSync(dir, { recursive: true });
  const cases: Case[] = [
    { what: "压缩炸弹：工作表解压后 2.2 GB", file: "bomb.xlsx", make: (f) => zipBombFile(f, 2.2e9) },
    { what: "伪造的压缩项：声明 1 KB，解压后 2.2 GB", file: "forged.xlsx", make: (f) => zipBombFile(f, 2.2e9, true) },
    { what: "1,400 万个单元格的有效文件（2 张表 + 100 万行 × 14 列）", file: "cells-14m.xlsx", make: (f) => hugeSheetFile(f, 2, 1_000_000, 14), projects: 2 },
    { what: "220 张表，每张在 XFD1048576 有一个单元格", file: "far-cells.xlsx", make: (f) => farCellFile(f, 220), projects: 220 },
    { what: "10,000 张工作表，部件不叫 sheetN.xml，其中 100 张自评表", file: "sheets-10000.xlsx", make: (f) => manySheetsFile(f, 10_000, 100), projects: 100 },
    { what: "openpyxl 写出的带图表的工作簿", file: path.join(packageRoot(), "test", "fixtures", "openpyxl-chart.xlsx"), projects: 7 },
  ];
  say(`\n异常文件（每个在新进程中检查；目标：正确检查或一行说明并退出 2，≤ ${TIME_GOAL_MS / 1000} s，≤ ${MEMORY_GOAL_MIB} MiB）：`);
  for (const c of cases) {
    const file = path.isAbsolute(c.file) ? c.file : path.join(dir, c.file);
    if (c.make && (!fs.existsSync(file) || process.env.BENCH_FRESH)) await c.make(file);
    const s = sample("check", [file]);
    const outcome =
      c.projects === undefined
        ? s.code === 2 && s.stderr.split("\n").length === 1 && !/\n\s+at |内部错误/.test(s.stderr)
        : s.code !== 2 && s.projects === c.projects;
    const ok = outcome && s.ms <= TIME_GOAL_MS && s.maxRssMiB <= MEMORY_GOAL_MIB;
    const result = c.projects === undefined ? `退出 ${s.code}：${s.stderr.replace(/^perfeval: /, "")}` : `退出 ${s.code}，${s.projects} 个项目`;
    say(`  ${c.what}（${mib(file)} MiB）：${(s.ms / 1000).toFixed(1)} s，峰值内存 ${s.maxRssMiB.toFixed(0)} MiB；${result} ${mark(ok)}`);
  }
}
