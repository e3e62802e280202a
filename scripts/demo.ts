/**
 * npm run demo: checks the bundled example workbook (seed forms of 2023 in several layouts),
 * prints the findings and writes the checked copy to demo-out/.
 */
import * as fs from "fs";
import * as path from "path";
import { run } from "../src/cli/main";
import { packageRoot } from "../test/fixtures/seedForms";
import { EXAMPLE, makeExample } from "./makeExample";

async function demo(): Promise<number> {
  const root = packageRoot();
  const example = path.join(root, EXAMPLE);
  if (!fs.existsSync(example)) await makeExample(example);
  const outDir = path.join(root, "demo-out");
  fs.mkdirSync(outDir, { recursive: true });
  const out = path.join(outDir, path.basename(example, ".xlsx") + "-已检查.xlsx");
  const code = await run(["check", path.relative(process.cwd(), example), "--out", path.relative(process.cwd(), out)]);
  // The example holds real mistakes, so the check itself exits 1; only 2 (unreadable) is a failure.
  if (code === 2) return 1;
  process.stdout.write(`\n用 Excel 打开 ${path.relative(process.cwd(), out)}：第一张工作表“检查结果”列出每个问题并链接到单元格。\n`);
  return 0;
}

demo().then((code) => (process.exitCode = code));
