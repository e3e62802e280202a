/**
 * The streaming reader on what real writers put in xlsx files, and on hostile files: each gets
 * the check it would get as a plain ExcelJS-written file, or one clear line and exit 2.
 */
import { strict as assert } from "assert";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { xlsxGrids } from "../../src/node/xlsx/workbook";
import { READ_COLS, READ_ROWS } from "../../src/node/xlsx/sheet";
import { farCellFile, hugeSheetFile, manySheetsFile, zipBombFile } from "../fixtures/hostile";
import { seedWorkbook } from "../fixtures/layouts";
import { packageRoot, seedForms } from "../fixtures/seedForms";
import { perfeval, tempDir } from "../cli/helpers";
import {
  Parts, extensionListInCells, inlineStrings, openpyxlChart, packageOf, partsOf, prefixElements, removeSharedStrings,
  renameSheetParts, sheetParts, strict, text,
} from "./packages";

const dir = tempDir();
let counter = 0;
const save = (bytes: Buffer, name = `f${++counter}.xlsx`) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

/** The JSON report without its file name, for comparing two files. */
async function reportOf(file: string): Promise<{ code: number; report: Record<string, unknown> }> {
  const r = await perfeval(["check", file, "--format", "json"]);
  assert.equal(r.stderr, "", r.stderr);
  const report = JSON.parse(r.stdout);
  delete report.file;
  return { code: r.code, report };
}

/** One clear line on stderr, nothing on stdout, exit 2. */
async function refused(file: string, pattern: RegExp): Promise<void> {
  const r = await perfeval(["check", file]);
  assert.equal(r.code, 2, r.stdout);
  assert.equal(r.stdout, "");
  assert.equal(r.stderr.trimEnd().split("\n").length, 1, r.stderr);
  assert.match(r.stderr, pattern);
  assert.doesNotMatch(r.stderr, /\n\s+at |内部错误/);
}

const forms = seedForms().filter((f) => f.id.startsWith("002-"));

