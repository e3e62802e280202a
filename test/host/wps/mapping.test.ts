import { strict as assert } from "assert";
import { checkWorkbook as checkInExcel, setMappingOverride as setInExcel } from "../../../src/office";
import { checkWorkbook } from "../../../src/host/wps/check";
import { loadMapping, readActiveSheetMapping, selectCell, selectedCellAddress, setMappingOverride } from "../../../src/host/wps/mapping";
import { CONFIG_NS, MAPPING_NS, readDocuments, writeDocument } from "../../../src/host/wps/documents";
import { clearHighlights } from "../../../src/host/wps/check";
import { DATA_SHEET } from "../../../src/host/wps/dataSheet";
import { a1 } from "../../../src/core/grid";
import { seedForms } from "../../fixtures/seedForms";
import { simOf } from "../../office/simHost";
import { WpsBook, bookFromExcel } from "../../wps-sim/wps";
import { expectedFindings, reopen, seedBook, seedSpecs, useBook } from "./support";

/** The mapping's maps have no prototype (stored data is untrusted, core/storedData): compare their contents. */
const plain = (mapping: object) => JSON.parse(JSON.stringify(mapping));

/** A form that TOTAL_SUM finds clean, and where its 总分 row's cells are. */
function cleanForm(result: ReturnType<typeof checkWorkbook>) {
  const sheet = result.sheets.find((s) => s.kind === "project" && !result.findings.some((f) => f.sheet === s.name && f.rule === "TOTAL_SUM"));
  assert.ok(sheet && sheet.kind === "project");
  return { name: sheet.name, totalWeight: sheet.project.totalWeight.cell };
}

describe("WPS: the stored mapping", () => {
  for (const customXmlParts of [true, false]) {
    it(`round-trips an override through save and reopen, and the next check uses it (${customXmlParts ? "custom XML parts" : "very hidden sheet"})`, () => {
      const { book, host } = seedBook("plain", { customXmlParts });
      const form = cleanForm(checkWorkbook(host.app));
      setMappingOverride(host.app, form.name, "totalScore", `$${form.totalWeight.replace(/(\d+)/, "$$$1")}`);
      const reopened = reopen(book);
      assert.deepEqual(plain(loadMapping(reopened.host.app)), { [form.name]: { totalScore: form.totalWeight } });
      const totalSum = checkWorkbook(reopened.host.app).findings.filter((f) => f.sheet === form.name && f.rule === "TOTAL_SUM");
      assert.deepEqual(totalSum.map((f) => f.cell), [form.totalWeight], "总分 is now read from the re-pointed cell");
      setMappingOverride(reopened.host.app, form.name, "totalScore", null);
      assert.deepEqual(plain(loadMapping(reopened.host.app)), {});
    });
  }

  it("keeps overrides of several sheets and fields in one document, and refuses bad ones", () => {
    const { book, host } = seedBook("plain");
    const forms = seedForms();
    setMappingOverride(host.app, forms[0].name, "funds.total.rate", "G6");
    setMappingOverride(host.app, forms[0].name, "grade", "C21");
    setMappingOverride(host.app, forms[2].name, "year", "a2");
    assert.deepEqual(plain(loadMapping(host.app)), { [forms[0].name]: { "funds.total.rate": "G6", grade: "C21" }, [forms[2].name]: { year: "A2" } });
    assert.equal(book.state.customXmlParts.length, 1);
    assert.throws(() => setMappingOverride(host.app, "x", "funds.total.colour", "A1"));
    assert.throws(() => setMappingOverride(host.app, "x", "name", "A1:B2"));
  });

  it("reads back a correction made in Excel from the saved workbook's custom XML parts", async () => {
    const sim = simOf(seedSpecs("plain"));
    const excelResult = await checkInExcel();
    const form = cleanForm(excelResult);
    await setInExcel(form.name, "totalScore", form.totalWeight);
    const book = bookFromExcel(sim.toJSON());
    const host = useBook(book);
    assert.deepEqual(plain(loadMapping(host.app)), { [form.name]: { totalScore: form.totalWeight } });
    const result = checkWorkbook(host.app);
    assert.deepEqual(result.findings.filter((f) => f.sheet === form.name && f.rule === "TOTAL_SUM").map((f) => f.cell), [form.totalWeight]);
    assert.equal(book.state.customXmlParts.filter((p) => p.xml.includes(MAPPING_NS)).length, 1);
  });
});

