import { strict as assert } from "assert";
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { seedWorkbook } from "../fixtures/layouts";
import { seedForm, seedForms } from "../fixtures/seedForms";
import { perfeval, perfevalBin, tempDir } from "./helpers";

const dir = tempDir();
const forms = (prefix: string) => seedForms().filter((f) => f.id.startsWith(prefix));

async function write(name: string, workbook: ExcelJS.Workbook): Promise<string> {
  const file = path.join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

describe("perfeval check", () => {
  let file002: string; // 002: 未来公园展厅运营项目 has WEIGHT_SUM and TOTAL_SUM errors
  let file001: string; // 001: no error findings
  before(async () => {
    file002 = await write("002.xlsx", seedWorkbook(forms("002-"), { others: true }));
    file001 = await write("001.xlsx", seedWorkbook(forms("001-"), { layout: "offset" }));
  });

  it("prints findings grouped by sheet with a summary line, and exits 1 on errors", async () => {
    const r = await perfeval(["check", file002]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, "");
    const lines = r.stdout.split("\n");
    const sheetLine = lines.findIndex((l) => l.startsWith("未来公园展厅运营项目（2 个错误"));
    assert.ok(sheetLine > 0, r.stdout);
    assert.match(lines.slice(sheetLine).join("\n"), /F27 +错误 +分值合计 WEIGHT_SUM +分值合计应为 96\.00/);
    assert.match(r.stdout, /G27 +错误 +总分合计 TOTAL_SUM +总分应为 81\.27.*表中为 85\.27/);
    assert.match(r.stdout, /共 7 个项目：2 个错误，\d+ 个警告，\d+ 个提示；3 个工作表不是自评表，已跳过\n$/);
    assert.doesNotMatch(r.stdout, /\x1b\[/, "no colour when stdout is not a terminal");
  });

  it("exits 0 when there are warnings but no errors", async () => {
    const r = await perfeval(["check", file001]);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /共 18 个项目：0 个错误/);
  });

  it("colours severities on a terminal, and not with NO_COLOR", async () => {
    const tty = await perfeval(["check", file002], { tty: true });
    assert.match(tty.stdout, /\x1b\[31m错误\x1b\[39m/);
    const noColour = await perfeval(["check", file002], { tty: true, env: { NO_COLOR: "1" } });
    assert.doesNotMatch(noColour.stdout, /\x1b\[/);
  });

  it("prints exactly the JSON report with --format json", async () => {
    const r = await perfeval(["check", file002, "--format", "json"]);
    assert.equal(r.code, 1);
    const report = JSON.parse(r.stdout);
    assert.equal(report.schemaVersion, 1);
    assert.equal(report.file, "002.xlsx");
    assert.equal(report.sheets.length, 10);
    assert.equal(report.summary.projects, 7);
    assert.deepEqual(
      report.findings.filter((f: { severity: string }) => f.severity === "error").map((f: { rule: string; cell: string }) => `${f.rule}@${f.cell}`),
      ["WEIGHT_SUM@F27", "TOTAL_SUM@G27"],
    );
    const park = report.sheets.find((s: { name: string }) => s.name === "未来公园展厅运营项目");
    assert.equal(park.project.totalScore, 85.27);
    assert.equal(park.project.funds.total.rate, 92.79);
    assert.equal(park.cells.totalScore, "G27");
  });

  it("indents the JSON for a person on a terminal and writes it on one line for a program", async () => {
    const piped = (await perfeval(["check", file002, "--format", "json"])).stdout;
    const tty = (await perfeval(["check", file002, "--format", "json"], { tty: true })).stdout;
    assert.equal(piped.trimEnd().split("\n").length, 1);
    assert.match(tty, /^\{\n  "schemaVersion": 1,\n/);
    assert.deepEqual(JSON.parse(tty), JSON.parse(piped));
  });

  it("shows a progress bar on a terminal for workbooks with many sheets, and none otherwise", async () => {
    const tty = await perfeval(["check", file001], { tty: true });
    assert.match(tty.stderr, /读取工作表/);
    const pipe = await perfeval(["check", file001]);
    assert.equal(pipe.stderr, "");
  });

  describe("--out", () => {
    it("writes a copy with filled cells, notes and a first sheet 检查结果 linking to each cell; the input is untouched", async () => {
      const before = sha(file002);
      const out = path.join(dir, "002.checked.xlsx");
      const r = await perfeval(["check", file002, "--out", out]);
      assert.equal(r.code, 1);
      assert.equal(sha(file002), before, "input file unchanged");
      const copy = new ExcelJS.Workbook();
      await copy.xlsx.readFile(out);
      assert.equal(copy.worksheets[0].name, "检查结果");
      const park = copy.getWorksheet("未来公园展厅运营项目")!;
      const total = park.getCell("G27");
      assert.equal((total.fill as ExcelJS.FillPattern).fgColor?.argb, "FFFFC7CE");
      assert.match(JSON.stringify(total.note), /总分应为 81\.27/);
      const deduction = copy.worksheets.flatMap((ws) => ws.name).length;
      assert.equal(deduction, 11);
      const list = copy.worksheets[0];
      const links: string[] = [];
      list.eachRow((row, n) => {
        if (n > 3) links.push(String((row.getCell(2).value as ExcelJS.CellFormulaValue).formula));
      });
      assert.ok(links.includes(`HYPERLINK("#'未来公园展厅运营项目'!G27","G27")`), links.join("\n"));
      const json = JSON.parse((await perfeval(["check", file002, "--format", "json"])).stdout);
      assert.equal(links.length, json.findings.length);
    });

    it("keeps every value of the input in the copy", async () => {
      const out = path.join(dir, "002.values.xlsx");
      await perfeval(["check", file002, "--out", out]);
      const [a, b] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
      await a.xlsx.readFile(file002);
      await b.xlsx.readFile(out);
      for (const ws of a.worksheets) {
        const copy = b.getWorksheet(ws.name)!;
        ws.eachRow((row, r) => row.eachCell((cell, c) => assert.deepEqual(copy.getCell(r, c).value, cell.value)));
      }
    });

    it("refuses to write over the input", async () => {
      const before = sha(file002);
      const r = await perfeval(["check", file002, "--out", file002]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /^perfeval: --out 不能是被检查的文件本身/);
      assert.equal(sha(file002), before);
    });
  });
});

describe("perfeval check on bad input", () => {
  const oneLine = (r: { stderr: string; stdout: string }, pattern: RegExp) => {
    assert.equal(r.stdout, "", "nothing on stdout");
    assert.equal(r.stderr.trimEnd().split("\n").length, 1, r.stderr);
    assert.match(r.stderr, pattern);
    assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack trace");
  };

  it("a missing file: exit 2 and one line", async () => {
    const r = await perfeval(["check", path.join(dir, "nope.xlsx"), "--format", "json"]);
    assert.equal(r.code, 2);
    oneLine(r, /找不到文件/);
  });

  it("a folder without workbooks: exit 2 and one line", async () => {
    const empty = tempDir();
    fs.writeFileSync(path.join(empty, "说明.txt"), "没有工作簿");
    const r = await perfeval(["check", empty]);
    assert.equal(r.code, 2);
    oneLine(r, /中没有工作簿/);
  });

  it("a file that is not xlsx: exit 2 and one line", async () => {
    const file = path.join(dir, "notes.xlsx");
    fs.writeFileSync(file, "项目名称,预算\n信息化运维项目,48.3\n");
    const r = await perfeval(["check", file]);
    assert.equal(r.code, 2);
    oneLine(r, /不是 \.xlsx 工作簿/);
  });

  it("a zip that is not a workbook: exit 2 and one line", async () => {
    const JSZip = (await import("jszip")).default;
    const zip = new JSZip();
    zip.file("hello.txt", "not a workbook");
    const file = path.join(dir, "archive.xlsx");
    fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    const r = await perfeval(["check", file]);
    assert.equal(r.code, 2);
    oneLine(r, /无法读取/);
  });

  it("a password-protected workbook (an OLE container): exit 2, says how to fix it", async () => {
    const file = path.join(dir, "locked.xlsx");
    // Excel's encryption keeps the package in a compound file's EncryptionInfo and EncryptedPackage streams (MS-OFFCRYPTO §2.3.4).
    const streams = Buffer.from("EncryptionInfo\0EncryptedPackage", "utf16le");
    fs.writeFileSync(file, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504), streams, Buffer.alloc(512)]));
    const r = await perfeval(["check", file]);
    assert.equal(r.code, 2);
    oneLine(r, /密码保护.*另存为 \.xlsx/);
  });

  it("an unknown option: exit 2", async () => {
    const r = await perfeval(["check", "x.xlsx", "--colour"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown option|未知/);
  });

  it("a workbook without forms: 0 projects, exit 0", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1");
    workbook.addWorksheet("说明").getCell("A1").value = "本工作簿暂无项目";
    const file = await write("empty.xlsx", workbook);
    const r = await perfeval(["check", file]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /共 0 个项目：0 个错误，0 个警告，0 个提示；2 个工作表不是自评表/);
    const json = JSON.parse((await perfeval(["check", file, "--format", "json"])).stdout);
    assert.deepEqual(json.summary, { projects: 0, errors: 0, warnings: 0, infos: 0 });
    assert.deepEqual(json.sheets.map((s: { kind: string }) => s.kind), ["other", "other"]);
  });

  it("reads formula cells by their cached results, error values, rich text and dates", async () => {
    const form = seedForm("001-01");
    const workbook = seedWorkbook([form]);
    const ws = workbook.worksheets[0];
    // 执行率 of 当年财政拨款 as a formula with its cached result; 年度资金总额's as #DIV/0!.
    ws.getCell("G7").value = { formula: "ROUND(E7/D7*100,2)", result: 95.21 } as ExcelJS.CellFormulaValue;
    ws.getCell("G6").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    // 上年结转资金's as =IF(D8=0,0,…) whose cached result is 0 (ExcelJS's cell.value drops a 0 result).
    ws.getCell("G8").value = { formula: "IF(D8=0,0,ROUND(E8/D8*100,2))", result: 0 } as ExcelJS.CellFormulaValue;
    ws.getCell("B3").value = { richText: [{ text: "信息化" , font: { bold: true } }, { text: "运维项目" }] };
    ws.getCell("E13").value = new Date(Date.UTC(2024, 11, 20));
    const file = await write("cells.xlsx", workbook);
    const r = JSON.parse((await perfeval(["check", file, "--format", "json"])).stdout);
    const sheet = r.sheets[0];
    assert.equal(sheet.project.name, "信息化运维项目");
    assert.equal(sheet.project.funds.current.rate, 95.21);
    assert.equal(sheet.project.funds.total.rate, null);
    assert.equal(sheet.project.indicators[0].actual, "2024-12-20");
    const g6 = r.findings.filter((f: { cell: string }) => f.cell === "G6");
    assert.deepEqual(g6.map((f: { rule: string }) => f.rule), ["EXEC_RATE"]);
    assert.match(g6[0].message, /#DIV\/0!/);
    assert.match(g6[0].message, /执行率应为 95\.22（45\.99 \/ 48\.30.*表中为 “#DIV\/0!”/);
    assert.ok(!r.findings.some((f: { cell: string }) => f.cell === "G7"), "the cached 95.21 is right");
    assert.equal(sheet.project.funds.carryover.rate, 0);
    assert.ok(!r.findings.some((f: { cell: string }) => f.cell === "G8"), "the cached 0 is read as 0, not as empty");
  });

  it("reads a form followed by thousands of junk rows", async () => {
    const workbook = seedWorkbook([seedForm("000-01")]);
    const ws = workbook.worksheets[0];
    for (let r = 40; r < 5040; r++) ws.getRow(r).values = [`备注 ${r}`, r, r % 7 ? "" : "—", r * 1.5];
    const file = await write("junk.xlsx", workbook);
    const report = JSON.parse((await perfeval(["check", file, "--format", "json"])).stdout);
    assert.equal(report.summary.projects, 1);
    assert.equal(report.sheets[0].project.totalScore, 87.93);
    assert.equal(report.sheets[0].project.indicators.length, 11);
  });

  it("works as the installed command: bin/perfeval.js", () => {
    const missing = perfevalBin(["check", path.join(dir, "nope.xlsx")]);
    assert.equal(missing.code, 2);
    assert.equal(missing.stdout, "");
    assert.match(missing.stderr, /^perfeval: 找不到文件/);
    const ok = perfevalBin(["check", path.join(dir, "002.xlsx"), "--format", "json"]);
    assert.equal(ok.code, 1);
    assert.equal(JSON.parse(ok.stdout).summary.projects, 7);
  });
});
