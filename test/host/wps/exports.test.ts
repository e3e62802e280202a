/**
 * 导出 on the WPS host, through the pane's export model (src/taskpane/exportModel.ts): the report and
 * the checked copy saved where the user chose in WPS's Save As dialog, the copy made by
 * Workbook.SaveCopyAs with 检查结果 first (gone again from the user's workbook); and the pane's
 * fallbacks where this WPS cannot: an .et workbook, a cancelled dialog, a build without file access.
 */
import { strict as assert } from "assert";
import { RESULTS_HEADER, RESULTS_SHEET } from "../../../src/core/findingsList";
import { STORE_SHEET } from "../../../src/core/storedSheet";
import { checkWorkbook } from "../../../src/host/check";
import { bytesOf } from "../../../src/host/wps/exports";
import { exportCheckedCopy, exportReport, workbookFileName } from "../../../src/taskpane/exportModel";
import { WpsBook } from "../../wps-sim/wps";
import { contents, expectedFindings, fills, seedBook } from "./support";

const fileOf = (book: WpsBook, path: string) => bytesOf(book.files.get(path)!);

describe("WPS: exports", () => {
  it("saves the report where the user chose, as UTF-8 JSON, named after the workbook", async () => {
    const { book, wps } = seedBook("plain");
    book.folder = "D:\\财务\\2024";
    book.name = "项目自评.xlsx";
    const asked: string[] = [];
    book.saveAsAnswer = (initial) => (asked.push(initial), `D:\\导出\\${initial}`);
    const name = workbookFileName(wps.documentUrl());
    assert.equal(name, "项目自评.xlsx");
    const result = await checkWorkbook(wps);
    const outcome = await exportReport(wps, name, result);
    assert.deepEqual(outcome, { kind: "saved", file: "项目自评.report.json" });
    assert.deepEqual(asked, ["项目自评.report.json"], "the dialog suggests the report's name");
    const report = JSON.parse(new TextDecoder().decode(fileOf(book, "D:\\导出\\项目自评.report.json")));
    assert.equal(report.findings.length, result.findings.length);
    assert.equal(report.file, "项目自评.xlsx");
  });

  it("saves the checked copy: 检查结果 first with the findings and their links, the marks on, and leaves the workbook without that sheet", async () => {
    const { book, wps, specs } = seedBook("plain");
    const { outcome } = await exportCheckedCopy(wps, "工作簿1.xlsx");
    assert.deepEqual(outcome, { kind: "saved", file: "工作簿1.checked.xlsx" });
    const copy = WpsBook.fromFile(fileOf(book, "/home/clerk/文档/工作簿1.checked.xlsx"));
    const findings = expectedFindings(specs);
    assert.equal(copy.state.sheets[0].name, RESULTS_SHEET);
    assert.deepEqual(RESULTS_HEADER.map((_, c) => copy.cell(RESULTS_SHEET, `${"ABCDE"[c]}1`).value), [...RESULTS_HEADER]);
    assert.equal(copy.cell(RESULTS_SHEET, "A2").value, findings[0].sheet);
    assert.match(copy.cell(RESULTS_SHEET, "B2").formula ?? "", /^=HYPERLINK\("#'.+'!/);
    assert.equal(copy.cell(RESULTS_SHEET, `E${findings.length + 1}`).value, findings[findings.length - 1].message);
    assert.deepEqual(fills(copy.state), fills(book.state), "the copy carries the marks the workbook shows");
    assert.ok(!book.findSheet(RESULTS_SHEET), "检查结果 is gone from the user's workbook");
    assert.deepEqual([...book.files.keys()].filter((p) => p.startsWith("/tmp")), [], "the temporary copy is removed");
  });

  it("keeps 检查结果 in the workbook, saying why, when the workbook is not an .xlsx file (SaveCopyAs keeps its format)", async () => {
    const { book, wps } = seedBook("plain");
    book.name = "项目自评.et";
    const before = contents(book.snapshot());
    const { outcome } = await exportCheckedCopy(wps, "项目自评.et");
    assert.equal(outcome.kind, "sheet");
    assert.ok(outcome.kind === "sheet" && outcome.why === "fileFailed" && /\.et/.test(outcome.detail ?? ""), JSON.stringify(outcome));
    assert.equal(book.state.sheets[0].name, RESULTS_SHEET);
    assert.equal(book.activeSheet, RESULTS_SHEET, "the user is shown the sheet to save a copy of");
    assert.deepEqual(Object.keys(contents(book.snapshot())).filter((k) => !k.startsWith(`${RESULTS_SHEET}!`)), Object.keys(before));
    assert.equal(book.files.size, 0, "nothing written to disk");
  });

  it("tells in one line that nothing was saved when the user cancels the dialog", async () => {
    const { book, wps } = seedBook("plain");
    book.saveAsAnswer = () => null;
    const result = await checkWorkbook(wps);
    await assert.rejects(exportReport(wps, "工作簿1.xlsx", result), /没有保存“工作簿1\.report\.json”/);
    assert.equal(book.files.size, 0);
  });

  it("says what works in a WPS without file access: the report as text, 检查结果 kept as a sheet", async () => {
    const { book, wps } = seedBook("plain", { files: false });
    assert.deepEqual(wps.info.capabilities, { downloads: false, workbookFile: false, showPane: true, events: true });
    const result = await checkWorkbook(wps);
    const report = await exportReport(wps, "工作簿1.xlsx", result);
    assert.equal(report.kind, "text");
    const { outcome: copy } = await exportCheckedCopy(wps, "工作簿1.xlsx");
    assert.ok(copy.kind === "sheet" && copy.why === "noDownload");
    assert.equal(book.state.sheets[0].name, RESULTS_SHEET);
  });

  it("lists a sheet already called 检查结果 as the user's and names its own 检查结果 (2)", async () => {
    const { book, wps } = seedBook("plain");
    book.addSheet(RESULTS_SHEET);
    book.setValue(RESULTS_SHEET, "A1", "用户自己的");
    const name = await wps.addFindingsSheet((await checkWorkbook(wps)).findings);
    assert.equal(name, `${RESULTS_SHEET} (2)`);
    assert.equal(book.cell(RESULTS_SHEET, "A1").value, "用户自己的");
    assert.ok(!book.state.sheets.some((s) => s.name === STORE_SHEET && s.visible !== 2));
  });
});
