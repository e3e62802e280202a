/** The stored mapping and documents on the WPS host, and one workbook moving between WPS and Excel in both directions. */
import { strict as assert } from "assert";
import { CONFIG_NS } from "../../../src/core/config";
import { a1 } from "../../../src/core/grid";
import { MAPPING_NS } from "../../../src/core/storedData";
import { STORE_SHEET } from "../../../src/core/storedSheet";
import { checkWorkbook } from "../../../src/host/check";
import { loadMapping, readActiveSheetMapping, setMappingOverride } from "../../../src/host/mapping";
import { officeHost } from "../../../src/host/office";
import type { SpreadsheetHost } from "../../../src/host/types";
import { seedForms } from "../../fixtures/seedForms";
import { storeSheetDocuments, useSim } from "../../office/simHost";
import { WpsBook, bookFromExcel, excelFromBook } from "../../wps-sim/wps";
import { boundary, expectedFindings, reopen, seedBook, seedSpecs, useBook } from "./support";

/** The mapping's maps have no prototype (stored data is untrusted, core/storedData): compare their contents. */
const plain = (mapping: object) => JSON.parse(JSON.stringify(mapping));

/** A form that TOTAL_SUM finds clean, and where its 总分 row's cells are. */
async function cleanForm(host: SpreadsheetHost) {
  const result = await checkWorkbook(host);
  await host.clearMarks();
  const sheet = result.sheets.find((s) => s.kind === "project" && !result.findings.some((f) => f.sheet === s.name && f.rule === "TOTAL_SUM"));
  assert.ok(sheet && sheet.kind === "project");
  return { name: sheet.name, totalWeight: sheet.project.totalWeight.cell, totalScore: sheet.project.totalScore.cell };
}

const totalSumCells = async (host: SpreadsheetHost, sheet: string) =>
  (await checkWorkbook(host)).findings.filter((f) => f.sheet === sheet && f.rule === "TOTAL_SUM").map((f) => f.cell);

describe("WPS: the stored mapping through the host boundary", () => {
  for (const customXmlParts of [true, false]) {
    it(`round-trips an override through save and reopen, and the next check uses it (${customXmlParts ? "parts and store sheet" : "store sheet only"})`, async () => {
      const { book, wps } = seedBook("plain", { customXmlParts });
      const form = await cleanForm(wps);
      await setMappingOverride(wps, form.name, "totalScore", `$${form.totalWeight.replace(/(\d+)/, "$$$1")}`);
      const reopened = reopen(book);
      assert.deepEqual(plain(await loadMapping(reopened.wps)), { [form.name]: { totalScore: form.totalWeight } });
      assert.deepEqual(await totalSumCells(reopened.wps, form.name), [form.totalWeight], "总分 is now read from the re-pointed cell");
      await reopened.wps.clearMarks();
      await setMappingOverride(reopened.wps, form.name, "totalScore", null);
      assert.deepEqual(plain(await loadMapping(reopened.wps)), {});
      assert.equal(reopened.book.findSheet(STORE_SHEET), undefined, "nothing of ours is left");
    });
  }

  it("keeps overrides of several sheets and fields in one document, and refuses bad ones", async () => {
    const { book, wps } = seedBook("plain");
    const forms = seedForms();
    await setMappingOverride(wps, forms[0].name, "funds.total.rate", "G6");
    await setMappingOverride(wps, forms[0].name, "grade", "C21");
    await setMappingOverride(wps, forms[2].name, "year", "a2");
    assert.deepEqual(plain(await loadMapping(wps)), { [forms[0].name]: { "funds.total.rate": "G6", grade: "C21" }, [forms[2].name]: { year: "A2" } });
    assert.equal(book.state.customXmlParts.length, 1);
    await assert.rejects(setMappingOverride(wps, "x", "funds.total.colour", "A1"));
    await assert.rejects(setMappingOverride(wps, "x", "name", "A1:B2"));
  });

  it("gives the active sheet's addresses of an offset-layout form, computed from where the form stands", async () => {
    const { book, wps, specs } = seedBook("offset");
    const spec = specs.find((s) => s.name === seedForms()[3].name)!;
    const label = (text: string) => spec.cells.find((c) => c.value === text)!;
    book.select(spec.name, "B2");
    const mapping = await readActiveSheetMapping(wps);
    assert.equal(mapping.sheet, spec.name);
    assert.equal(mapping.cells.name, a1(label("项目名称").row, label("项目名称").col + 1));
    assert.equal(mapping.cells.name, "D7", "the offset form starts at C5");
    assert.deepEqual(plain(mapping.overrides), {});
    book.select("封面", "A1");
    const cover = await readActiveSheetMapping(wps);
    assert.deepEqual([cover.sheet, cover.reading.kind, cover.cells], ["封面", "other", {}]);
  });
});

