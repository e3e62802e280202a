import { strict as assert } from "assert";
import { SimWorkbook, createContext, installOfficeHost } from "./excel";
import { simFromSpecs } from "./fromSpecs";

function sample(): SimWorkbook {
  const sim = new SimWorkbook();
  sim.addSheet("Sheet1");
  sim.addSheet("项目 A");
  sim.setValue("Sheet1", "A1", "x");
  sim.setValue("项目 A", "B2", 5);
  return sim;
}

describe("Office host (simulator)", () => {
  let uninstall: () => void = () => undefined;
  afterEach(() => uninstall());

  it("runs batches with Excel.run and syncs what is still queued when the batch ends", async () => {
    const sim = sample();
    uninstall = installOfficeHost(sim);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [["late"]];
    });
    assert.equal(sim.cell("Sheet1", "C3").value, "late");
    assert.equal(sim.syncCount, 1);
  });

  it("answers Office.onReady, the display language, requirement sets and action registration", async () => {
    const sim = sample();
    uninstall = installOfficeHost(sim);
    assert.deepEqual(await Office.onReady(), { host: "Excel", platform: "OfficeOnline" });
    assert.equal(Office.context.displayLanguage, "zh-CN");
    sim.displayLanguage = "en-US";
    assert.equal(Office.context.displayLanguage, "en-US");
    assert.equal(Office.context.requirements.isSetSupported("ExcelApi", "1.9"), true);
    assert.equal(Office.context.requirements.isSetSupported("ExcelApi", "1.99"), false);
    Office.actions.associate("checkWorkbook", () => "done");
    assert.equal(sim.actions.checkWorkbook(), "done");
    await Office.addin.showAsTaskpane();
    assert.deepEqual(sim.addinCalls, ["showAsTaskpane"]);
  });

  it("hands out the document in slices through getFileAsync where CompressedFile is supported", async () => {
    const sim = sample().useProfile("windows");
    uninstall = installOfficeHost(sim);
    const bytes = await new Promise<number[]>((resolve, reject) => {
      Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 100 }, (opened) => {
        if (opened.status !== Office.AsyncResultStatus.Succeeded) return reject(opened.error);
        const file = opened.value;
        const all: number[] = [];
        const next = (i: number) => {
          if (i === file.sliceCount) return file.closeAsync(() => resolve(all));
          file.getSliceAsync(i, (slice) => {
            all.push(...(slice.value.data as number[]));
            next(i + 1);
          });
        };
        next(0);
      });
    });
    assert.deepEqual(SimWorkbook.fromBytes(bytes).snapshot(), sim.snapshot());
    assert.equal(sim.openFiles, 0);
  });

  it("plays the platforms: web, Windows and Mac differ in limits, CompressedFile, and what survives reopening", async () => {
    const web = sample();
    uninstall = installOfficeHost(web);
    assert.equal(Office.context.platform, "OfficeOnline");
    assert.equal(Office.context.requirements.isSetSupported("CompressedFile"), false, "office-js#5297: the case the add-in must survive");
    const failed = await new Promise<Office.AsyncResultStatus>((resolve) => Office.context.document.getFileAsync(Office.FileType.Compressed, (r) => resolve(r.status)));
    assert.equal(failed, Office.AsyncResultStatus.Failed);
    assert.equal(web.requestLimit, 5 * 1024 * 1024);
    uninstall();

    const mac = sample().useProfile("mac");
    uninstall = installOfficeHost(mac);
    assert.deepEqual(await Office.onReady(), { host: "Excel", platform: "Mac" });
    assert.equal(Office.context.requirements.isSetSupported("CompressedFile"), true);
    assert.equal(mac.requestLimit, null);
    mac.state.customXmlParts.push({ id: "{1}", namespaceUri: "urn:x", xml: '<a xmlns="urn:x"/>' });
    const reopened = mac.reopen();
    assert.deepEqual(reopened.state.customXmlParts, [], "office-js#6091: custom XML parts lost on Mac");
    assert.deepEqual(reopened.state.sheets, mac.state.sheets);
    assert.equal(reopened.profile.name, "mac");
    assert.equal(sample().useProfile("windows").reopen().profile.name, "windows");
  });

  it("loads with strings, arrays, paths and objects, and collections with their items", async () => {
    const context = createContext(sample());
    const sheets = context.workbook.worksheets.load("items/name, items/position");
    const one = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
    one.load(["values", "address"]);
    const fill = one.format.fill.load({ color: true });
    const format = one.load({ format: { font: { bold: true } }, rowCount: true });
    await context.sync();
    assert.deepEqual(sheets.items.map((s) => [s.name, s.position]), [["Sheet1", 0], ["项目 A", 1]]);
    assert.deepEqual(one.values, [["x", ""], ["", ""]]);
    assert.equal(fill.color, "#FFFFFF");
    assert.equal(format.format.font.bold, false);
    assert.equal(one.rowCount, 2);
  });

  it("quotes sheet names in addresses as Excel does", async () => {
    const context = createContext(sample());
    const range = context.workbook.worksheets.getItem("项目 A").getRange("B2").load("address");
    await context.sync();
    assert.equal(range.address, "'项目 A'!B2");
  });

  it("converts written text like Excel: numbers, formulas, and text kept under the @ format", async () => {
    const sim = sample();
    const context = createContext(sim);
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A2:C2");
    range.numberFormat = [["General", "@", "General"]];
    range.values = [["12.50", "007", "=\"a\""]];
    assert.deepEqual(range.values, [["12.50", "007", "=\"a\""]], "a set value reads back locally, as in Office.js");
    await context.sync();
    assert.deepEqual([sim.cell("Sheet1", "A2").value, sim.cell("Sheet1", "B2").value, sim.cell("Sheet1", "C2").formula], [12.5, "007", "=\"a\""]);
  });

  it("refuses a response over the payload limit and fills nothing: GeneralException, as Excel on the web often says, or the documented code", async () => {
    for (const [setting, code] of [["GeneralException", "GeneralException"], ["exact", "ResponsePayloadSizeLimitExceeded"]] as const) {
      const sim = sample();
      sim.responseLimit = 10;
      sim.payloadErrorCode = setting;
      const context = createContext(sim);
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:Z20").load("values");
      await assert.rejects(context.sync(), (e: { code?: string }) => e.code === code);
      assert.throws(() => range.values, (e: { code?: string }) => e.code === "PropertyNotLoaded");
    }
  });

  it("counts method calls and objects toward the request size, not only written values (docs: excel/performance.md)", async () => {
    const sim = sample();
    sim.requestLimit = 200_000;
    const context = createContext(sim);
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    for (let row = 0; row < 1000; row++) sheet.getCell(row, 0).getCellProperties({ format: { fill: { color: true } } });
    await assert.rejects(context.sync(), (e: { code?: string }) => e.code === "GeneralException", "1000 small reads: nothing written, still refused");
    for (let row = 0; row < 100; row++) sheet.getCell(row, 0).getCellProperties({ format: { fill: { color: true } } });
    await context.sync();
    assert.ok(sim.lastRequestBytes > 100 * 200, `${sim.lastRequestBytes} bytes for 100 reads`);
  });

  it("gives values null (or fails RangeExceedsLimit) for a read above the cell limit (docs: excel/performance.md)", async () => {
    const sim = sample();
    sim.maxReadCells = 100;
    const context = createContext(sim);
    const big = context.workbook.worksheets.getItem("Sheet1").getRange("A1:J11").load("values, numberFormat");
    const small = context.workbook.worksheets.getItem("Sheet1").getRange("A1:J10").load("values");
    await context.sync();
    assert.equal(big.values, null);
    assert.equal(big.numberFormat, null);
    assert.equal(small.values.length, 10);
    sim.oversizedRead = "RangeExceedsLimit";
    context.workbook.worksheets.getItem("Sheet1").getRange("A1:J11").load("values");
    await assert.rejects(context.sync(), (e: { code?: string }) => e.code === "RangeExceedsLimit");
  });

  it("adds, positions, activates and deletes sheets", async () => {
    const sim = sample();
    const context = createContext(sim);
    const added = context.workbook.worksheets.add("新表");
    added.position = 0;
    added.activate();
    await context.sync();
    assert.deepEqual(sim.state.sheets.map((s) => s.name), ["新表", "Sheet1", "项目 A"]);
    assert.equal(sim.activeSheet, "新表");
    added.delete();
    context.workbook.worksheets.add("sheet1");
    await assert.rejects(context.sync(), (e: { code?: string }) => e.code === "ItemAlreadyExists");
    assert.deepEqual(sim.state.sheets.map((s) => s.name), ["Sheet1", "项目 A"]);
    assert.equal(sim.activeSheet, "Sheet1");
  });

  it("merges like Excel: covered cells lose their values; merged areas start in the range", async () => {
    const sim = sample();
    sim.setValue("Sheet1", "B1", "gone");
    const context = createContext(sim);
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:C2").merge();
    const inside = sheet.getRange("A1:A1").getMergedAreasOrNullObject().load("address");
    const notStarting = sheet.getRange("B2:C2").getMergedAreasOrNullObject().load("address");
    await context.sync();
    assert.deepEqual(sim.mergesOf("Sheet1"), ["A1:C2"]);
    assert.equal(sim.cell("Sheet1", "B1").value, undefined);
    assert.equal(inside.address, "Sheet1!A1:C2");
    assert.equal(notStarting.isNullObject, true);
  });

  it("builds a workbook from fixture sheet specs with their number formats", () => {
    const sim = simFromSpecs([{ name: "S", cells: [{ row: 4, col: 2, value: 0.5, numFmt: "0.00%" }], merges: [{ top: 0, left: 0, bottom: 0, right: 3 }] }]);
    assert.deepEqual(sim.cell("S", "C5"), { value: 0.5, numberFormat: "0.00%" });
    assert.deepEqual(sim.mergesOf("S"), ["A1:D1"]);
  });
});
