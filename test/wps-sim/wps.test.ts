/** The WPS simulator pins the object model's behaviour that the adapter relies on (README.md gives the sources). */
import { strict as assert } from "assert";
import type { EtRange } from "../../src/host/wps/et";
import { WpsBook, bookFromSpecs, installWpsHost, themeBgr } from "./wps";

function app(book = new WpsBook()) {
  if (book.state.sheets.length === 0) ["Sheet1", "Sheet2"].forEach((n) => book.addSheet(n));
  const host = installWpsHost(book);
  host.uninstall();
  return { app: host.app, book, ws: (n: number | string) => host.app.ActiveWorkbook.Worksheets.Item(n) };
}

describe("WPS simulator", () => {
  it("indexes sheets from 1 or by name ignoring case, and fails on a missing one", () => {
    const { ws, app: a } = app();
    assert.equal(ws(1).Name, "Sheet1");
    assert.equal(ws("sheet2").Index, 2);
    assert.equal(a.ActiveWorkbook.Worksheets.Count, 2);
    assert.throws(() => ws(3), /下标越界/);
    assert.throws(() => ws(0), /下标越界/);
  });

  it("gives Value2 of one cell as a value and of several as rows of values; Cells.Item is 1-based and relative", () => {
    const { ws, book } = app();
    book.setValue("Sheet1", "B2", 5);
    book.setValue("Sheet1", "C3", "文字");
    const sheet = ws(1);
    assert.equal(sheet.Range("B2").Value2, 5);
    assert.equal(sheet.Range("A1").Value2, undefined, "an empty cell");
    assert.deepEqual(sheet.Range("B2:C3").Value2, [[5, undefined], [undefined, "文字"]]);
    assert.equal(sheet.Cells.Item(2, 2).Value2, 5);
    assert.equal(sheet.Range("B2:C3").Cells.Item(2, 2).Address(false, false), "C3");
    assert.equal(sheet.Range("B2:C3").Address(), "$B$2:$C$3");
    sheet.Range("D1:E1").Value2 = [[1, "=D1*2"]];
    assert.deepEqual([book.cell("Sheet1", "D1").value, book.cell("Sheet1", "E1").formula], [1, "=D1*2"]);
    assert.throws(() => (sheet.Range("D1:E1").Value2 = [[1]]), /不符/);
  });

  it("gives a range's NumberFormat, or null when its cells' formats differ", () => {
    const { ws } = app();
    const sheet = ws(1);
    assert.equal(sheet.Range("A1:B2").NumberFormat, "General");
    sheet.Range("A1").NumberFormat = "0.00%";
    assert.equal(sheet.Range("A1").NumberFormat, "0.00%");
    assert.equal(sheet.Range("A1:A2").NumberFormat, null);
    sheet.Range("A2").NumberFormat = "@";
    sheet.Range("A2").Value2 = "123";
    assert.equal(sheet.Range("A2").Value2, "123", "text format keeps numeric text as text");
  });

  it("reports merges: MergeCells true/false/null, MergeArea of a merged or plain cell", () => {
    const { ws, book } = app();
    book.merge("Sheet1", "B2:C3");
    const sheet = ws(1);
    assert.equal(sheet.Range("B2:C3").MergeCells, true);
    assert.equal(sheet.Range("A1").MergeCells, false);
    assert.equal(sheet.Range("A1:B2").MergeCells, null);
    assert.equal(sheet.Range("C3").MergeArea.Address(false, false), "B2:C3");
    assert.equal(sheet.Range("D4").MergeArea.Address(false, false), "D4");
    book.setValue("Sheet1", "E1", "左上");
    book.setValue("Sheet1", "F1", "右");
    sheet.Range("E1:F1").Merge();
    assert.deepEqual([book.cell("Sheet1", "E1").value, book.cell("Sheet1", "F1").value], ["左上", undefined]);
  });

  it("keeps fills as Interior does: BGR colours, xlNone for no fill, theme colours with TintAndShade", () => {
    const { ws, book } = app();
    const cell = ws(1).Range("A1").Interior;
    assert.deepEqual([cell.Color, cell.Pattern, cell.ColorIndex], [16777215, -4142, -4142]);
    assert.throws(() => cell.ThemeColor, /超出范围/, "no theme colour to read");
    cell.Color = 255;
    assert.deepEqual(book.cell("Sheet1", "A1").fill, { pattern: 1, color: 255 }, "red is 255 in BGR; setting a colour makes the fill solid");
    cell.Pattern = -4142;
    assert.equal(book.cell("Sheet1", "A1").fill, undefined);
    cell.ThemeColor = 5;
    cell.TintAndShade = 0.4;
    assert.deepEqual([cell.ThemeColor, cell.TintAndShade, cell.Color], [5, 0.4, themeBgr(5, 0.4)]);
    assert.equal(ws(1).Range("A1:A2").Interior.Color, null, "cells that differ");
  });

  it("keeps UsedRange from the first to the last cell with a value or a format; A1 on an empty sheet", () => {
    const { ws } = app();
    assert.equal(ws(1).UsedRange.Address(false, false), "A1");
    ws(1).Range("C3").Value2 = 1;
    ws(1).Range("E6").Interior.Color = 0;
    assert.equal(ws(1).UsedRange.Address(false, false), "C3:E6");
  });

  it("selects only on the active sheet, and activates visible sheets only", () => {
    const { ws, book } = app();
    assert.throws(() => ws(2).Range("A1").Select(), /Select 方法无效/);
    ws(2).Activate();
    ws(2).Range("B3").Select();
    assert.deepEqual(book.selection, { sheet: "Sheet2", address: "B3" });
    ws(1).Visible = 2;
    assert.throws(() => ws(1).Activate());
    assert.throws(() => (ws(2).Visible = 0), /唯一可见/);
  });

  it("adds sheets before the active one, before or after a given one, and deletes only without the prompt", () => {
    const { ws, book, app: a } = app();
    const sheets = a.ActiveWorkbook.Worksheets;
    sheets.Add();
    sheets.Add(undefined, sheets.Item(sheets.Count));
    assert.deepEqual(book.state.sheets.map((s) => s.name), ["Sheet3", "Sheet1", "Sheet2", "Sheet4"]);
    assert.equal(book.activeSheet, "Sheet4", "the new sheet is active");
    assert.throws(() => ws("Sheet3").Delete(), /DisplayAlerts/);
    a.DisplayAlerts = false;
    ws("Sheet3").Delete();
    assert.throws(() => (ws(1).Name = "sheet2"), /已被使用/);
    assert.throws(() => (ws(1).Name = "a/b"), /无效/);
  });

  it("refuses writes to a protected sheet", () => {
    const { ws, book } = app();
    book.sheet("Sheet1").protected = true;
    assert.throws(() => (ws(1).Range("A1").Value2 = 1), /受保护/);
    assert.throws(() => (ws(1).Range("A1").Interior.Color = 1), /受保护/);
    assert.equal(ws(1).ProtectContents, true);
  });

  it("keeps custom XML parts, found by namespace, or throws where the build has none", () => {
    const { app: a, book } = app();
    const parts = a.ActiveWorkbook.CustomXMLParts;
    const part = parts.Add('<r xmlns="urn:x:1">1</r>');
    parts.Add('<s xmlns="urn:y:1">2</s>');
    assert.equal(parts.SelectByNamespace("urn:x:1").Count, 1);
    assert.equal(parts.SelectByNamespace("urn:x:1").Item(1).XML, '<r xmlns="urn:x:1">1</r>');
    assert.equal(part.NamespaceURI, "urn:x:1");
    assert.throws(() => parts.Add("not xml"));
    part.Delete();
    assert.equal(parts.Count, 1);
    const without = bookFromSpecs([{ name: "S", cells: [], merges: [] }], { customXmlParts: false });
    const host = installWpsHost(without);
    host.uninstall();
    assert.throws(() => host.app.ActiveWorkbook.CustomXMLParts, /CustomXMLParts/);
    assert.equal(book.state.customXmlParts.length, 1);
  });

  it("counts calls, so tests can tell a block read from a cell-by-cell one", () => {
    const { ws, book } = app();
    const r: EtRange = ws(1).Range("A1:C3");
    void r.Value2;
    void r.NumberFormat;
    assert.deepEqual([book.callCount("Range.Value2.get"), book.callCount("Range.NumberFormat.get")], [1, 1]);
  });

  it("protects the workbook's structure: no sheet added, deleted or renamed", () => {
    const { ws, book, app: a } = app();
    book.state.structureProtected = true;
    a.DisplayAlerts = false;
    assert.equal(a.ActiveWorkbook.ProtectStructure, true);
    assert.throws(() => a.ActiveWorkbook.Worksheets.Add(), /结构受保护/);
    assert.throws(() => ws(1).Delete(), /结构受保护/);
    assert.throws(() => (ws(1).Name = "新"), /结构受保护/);
    ws(1).Range("A1").Value2 = 1;
    assert.equal(book.cell("Sheet1", "A1").value, 1, "cells stay writable");
  });

  it("saves a copy to a file without changing the workbook, and gives paths from the Save As dialog (Execute is never called)", () => {
    const { app: a, book } = app();
    book.folder = "D:\\财务";
    assert.equal(a.ActiveWorkbook.FullName, "D:\\财务\\工作簿1.xlsx");
    a.ActiveWorkbook.SaveCopyAs("/tmp/copy.xlsx");
    assert.deepEqual(WpsBook.fromFile(Uint8Array.from(book.files.get("/tmp/copy.xlsx")!, (c) => c.charCodeAt(0))).state, book.state);
    const dialog = a.FileDialog(2);
    dialog.InitialFileName = "报告.json";
    assert.equal(dialog.Show(), -1);
    assert.deepEqual([dialog.SelectedItems.Count, dialog.SelectedItems.Item(1)], [1, "/home/clerk/文档/报告.json"]);
    book.saveAsAnswer = () => null;
    assert.deepEqual([dialog.Show(), dialog.SelectedItems.Count], [0, 0]);
  });

  it("answers the interface language as an LCID, or refuses where the build does not say", () => {
    assert.equal(app(new WpsBook(undefined, { languageId: 1033 })).app.LanguageSettings.LanguageID(2), 1033);
    assert.throws(() => app(new WpsBook(undefined, { languageId: null })).app.LanguageSettings.LanguageID(2));
  });

  it("calls ApiEvent listeners after the call that caused the event: values written (not formats), selections, activations", async () => {
    const book = new WpsBook();
    ["Sheet1", "Sheet2"].forEach((n) => book.addSheet(n));
    const host = installWpsHost(book);
    const seen: string[] = [];
    const api = (host.wps.ApiEvent)!;
    const on = (name: string) => (sheet: unknown, range?: unknown) =>
      seen.push(`${name} ${(sheet as { Name: string }).Name}${range ? ` ${(range as EtRange).Address(false, false)}` : ""}`);
    const change = on("SheetChange");
    api.AddApiEventListener("SheetChange", change);
    api.AddApiEventListener("SheetSelectionChange", on("SheetSelectionChange"));
    api.AddApiEventListener("SheetActivate", on("SheetActivate"));
    const ws = host.app.ActiveWorkbook.Worksheets;
    ws.Item(1).Range("A1:B1").Value2 = [[1, 2]];
    ws.Item(1).Range("A1").Interior.Color = 255;
    ws.Item(2).Activate();
    ws.Item(2).Range("C3").Select();
    assert.deepEqual(seen, [], "not during the call");
    await new Promise((r) => setTimeout(r, 5));
    assert.deepEqual(seen, ["SheetChange Sheet1 A1:B1", "SheetActivate Sheet2", "SheetSelectionChange Sheet2 C3"]);
    api.RemoveApiEventListener("SheetChange", change);
    ws.Item(1).Range("A2").Value2 = 3;
    await new Promise((r) => setTimeout(r, 5));
    assert.equal(seen.length, 3);
    host.uninstall();
  });

  it("refuses the writes a test names (a WPS that says no), before changing anything", () => {
    const { ws, book } = app();
    book.refuse.add("PageSetup");
    assert.throws(() => (ws(1).PageSetup.PrintArea = "A1:B2"), /拒绝/);
    assert.equal(book.sheet("Sheet1").pageSetup.printArea, "");
  });
});