describe("WPS: the add-in's documents, kept as the Excel add-in keeps them", () => {
  for (const customXmlParts of [true, false]) {
    it(`stores, replaces and removes a document, large ones too, leaving nothing behind (${customXmlParts ? "parts and store sheet" : "store sheet only"})`, async () => {
      const { book, wps } = seedBook("plain", { customXmlParts });
      const before = book.snapshot();
      const large = { rules: {}, note: "'=1+1 开头的文字 ".repeat(5000) };
      await wps.updateDocument(CONFIG_NS, () => ({ rules: { BUDGET_WEIGHT: "off" } }));
      await wps.updateDocument(CONFIG_NS, (old) => (assert.deepEqual(old, [{ rules: { BUDGET_WEIGHT: "off" } }]), large));
      assert.deepEqual((await wps.readDocuments([CONFIG_NS]))[CONFIG_NS], [large], "one document, the last written, whole");
      const again = reopen(book);
      assert.deepEqual((await again.wps.readDocuments([CONFIG_NS, MAPPING_NS])), { [CONFIG_NS]: [large], [MAPPING_NS]: [] });
      await again.wps.updateDocument(CONFIG_NS, () => null);
      assert.deepEqual((await again.wps.readDocuments([CONFIG_NS]))[CONFIG_NS], []);
      assert.deepEqual(again.book.snapshot(), before, "no part, no sheet of ours is left");
    });
  }

  it("writes each document to a custom XML part and to the very hidden store sheet, and reads the part first, the sheet when the part is damaged", async () => {
    const { book, wps, specs } = seedBook("plain");
    await setMappingOverride(wps, specs[1].name, "grade", "C21");
    const part = book.state.customXmlParts.find((p) => p.xml.includes(MAPPING_NS))!;
    const store = book.findSheet(STORE_SHEET)!;
    assert.equal(store.visible, 2, "xlSheetVeryHidden");
    assert.equal(book.state.sheets.indexOf(store), book.state.sheets.length - 1, "after the user's sheets");
    part.xml = part.xml.replace("C21", "C22");
    assert.deepEqual(plain(await loadMapping(wps)), { [specs[1].name]: { grade: "C22" } }, "the part wins");
    part.xml = `<perfevalMapping xmlns="${MAPPING_NS}">{not json</perfevalMapping>`;
    assert.deepEqual(plain(await loadMapping(wps)), { [specs[1].name]: { grade: "C21" } }, "a damaged part: the sheet's copy");
  });

  it("reads a document only the store sheet holds (saved by a build without parts) and writes it to both from then on", async () => {
    const { book, wps } = seedBook("plain", { customXmlParts: false });
    const name = seedForms()[0].name;
    await setMappingOverride(wps, name, "grade", "C21");
    const opened = WpsBook.fromJSON(book.toJSON());
    const host = boundary(useBook(opened));
    assert.deepEqual(plain(await loadMapping(host)), { [name]: { grade: "C21" } });
    await setMappingOverride(host, name, "year", "A2");
    assert.equal(opened.state.customXmlParts.length, 1);
    assert.deepEqual(plain(await loadMapping(host)), { [name]: { grade: "C21", year: "A2" } });
  });

  it("leaves a sheet of the user's named like the store alone: the parts carry the documents, or, without parts, nothing changes", async () => {
    for (const customXmlParts of [true, false]) {
      const { book, wps } = seedBook("plain", { customXmlParts });
      book.addSheet(STORE_SHEET);
      book.setValue(STORE_SHEET, "A1", "用户自己的表");
      const before = book.snapshot();
      const write = setMappingOverride(wps, seedForms()[0].name, "grade", "C21");
      if (customXmlParts) {
        await write;
        assert.deepEqual(book.snapshot().sheets, before.sheets, "the user's sheet as it was");
        assert.deepEqual(plain(await loadMapping(wps)), { [seedForms()[0].name]: { grade: "C21" } });
        assert.ok((await wps.readWorkbook({ scope: "none" })).sheets.some((s) => s.name === STORE_SHEET), "it is the user's: listed");
      } else {
        await assert.rejects(write, /已有名为/);
        assert.deepEqual(book.snapshot(), before);
        assert.deepEqual(plain(await loadMapping(wps)), {}, "and nothing is read from it");
      }
    }
  });

  it("keeps documents in the parts alone where the workbook's structure is protected, and says so without parts", async () => {
    const { book, wps } = seedBook("plain");
    book.state.structureProtected = true;
    const before = book.snapshot();
    const result = await checkWorkbook(wps);
    assert.ok(result.marks.painted > 0);
    assert.equal(book.findSheet(STORE_SHEET), undefined);
    await wps.clearMarks();
    assert.deepEqual(book.snapshot(), before);
    const bare = seedBook("plain", { customXmlParts: false });
    bare.book.state.structureProtected = true;
    await assert.rejects(checkWorkbook(bare.wps), /工作簿结构受保护/);
  });
});

