import ExcelJS from "exceljs";
import { checkSheets, readSheet } from "../src/core/check";
import { toReport } from "../src/core/report";
import { worksheetGrid } from "../src/node/readWorkbook";
import { PROJECT_RULES } from "../src/core/rules";
import { DEFAULT_CONFIG } from "../src/core/config";
async function main() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(".bench/forms-500.xlsx");
  const grids = wb.worksheets.map(worksheetGrid);
  for (let round = 0; round < 5; round++) {
    let t = performance.now();
    const sheets = grids.map((g) => readSheet(g));
    const read = performance.now() - t;
    t = performance.now();
    const result = checkSheets(sheets);
    const check = performance.now() - t;
    t = performance.now();
    JSON.stringify(toReport("x", result));
    const json = performance.now() - t;
    const projects = sheets.flatMap((s) => (s.kind === "project" ? [s.project] : []));
    const per: [string, number][] = [];
    for (const rule of PROJECT_RULES) { const t0 = performance.now(); for (const p of projects) rule.check(p, { options: DEFAULT_CONFIG.rules[rule.id].options, earlier: [] }); per.push([rule.id, performance.now() - t0]); }
    per.sort((a, b) => b[1] - a[1]);
    console.log(`read ${read.toFixed(0)} check ${check.toFixed(0)} json ${json.toFixed(0)} findings ${result.findings.length}`, per.slice(0, 6).map(([id, ms]) => `${id} ${ms.toFixed(1)}`).join(", "));
  }
}
main();