describe("the streaming reader on files other writers make", () => {
  let original: { code: number; report: Record<string, unknown> };
  let parts: Parts;
  before(async () => {
    const workbook = seedWorkbook(forms, { others: true });
    parts = await partsOf(workbook);
    original = await reportOf(save(packageOf(parts)));
    assert.equal((original.report.summary as { projects: number }).projects, forms.length);
  });
  const variant = async (change: (p: Parts) => void) => {
    const copy = { ...parts };
    change(copy);
    return reportOf(save(packageOf(copy)));
  };

  it("finds sheets through the relationships, whatever their parts are called (xl/工作表/项目1.xml)", async () => {
    assert.deepEqual(await variant(renameSheetParts), original);
  });

  it("reads inline strings, in a package without a shared strings part", async () => {
    assert.deepEqual(await variant(inlineStrings), original);
  });

  it("reads a zip whose entry names use backslashes, as some Windows zip tools write them", async () => {
    assert.deepEqual(
      await variant((p) => {
        for (const name of Object.keys(p).filter((n) => n.includes("/"))) {
          p[name.replace(/\//g, "\\")] = p[name];
          delete p[name];
        }
      }),
      original,
    );
  });

  it("reads a strict workbook (purl.oclc.org namespaces and relationship types)", async () => {
    assert.deepEqual(await variant(strict), original);
  });

  it("reads sheets whose every element has a namespace prefix (<x:c>)", async () => {
    assert.deepEqual(await variant(prefixElements), original);
  });

  it("ignores an extension list inside a cell", async () => {
    assert.deepEqual(await variant(extensionListInCells), original);
  });

  it("reads a workbook with a chart saved by openpyxl (which ExcelJS cannot load: “reading 'anchors'”)", async () => {
    // test/fixtures/openpyxl-chart.xlsx: these forms, loaded and saved by openpyxl 3.0.9 (Debian
    // python3-openpyxl) after `ws.add_chart(BarChart(), "J2")` on the second sheet.
    const file = path.join(packageRoot(), "test", "fixtures", "openpyxl-chart.xlsx");
    await assert.rejects(new ExcelJS.Workbook().xlsx.readFile(file), /anchors/);
    assert.deepEqual(await reportOf(file), original);
  });

  it("reads a workbook with a chart drawn the way openpyxl anchors one", async () => {
    assert.deepEqual(await variant(openpyxlChart), original);
  });

  it("refuses, in one line, a package whose cells refer to shared strings it does not have", async () => {
    const copy = { ...parts };
    removeSharedStrings(copy);
    await refused(save(packageOf(copy)), /共享字符串.*sharedStrings/);
  });

  it("refuses, in one line, a sheet whose XML stops before its end, naming the sheet", async () => {
    const copy = { ...parts };
    const [first] = sheetParts(copy);
    copy[first] = text(copy, first).slice(0, text(copy, first).length / 2);
    await refused(save(packageOf(copy)), /工作表“.+”的 XML 不完整/);
  });

  it("refuses, in one line, a sheet whose part is missing", async () => {
    const copy = { ...parts };
    delete copy[sheetParts(copy)[0]];
    await refused(save(packageOf(copy)), /工作表“.+”的部件 .* 不在文件中/);
  });

  it("names what a zip is when it is not a workbook: a Word document, an .xlsb, a cut-off download", async () => {
    const docx = packageOf({
      "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      "word/document.xml": "<w:document/>",
    });
    await refused(save(docx, "报告.xlsx"), /报告\.xlsx 不是工作簿：它是 Word 文档/);
    const xlsb = packageOf({
      "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
      "_rels/.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
      "xl/workbook.bin": new Uint8Array([0x83, 0x01, 0x00]),
    });
    await refused(save(xlsb, "项目.xlsb"), /项目\.xlsb 是 Excel 二进制工作簿（\.xlsb）：请在 Excel 中另存为 \.xlsx/);
    const whole = packageOf(parts);
    await refused(save(whole.subarray(0, Math.floor(whole.length * 0.6)), "下载中.xlsx"), /下载中\.xlsx 无法读取：文件不完整/);
  });
});

describe("the streaming reader on cells and sheets", () => {
  it("gives hidden sheets their visibility, and formula cells without a result as uncalculated", async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("表");
    ws.getCell("A1").value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
    ws.getCell("B1").value = { formula: "IF(1,\"\",1)", result: "" } as ExcelJS.CellFormulaValue;
    ws.getCell("C1").value = 5;
    workbook.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = "x";
    workbook.addWorksheet("深度隐藏", { state: "veryHidden" }).getCell("A1").value = "y";
    const [grid, hidden, veryHidden] = xlsxGrids(Buffer.from(await workbook.xlsx.writeBuffer()));
    assert.deepEqual(grid.uncalculated, [{ row: 0, col: 0 }]);
    // A cached empty text is a result (Excel writes =IF(…,"",…) so), not a missing one.
    assert.deepEqual({ left: grid.left, values: grid.values }, { left: 1, values: [["", 5]] });
    assert.equal(grid.visibility, undefined);
    assert.equal(hidden.visibility, "hidden");
    assert.equal(veryHidden.visibility, "veryHidden");
  });

  it("reads shared formulas by their cached results; a dependent without one is uncalculated", () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
      <row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f><v>4</v></c></row>
      <row r="2"><c r="A2"><f t="shared" si="0"/><v>6</v></c></row>
      <row r="3"><c r="A3"><f t="shared" si="0"/></c></row></sheetData></worksheet>`;
    const [grid] = xlsxGrids(packageOf(minimalPackage(sheet)));
    assert.deepEqual(grid.values, [[4], [6]]);
    assert.deepEqual(grid.uncalculated, [{ row: 2, col: 0 }]);
  });

  it("reads dates as YYYY-MM-DD: styled serials (the 1904 system too, zh-CN built-in formats), ISO dates of strict files", () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">
      <c r="A1" s="1"><v>45646</v></c><c r="B1" s="2"><v>45646</v></c><c r="C1" t="d"><v>2024-12-20T00:00:00</v></c><c r="D1" s="3"><v>0.5</v></c></row></sheetData></worksheet>`;
    const styles = '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="31"/><xf numFmtId="20"/></cellXfs></styleSheet>';
    assert.deepEqual(xlsxGrids(packageOf(minimalPackage(sheet, { styles })))[0].values, [["2024-12-20", "2024-12-20", "2024-12-20", 0.5]]);
    const in1904 = xlsxGrids(packageOf(minimalPackage(sheet, { styles, workbookPr: '<workbookPr date1904="1"/>' })))[0].values[0];
    assert.deepEqual(in1904.slice(0, 2), ["2028-12-21", "2028-12-21"]);
  });

  it("takes a shared string's text without its phonetic guide, and decodes _xHHHH_ escapes", () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData></worksheet>`;
    const sst = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><r><t>项目</t></r><r><t>名称</t></r><rPh sb="0" eb="2"><t>こうもく</t></rPh></si><si><t>第一行_x000D_\n第二行</t></si></sst>';
    assert.deepEqual(xlsxGrids(packageOf(minimalPackage(sheet, { sst })))[0].values, [["项目名称", "第一行\r\n第二行"]]);
  });

  it("keeps cells covered by a merge empty, as Excel shows them, even when the file holds values there", () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
      <row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="C2"><v>4</v></c></row></sheetData>
      <mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells></worksheet>`;
    const [grid] = xlsxGrids(packageOf(minimalPackage(sheet)));
    assert.deepEqual(grid.values, [[1], [null, null, 4]]);
    assert.deepEqual(grid.merges, [{ top: 0, left: 0, bottom: 1, right: 1 }]);
  });

  it("never reads cells far outside a form's area, and still reads the merged areas listed after them", () => {
    const far = `<row r="3"><c r="A3"><v>5</v></c><c r="XFD3"><v>9</v></c><c r="XFE3"><v>9</v></c></row><row r="4"><c r="B4"><v>6</v></c></row>`;
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${far}
      <row r="${READ_ROWS + 1}"><c r="A${READ_ROWS + 1}"><v>7</v></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>末</t></is></c></row></sheetData>
      <mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="A${READ_ROWS + 5}:C${READ_ROWS + 6}"/></mergeCells><pageMargins left="0.7"/></worksheet>`;
    const [grid] = xlsxGrids(packageOf(minimalPackage(sheet)));
    assert.deepEqual({ top: grid.top, left: grid.left, values: grid.values }, { top: 2, left: 0, values: [[5], [null, 6]] });
    assert.deepEqual(grid.merges, [{ top: 0, left: 0, bottom: 0, right: 1 }]);
    assert.ok(READ_COLS >= 26 && READ_ROWS >= 1000, "the area read holds any form");
  });

  it("checks forms that each have one cell at XFD1048576", async () => {
    const file = path.join(dir, "far.xlsx");
    await farCellFile(file, 6);
    const { report } = await reportOf(file);
    assert.equal((report.summary as { projects: number }).projects, 6);
  });

  it("checks the forms of a workbook that also holds a sheet of 1.4 million cells", async () => {
    const file = path.join(dir, "huge.xlsx");
    await hugeSheetFile(file, 2, 100_000, 14);
    const { report } = await reportOf(file);
    const sheets = report.sheets as { name: string; kind: string }[];
    assert.deepEqual(sheets.map((s) => s.kind), ["project", "project", "other"]);
    assert.equal(sheets[2].name, "明细");
  });

  it("checks 1,000 sheets in parts not named sheetN.xml, 20 of them forms", async () => {
    const file = path.join(dir, "many.xlsx");
    await manySheetsFile(file, 1000, 20);
    const { report } = await reportOf(file);
    assert.equal((report.sheets as unknown[]).length, 1000);
    assert.equal((report.summary as { projects: number }).projects, 20);
  });

  it("refuses, in one line, a zip bomb: a sheet that declares more than 512 MiB", async () => {
    const file = path.join(dir, "bomb.xlsx");
    await zipBombFile(file, 600 * 1024 * 1024);
    assert.ok(fs.statSync(file).size < 2 * 1024 * 1024);
    await refused(file, /bomb\.xlsx 太大，不像自评表工作簿：工作表“数据”.*512 MiB/);
  });

  it("refuses, in one line, an entry that inflates to more than the directory says (a forged zip bomb)", async () => {
    const file = path.join(dir, "forged.xlsx");
    await zipBombFile(file, 50 * 1024 * 1024, true);
    await refused(file, /forged\.xlsx 无法读取：工作表“数据”.*比压缩包目录中声明的 1024 字节还大.*恶意构造/);
  });
});

/** A package of one sheet, written by hand: every part a writer must give, and only those. */
function minimalPackage(sheet: string, options: { sst?: string; styles?: string; workbookPr?: string } = {}): Parts {
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  const parts: Parts = {
    "[Content_Types].xml":
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("rId1", "officeDocument", "xl/workbook.xml")}</Relationships>`,
    "xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${options.workbookPr ?? ""}<sheets><sheet name="表" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel("rId1", "worksheet", "s.xml")}${options.sst ? rel("rId2", "sharedStrings", "strings.xml") : ""}${options.styles ? rel("rId3", "styles", "styles.xml") : ""}</Relationships>`,
    "xl/s.xml": sheet,
  };
  if (options.sst) parts["xl/strings.xml"] = options.sst;
  if (options.styles) parts["xl/styles.xml"] = options.styles;
  return parts;
}