describe("one workbook in WPS and in Excel", () => {
  it("reads back in WPS a correction made in Excel, from the saved workbook", async () => {
    const sim = useSim(excelFromBook(seedBook("plain").book.toJSON()));
    const excel = officeHost();
    const form = await cleanForm(excel);
    await setMappingOverride(excel, form.name, "totalScore", form.totalWeight);
    const book = bookFromExcel(sim.toJSON());
    const wps = boundary(useBook(book));
    assert.deepEqual(plain(await loadMapping(wps)), { [form.name]: { totalScore: form.totalWeight } });
    assert.deepEqual(await totalSumCells(wps, form.name), [form.totalWeight]);
    assert.equal(book.state.customXmlParts.filter((p) => p.xml.includes(MAPPING_NS)).length, 1);
  });

  it("reads back in Excel a correction made in WPS, from the saved workbook's parts", async () => {
    const { book, wps } = seedBook("plain");
    const form = await cleanForm(wps);
    await setMappingOverride(wps, form.name, "totalScore", form.totalWeight);
    useSim(excelFromBook(book.toJSON()));
    const excel = officeHost();
    assert.deepEqual(plain(await loadMapping(excel)), { [form.name]: { totalScore: form.totalWeight } });
    assert.deepEqual(await totalSumCells(excel, form.name), [form.totalWeight]);
  });

  it("keeps WPS's corrections in Excel for Mac, where the parts vanish on save and reopen, and Mac's own back in WPS", async () => {
    const { book, wps } = seedBook("plain");
    const form = await cleanForm(wps);
    await setMappingOverride(wps, form.name, "totalScore", form.totalWeight);
    const mac = useSim(excelFromBook(book.toJSON(), "mac"));
    const macParts = useSim(mac.reopen());
    assert.deepEqual(macParts.state.customXmlParts, [], "the parts are gone");
    const excel = officeHost();
    assert.deepEqual(plain(await loadMapping(excel)), { [form.name]: { totalScore: form.totalWeight } }, "from the store sheet");
    assert.deepEqual(await totalSumCells(excel, form.name), [form.totalWeight]);
    await excel.clearMarks();
    await setMappingOverride(excel, form.name, "grade", "C21");
    const saved = useSim(macParts.reopen());
    assert.deepEqual(storeSheetDocuments(saved.state)?.[MAPPING_NS], { version: 1, sheets: { [form.name]: { totalScore: form.totalWeight, grade: "C21" } } });
    const back = boundary(useBook(bookFromExcel(saved.toJSON())));
    assert.deepEqual(plain(await loadMapping(back)), { [form.name]: { totalScore: form.totalWeight, grade: "C21" } });
  });

  it("clears in WPS the marks an Excel check painted, and in Excel those a WPS check painted, every fill as before", async () => {
    const specs = seedSpecs("plain");
    const first = expectedFindings(specs);
    const start = seedBook("plain").book;
    start.setFill(first[0].sheet, first[0].cell, { color: 0x50b000, pattern: 1 });
    start.setFill(first[1].sheet, first[1].cell, { color: 0x00ffff, pattern: -4124, patternColor: 0x0000ff });
    // What the two simulators keep of a file (no column widths, no styles): the baseline both sides are held to.
    const unpainted = bookFromExcel(excelFromBook(start.toJSON()).toJSON()).snapshot();

    // Excel checks, WPS clears.
    const sim = useSim(excelFromBook(start.toJSON()));
    await checkWorkbook(officeHost());
    const inWps = bookFromExcel(sim.toJSON());
    const wps = boundary(useBook(inWps));
    assert.ok((await wps.clearMarks()) > 0);
    assert.deepEqual(inWps.snapshot().sheets, unpainted.sheets, "every fill as before the Excel check, no store sheet left");

    // WPS checks, Excel (for Mac, parts gone) clears.
    await checkWorkbook(wps);
    const excelBefore = excelFromBook(JSON.stringify(unpainted)).snapshot();
    const mac = useSim(excelFromBook(inWps.toJSON(), "mac").reopen());
    assert.equal(await officeHost().hasMarks(), true, "the record is found in the store sheet");
    assert.ok((await officeHost().clearMarks()) > 0);
    assert.deepEqual(mac.snapshot().sheets.map(({ id: _id, ...s }) => s), excelBefore.sheets.map(({ id: _id, ...s }) => s));
    assert.deepEqual(storeSheetDocuments(mac.state), undefined, "the record went with the last mark");
  });
});
