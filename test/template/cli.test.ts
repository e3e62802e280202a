import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { templateCommand } from "../../src/cli/template";
import type { Io } from "../../src/cli/io";
import { otherSheets, seedWorkbook, toWorkbook } from "../fixtures/layouts";
import { seedForms } from "../fixtures/seedForms";
import { perfeval, tempDir } from "../cli/helpers";
import { formulaOf } from "./helpers";

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The template command alone, with its output captured. */
async function template(args: string[]): Promise<{ stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: Io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) }, env: {} };
  await templateCommand(io).exitOverride().parseAsync(args, { from: "user" });
  return { stdout, stderr };
}

describe("perfeval template", () => {
  const dir = tempDir();
  const source = path.join(dir, "seeds.xlsx");
  before(async () => seedWorkbook(seedForms().slice(0, 4), { others: true }).xlsx.writeFile(source));

  it("writes a blank form with 12 indicator rows by default", async () => {
    const out = path.join(dir, "blank.xlsx");
    const r = await template(["--out", out]);
    assert.match(r.stdout, /已写入空白模板.*12 行指标/);
    const workbook = await readBack(out);
    assert.deepEqual(workbook.worksheets.map((ws) => [ws.name, ws.state]), [["自评表", "visible"], ["字典", "hidden"]]);
    assert.equal(formulaOf(workbook.getWorksheet("自评表")!.getCell("G25")), "H6+SUM(G13:G24)");
  });

  it("writes as many indicator rows as --rows asks for", async () => {
    const out = path.join(dir, "rows.xlsx");
    await template(["--out", out, "--rows", "3"]);
    const ws = (await readBack(out)).getWorksheet("自评表")!;
    assert.equal(formulaOf(ws.getCell("F16")), "F6+SUM(F13:F15)");
    assert.equal(ws.getCell("A17").value, "评分等级");
  });

  it("rebuilds every form of a workbook, same sheet names, with the 汇总 sheet, noting skipped sheets on stderr", async () => {
    const out = path.join(dir, "converted.xlsx");
    const r = await template(["--from", source, "--out", out]);
    assert.equal(r.stderr, "perfeval: 跳过 3 张不是自评表的工作表：封面、填表说明、Sheet3\n");
    assert.match(r.stdout, /4 张按模板重建的自评表和汇总表/);
    const names = (await readBack(out)).worksheets.map((ws) => ws.name);
    assert.deepEqual(names, ["汇总", ...seedForms().slice(0, 4).map((f) => f.name), "字典"]);
  });

  it("keeps the 原表数值 notes when a rebuilt workbook is rebuilt again", async () => {
    const form = seedForms().find((f) => f.id === "002-06")!;
    const first = path.join(dir, "inconsistent.xlsx");
    const once = path.join(dir, "once.xlsx");
    const twice = path.join(dir, "twice.xlsx");
    await seedWorkbook([form]).xlsx.writeFile(first);
    await template(["--from", first, "--out", once]);
    await template(["--from", once, "--out", twice]);
    const notes = async (file: string) => {
      const ws = (await readBack(file)).getWorksheet(form.name)!;
      return [6, 7, 27].map((r) => ws.getCell(`I${r}`).value);
    };
    const kept = await notes(twice);
    assert.deepEqual(kept, await notes(once));
    assert.match(String(kept[2]), /原表总分 得分为 85\.27/);
  });

  const failures: [string, (d: string) => string[], RegExp][] = [
    ["refuses to write over its input", () => ["template", "--from", source, "--out", source], /不能是输入的工作簿本身/],
    ["needs --out", () => ["template"], /请用 --out 指定/],
    ["wants an .xlsx output", (d) => ["template", "--out", path.join(d, "x.xls")], /应为 \.xlsx 文件/],
    ["takes a whole number of rows", (d) => ["template", "--out", path.join(d, "x.xlsx"), "--rows", "2.5"], /--rows 应为 1 到 500 之间的整数/],
    ["takes --rows only for a blank form", (d) => ["template", "--from", source, "--out", path.join(d, "x.xlsx"), "--rows", "5"], /--rows 只用于空白模板/],
    ["names a missing input", (d) => ["template", "--from", path.join(d, "nope.xlsx"), "--out", path.join(d, "x.xlsx")], /找不到文件/],
  ];
  for (const [title, args, message] of failures) {
    it(`${title}, in one line`, async () => {
      const before = fs.readFileSync(source);
      const r = await perfeval(args(dir));
      assert.equal(r.code, 2);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split("\n").length, 1, r.stderr);
      assert.ok(fs.readFileSync(source).equals(before), "the input is never written");
    });
  }

  it("says so when a workbook has no form", async () => {
    const file = path.join(dir, "noforms.xlsx");
    await toWorkbook(otherSheets(seedForms().slice(0, 2))).xlsx.writeFile(file);
    const r = await perfeval(["template", "--from", file, "--out", path.join(dir, "x.xlsx")]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /noforms\.xlsx 中没有找到自评表/);
  });
});
