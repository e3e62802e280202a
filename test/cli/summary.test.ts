/** `perfeval check FOLDER --summary 汇总.xlsx`: the reviewer's workbook, read back cell by cell. */
import { strict as assert } from "assert";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { GRADES } from "../../src/core/labels";
import { seedWorkbook } from "../fixtures/layouts";
import { seedForms } from "../fixtures/seedForms";
import { perfeval, tempDir } from "./helpers";

const forms = (prefix: string) => seedForms().filter((f) => f.id.startsWith(prefix));

/** The table of a summary sheet: its header (row 2) and rows below, as shown values. */
function table(ws: ExcelJS.Worksheet): { header: string[]; rows: unknown[][] } {
  const shown = (cell: ExcelJS.Cell) => (cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value);
  const header = (ws.getRow(2).values as unknown[]).slice(1).map(String);
  const rows: unknown[][] = [];
  for (let r = 3; r <= ws.rowCount; r++) rows.push(header.map((_, c) => shown(ws.getCell(r, c + 1)) ?? null));
  return { header, rows };
}

describe("perfeval check --summary", () => {
  const root = tempDir();
  const folder = path.join(root, "自评表");
  const summaryFile = path.join(root, "汇总.xlsx");
  let json: { files: { file: string; sheets: { kind: string; project?: { funds: { total: { budget: number } } } }[]; findings: unknown[] }[] };
  let book: ExcelJS.Workbook;
  before(async () => {
    fs.mkdirSync(folder);
    await seedWorkbook(forms("000-")).xlsx.writeFile(path.join(folder, "单位甲.xlsx"));
    await seedWorkbook(forms("002-"), { others: true, layout: "offset" }).xlsx.writeFile(path.join(folder, "单位乙.xlsx"));
    fs.writeFileSync(path.join(folder, "单位丙.xlsx"), "不是工作簿");
    const r = await perfeval(["check", folder, "--summary", summaryFile, "--jobs", "1"]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /已写入汇总表：.*汇总\.xlsx/);
    json = JSON.parse((await perfeval(["check", folder, "--format", "json", "--jobs", "1"])).stdout);
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(summaryFile);
  });

  it("has the project list, the findings, totals by unit and by grade, and the file list", () => {
    assert.deepEqual(book.worksheets.map((w) => w.name), ["项目汇总", "问题清单", "按单位统计", "按等级统计", "文件清单"]);
  });

  it("lists every project of every file, with empty 核查得分 and 审核意见 for the reviewer and a link to its sheet", () => {
    const { header, rows } = table(book.getWorksheet("项目汇总")!);
    assert.deepEqual(header, [
      "序号", "文件", "工作表", "项目代码", "项目名称", "主管部门", "实施单位", "全年预算数", "全年执行数", "执行率(%)", "总分", "评分等级",
      "错误", "警告", "核查得分", "审核意见", "链接",
    ]);
    const projects = rows.slice(0, -1);
    const total = forms("000-").length + forms("002-").length;
    assert.equal(projects.length, total);
    assert.deepEqual(projects.map((p) => p[0]), Array.from({ length: total }, (_, i) => i + 1));
    const col = (name: string) => header.indexOf(name);
    for (const p of projects) {
      assert.equal(p[col("核查得分")], null);
      assert.equal(p[col("审核意见")], null);
      assert.equal(p[col("链接")], "打开");
    }
    const park = projects.find((p) => p[col("项目名称")] === "未来公园展厅运营项目")!;
    assert.deepEqual([park[col("文件")], park[col("总分")], park[col("错误")]], ["单位乙.xlsx", 85.27, 2]);
    const ws = book.getWorksheet("项目汇总")!;
    const link = ws.getCell(3 + projects.indexOf(park), col("链接") + 1).formula;
    assert.equal(link, `HYPERLINK("[自评表/单位乙.xlsx]'${park[col("工作表")]}'!A1","打开")`);
    const last = rows[rows.length - 1];
    assert.equal(last[0], "合计");
    const budgets = json.files.flatMap((f) => f.sheets.flatMap((s) => (s.project ? [s.project.funds.total.budget] : [])));
    assert.ok(Math.abs((last[col("全年预算数")] as number) - budgets.reduce((a, b) => a + b, 0)) < 0.005);
  });

  it("lists every finding with its file, sheet, cell and a link to the cell", () => {
    const { header, rows } = table(book.getWorksheet("问题清单")!);
    assert.deepEqual(header, ["文件", "工作表", "单元格", "级别", "规则", "说明", "链接"]);
    assert.equal(rows.length, json.files.reduce((n, f) => n + f.findings.length, 0));
    const error = rows.find((r) => r[3] === "错误" && /TOTAL_SUM/.test(String(r[4])))!;
    assert.deepEqual([error[0], error[1]], ["单位乙.xlsx", "未来公园展厅运营项目"]);
    assert.equal(error[6], error[2], "the link shows the cell it opens");
    const ws = book.getWorksheet("问题清单")!;
    assert.equal(ws.getCell(3 + rows.indexOf(error), 7).formula, `HYPERLINK("[自评表/单位乙.xlsx]'未来公园展厅运营项目'!${error[2]}","${error[2]}")`);
  });

  it("totals by unit and by grade add up to the projects", () => {
    const units = table(book.getWorksheet("按单位统计")!);
    const grades = table(book.getWorksheet("按等级统计")!);
    const count = (t: { header: string[]; rows: unknown[][] }) => t.rows.slice(0, -1).reduce((n: number, r) => n + (r[t.header.indexOf("项目数")] as number), 0);
    const total = forms("000-").length + forms("002-").length;
    assert.equal(count(units), total);
    assert.equal(count(grades), total);
    const gradeColumns = [...GRADES, "未评级"].map((g) => units.header.indexOf(g));
    for (const row of units.rows) assert.equal(gradeColumns.reduce((n, c) => n + (row[c] as number), 0), row[units.header.indexOf("项目数")]);
    assert.deepEqual(grades.rows.slice(0, -1).map((r) => r[0]).filter((g) => !(GRADES as readonly string[]).includes(String(g))), []);
  });

  it("lists the files, the unreadable one with its reason", () => {
    const { rows } = table(book.getWorksheet("文件清单")!);
    assert.deepEqual(rows.map((r) => r[0]), ["单位丙.xlsx", "单位甲.xlsx", "单位乙.xlsx"]);
    assert.match(String(rows[0][1]), /^无法读取：单位丙\.xlsx 不是 \.xlsx 工作簿/);
    assert.deepEqual(rows.slice(1).map((r) => r[1]), ["已检查", "已检查"]);
  });
});