describe("WPS: the active sheet and the selection", () => {
  it("gives the addresses of an offset-layout form, computed from where the form stands", () => {
    const { book, host, specs } = seedBook("offset");
    const spec = specs.find((s) => s.name === seedForms()[3].name)!;
    const label = (text: string) => spec.cells.find((c) => c.value === text)!;
    book.select(spec.name, "B2");
    const mapping = readActiveSheetMapping(host.app);
    assert.equal(mapping.sheet, spec.name);
    assert.equal(mapping.cells.name, a1(label("项目名称").row, label("项目名称").col + 1));
    assert.equal(mapping.cells.name, "D7", "the offset form starts at C5");
    assert.deepEqual(plain(mapping.overrides), {});
  });

  it("says when the active sheet is not a form", () => {
    const { book, host } = seedBook("plain");
    book.select("封面", "A1");
    const mapping = readActiveSheetMapping(host.app);
    assert.deepEqual([mapping.sheet, mapping.reading.kind, mapping.cells], ["封面", "other", {}]);
  });

  it("gives the top-left cell of the selection, and selects a cell on another sheet", () => {
    const { book, host } = seedBook("plain");
    book.select("填表说明", "E9:F12");
    assert.deepEqual(selectedCellAddress(host.app), { sheet: "填表说明", address: "E9" });
    const name = seedForms()[5].name;
    selectCell(host.app, name, "G13");
    assert.deepEqual(book.selection, { sheet: name, address: "G13" });
    assert.deepEqual(book.log.map((w) => w.what), ["activate", "select"], "activates first: WPS selects only on the active sheet");
  });
});

describe("WPS: the add-in's documents by namespace", () => {
  for (const customXmlParts of [true, false]) {
    it(`stores, replaces and removes the configuration document (${customXmlParts ? "custom XML parts" : "very hidden sheet"}), large ones too`, () => {
      const { book, host } = seedBook("plain", { customXmlParts });
      const before = book.snapshot();
      const wb = host.app.ActiveWorkbook!;
      const large = { version: 1, note: "'=1+1 开头的文字 ".repeat(5000) };
      writeDocument(host.app, wb, CONFIG_NS, "perfevalConfig", { version: 1, rules: { BUDGET_WEIGHT: "off" } });
      writeDocument(host.app, wb, CONFIG_NS, "perfevalConfig", large);
      assert.deepEqual(readDocuments(wb, CONFIG_NS), [large], "one document, the last written, whole");
      assert.deepEqual(readDocuments(reopen(book).host.app.ActiveWorkbook!, CONFIG_NS), [large]);
      const again = reopen(book);
      writeDocument(again.host.app, again.host.app.ActiveWorkbook!, CONFIG_NS, "perfevalConfig", null);
      assert.deepEqual(readDocuments(again.host.app.ActiveWorkbook!, CONFIG_NS), []);
      assert.deepEqual(again.book.snapshot(), before, "nothing of ours is left");
    });
  }

  it("moves a document from the data sheet into custom XML parts when the workbook is opened in a build that has them", () => {
    const { book, host } = seedBook("plain", { customXmlParts: false });
    setMappingOverride(host.app, seedForms()[0].name, "grade", "C21");
    const opened = WpsBook.fromJSON(book.toJSON());
    const h = useBook(opened);
    assert.deepEqual(plain(loadMapping(h.app)), { [seedForms()[0].name]: { grade: "C21" } });
    setMappingOverride(h.app, seedForms()[0].name, "year", "A2");
    assert.equal(opened.findSheet(DATA_SHEET), undefined, "the data sheet went with its last document");
    assert.deepEqual(plain(loadMapping(h.app)), { [seedForms()[0].name]: { grade: "C21", year: "A2" } });
  });
});

describe("WPS and Excel: marks made in one are cleared in the other", () => {
  it("clears in WPS the highlights an Excel check painted, restoring the fills Excel recorded", async () => {
    const specs = seedSpecs("plain");
    const sim = simOf(specs);
    const first = expectedFindings(specs);
    sim.setFill(first[0].sheet, first[0].cell, { color: "#00B050", pattern: "Solid" });
    sim.setFill(first[1].sheet, first[1].cell, { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" });
    const unpainted = bookFromExcel(sim.toJSON()).snapshot();
    await checkInExcel();
    const book = bookFromExcel(sim.toJSON());
    assert.notDeepEqual(book.snapshot(), unpainted);
    const host = useBook(book);
    assert.ok(clearHighlights(host.app) > 0);
    assert.deepEqual(book.snapshot().sheets, unpainted.sheets, "every fill as before the Excel check");
  });
});

describe("WPS: the data sheet is ours only", () => {
  it("refuses to write over a sheet of the same name that the user made, leaving it as it was", () => {
    const { book, host } = seedBook("plain", { customXmlParts: false });
    book.addSheet(DATA_SHEET);
    book.setValue(DATA_SHEET, "A1", "用户自己的表");
    const before = book.snapshot();
    assert.throws(() => setMappingOverride(host.app, seedForms()[0].name, "grade", "C21"), /已有名为/);
    assert.deepEqual(book.snapshot(), before);
    assert.deepEqual(plain(loadMapping(host.app)), {}, "and reads nothing from it");
  });
});
