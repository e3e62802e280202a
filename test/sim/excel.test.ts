import { strict as assert } from "assert";
import { SimWorkbook, createContext } from "./excel";

function workbook(): SimWorkbook {
  const sim = new SimWorkbook();
  sim.addSheet("Sheet1");
  sim.setValue("Sheet1", "C5", 12.5);
  sim.setValue("Sheet1", "D6", "项目名称");
  sim.setNumberFormat("Sheet1", "C5", "0.00%");
  sim.merge("Sheet1", "D6:F6");
  return sim;
}

const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
};

describe("Excel simulator", () => {
  it("throws PropertyNotLoaded for a property that was never loaded", async () => {
    const context = createContext(workbook());
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("C5").load("values");
    await context.sync();
    assert.equal(code(() => range.numberFormat), "PropertyNotLoaded");
    assert.match(String((() => { try { return range.address; } catch (e) { return (e as Error).message; } })()), /call the load method/);
    assert.deepEqual(range.values, [[12.5]]);
  });

  it("fills loaded properties only at sync, not when load is called", async () => {
    const context = createContext(workbook());
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("C5:D6");
    range.load("values, numberFormat, address");
    assert.equal(code(() => range.values), "PropertyNotLoaded");
    const pending = context.sync();
    assert.equal(code(() => range.values), "PropertyNotLoaded", "still unavailable until the sync resolves");
    await pending;
    assert.deepEqual(range.values, [[12.5, ""], ["", "项目名称"]]);
    assert.deepEqual(range.numberFormat, [["0.00%", "General"], ["General", "General"]]);
    assert.equal(range.address, "Sheet1!C5:D6");
  });

  it("returns ClientResults whose value throws until synced", async () => {
    const sim = workbook();
    const context = createContext(sim);
    const props = context.workbook.worksheets.getItem("Sheet1").getRange("C5").getCellProperties({ format: { fill: { color: true, pattern: true } } });
    const count = context.workbook.customXmlParts.getCount();
    assert.equal(code(() => props.value), "ValueNotLoaded");
    await context.sync();
    assert.deepEqual(props.value, [[{ format: { fill: { color: "#FFFFFF", pattern: null } } }]]);
    assert.equal(count.value, 0);
  });

  it("reports no fill as #FFFFFF with pattern and tintAndShade null, and solid white apart only by its tintAndShade", async () => {
    // OfficeDev/office-js#4900 (pattern null for both, tintAndShade null for no fill) and #6218 (#FFFFFF).
    const sim = workbook();
    sim.setFill("Sheet1", "A2", "#FFFFFF");
    sim.setFill("Sheet1", "A3", "#FFC7CE");
    const context = createContext(sim);
    const options = { format: { fill: { color: true, pattern: true, tintAndShade: true } } };
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3");
    const props = range.getCellProperties(options);
    const one = context.workbook.worksheets.getItem("Sheet1").getRange("A1").format.fill.load("color, pattern, tintAndShade");
    await context.sync();
    assert.deepEqual(props.value.map((row) => (row[0] as { format: unknown }).format), [
      { fill: { color: "#FFFFFF", pattern: null, tintAndShade: null } },
      { fill: { color: "#FFFFFF", pattern: null, tintAndShade: 0 } },
      { fill: { color: "#FFC7CE", pattern: "Solid", tintAndShade: 0 } },
    ]);
    assert.deepEqual([one.color, one.pattern, one.tintAndShade], ["#FFFFFF", null, null]);
  });

  it("reads gradients and shades, refuses to write a gradient, and drops a shade when a colour is written alone", async () => {
    // RangeFill.pattern: "LinearGradient and RectangularGradient are not supported"; tintAndShade -1…1.
    const sim = workbook();
    sim.setFill("Sheet1", "A1", { color: "#4472C4", pattern: "Solid", tintAndShade: 0.6 });
    sim.setFill("Sheet1", "A2", { color: "#4472C4", pattern: "LinearGradient" });
    const context = createContext(sim);
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const read = sheet.getRange("A1:A2").getCellProperties({ format: { fill: { color: true, pattern: true, tintAndShade: true } } });
    await context.sync();
    assert.deepEqual(read.value.map((r) => (r[0] as { format: { fill: unknown } }).format.fill), [
      { color: "#4472C4", pattern: "Solid", tintAndShade: 0.6 },
      { color: "#4472C4", pattern: "LinearGradient", tintAndShade: 0 },
    ]);
    sheet.getRange("A3").setCellProperties([[{ format: { fill: { color: "#4472C4", pattern: "LinearGradient" as Excel.FillPattern } } }]]);
    await assert.rejects(context.sync(), (e: { code?: string }) => e.code === "InvalidArgument");
    sheet.getRange("A1").format.fill.color = "#4472C4";
    await context.sync();
    assert.deepEqual(sim.cell("Sheet1", "A1").fill, { color: "#4472C4", pattern: "Solid" }, "the shade is gone");
    sheet.getRange("A1").setCellProperties([[{ format: { fill: { color: "#4472C4", tintAndShade: 0.6 } } }]]);
    await context.sync();
    assert.deepEqual(sim.cell("Sheet1", "A1").fill, { color: "#4472C4", pattern: "Solid", tintAndShade: 0.6 });
  });

  it("keeps a pattern fill's background and pattern colours, and the pattern colour behind a later solid write until the fill is cleared", async () => {
    // RangeFill.color is "the color of the background", patternColor "the color of the range pattern" (Excel.FillPattern).
    const sim = workbook();
    const context = createContext(sim);
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("B2").setCellProperties([[{ format: { fill: { color: "#FFEB9C", pattern: "LightUp" as Excel.FillPattern, patternColor: "#C09100" } } }]]);
    const read = sheet.getRange("B2").getCellProperties({ format: { fill: { color: true, pattern: true, patternColor: true } } });
    await context.sync();
    assert.deepEqual((read.value[0][0] as { format: { fill: unknown } }).format.fill, { color: "#FFEB9C", pattern: "LightUp", patternColor: "#C09100" });
    sheet.getRange("B2").setCellProperties([[{ format: { fill: { color: "#00B050", pattern: "Solid" as Excel.FillPattern } } }]]);
    await context.sync();
    assert.deepEqual(sim.cell("Sheet1", "B2").fill, { color: "#00B050", pattern: "Solid", patternColor: "#C09100" }, "not visible, but still there");
    sheet.getRange("B2").format.fill.clear();
    sheet.getRange("B2").setCellProperties([[{ format: { fill: { color: "#00B050", pattern: "Solid" as Excel.FillPattern } } }]]);
    await context.sync();
    assert.deepEqual(sim.cell("Sheet1", "B2").fill, { color: "#00B050", pattern: "Solid" });
  });

  it("refuses text longer than a cell holds (32,767 characters: KB 211878)", async () => {
    const sim = workbook();
    const context = createContext(sim);
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    range.values = [["x".repeat(32_767)]];
    await context.sync();
    range.values = [["x".repeat(32_768)]];
    await assert.rejects(context.sync(), (e: { code?: string }) => e.code === "InvalidArgument");
    assert.equal(String(sim.cell("Sheet1", "A1").value).length, 32_767);
  });

  it("counts every sync", async () => {
    const sim = workbook();
    const context = createContext(sim);
    await context.sync();
    await context.sync();
    assert.equal(sim.syncCount, 2);
  });

  it("applies writes at sync, in order, and logs them", async () => {
    const sim = workbook();
    const context = createContext(sim);
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
    range.values = [["=\"x\""]];
    range.format.fill.color = "#ffc7ce";
    const after = range.getCellProperties({ format: { fill: { color: true, pattern: true } } });
    assert.equal(sim.cell("Sheet1", "A1").formula, undefined, "nothing happens before sync");
    await context.sync();
    assert.deepEqual(sim.cell("Sheet1", "A1"), { formula: '="x"', value: "x", fill: { color: "#FFC7CE", pattern: "Solid" } });
    assert.deepEqual(after.value, [[{ format: { fill: { color: "#FFC7CE", pattern: "Solid" } } }]]);
    assert.deepEqual(sim.log.map((w) => w.what), ["values", "fill"]);
  });

  it("reports merged areas and null objects like Excel", async () => {
    const context = createContext(workbook());
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    const merged = sheet.getRange().getMergedAreasOrNullObject().load("address");
    const none = sheet.getRange("A1:B2").getMergedAreasOrNullObject().load("address");
    const missing = context.workbook.worksheets.getItemOrNullObject("nope");
    assert.equal(code(() => missing.isNullObject), "PropertyNotLoaded");
    await context.sync();
    assert.equal(merged.address, "Sheet1!D6:F6");
    assert.equal(none.isNullObject, true);
    assert.equal(missing.isNullObject, true);
  });

  it("rejects the sync of a batch that names a missing sheet", async () => {
    const context = createContext(workbook());
    context.workbook.worksheets.getItem("nope").getRange("A1").load("values");
    await assert.rejects(context.sync(), (e: { code?: string }) => e.code === "ItemNotFound");
  });

  it("gives the used range of values, and a null object for an empty sheet", async () => {
    const sim = workbook();
    sim.addSheet("Empty");
    sim.setFill("Empty", "B2", "#FFFF00");
    const context = createContext(sim);
    const used = context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(true).load("address, rowIndex, columnCount");
    const empty = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true).load("address");
    const formatted = context.workbook.worksheets.getItem("Empty").getUsedRange().load("address");
    await context.sync();
    assert.equal(used.address, "Sheet1!C5:D6");
    assert.equal(used.rowIndex, 4);
    assert.equal(empty.isNullObject, true);
    assert.equal(formatted.address, "Empty!B2");
  });

  it("keeps custom XML parts by namespace", async () => {
    const sim = workbook();
    const context = createContext(sim);
    context.workbook.customXmlParts.add('<a xmlns="urn:x">1</a>');
    const scoped = context.workbook.customXmlParts.getByNamespace("urn:x").load("items/id, items/namespaceUri");
    await context.sync();
    assert.equal(scoped.items.length, 1);
    const xml = scoped.items[0].getXml();
    await context.sync();
    assert.equal(xml.value, '<a xmlns="urn:x">1</a>');
    scoped.items[0].delete();
    await context.sync();
    assert.equal(sim.state.customXmlParts.length, 0);
  });

  it("survives save and reopen with its parts", () => {
    const sim = workbook();
    sim.state.customXmlParts.push({ id: "{1}", namespaceUri: "urn:x", xml: '<a xmlns="urn:x"/>' });
    const reopened = SimWorkbook.fromJSON(sim.toJSON());
    assert.deepEqual(reopened.snapshot(), sim.snapshot());
  });
});
