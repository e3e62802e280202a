/**
 * A workbook saved by Excel for Mac may have lost its custom XML parts (office-js#6091) and keep
 * the add-in's data only in the very hidden store sheet (core/storedSheet.ts): the command line
 * reads the mapping from there, and never reports the store sheet as a sheet of the user's.
 */
import { strict as assert } from "assert";
import * as path from "path";
import { setMappingOverride } from "../../src/office";
import { STORE_SHEET } from "../../src/core/storedSheet";
import { seedSheets, seedWorkbook } from "../fixtures/layouts";
import { seedForm } from "../fixtures/seedForms";
import { reopen, simOf } from "../office/simHost";
import { perfeval, tempDir } from "./helpers";

describe("perfeval check with the data the add-in kept in its store sheet", () => {
  it("uses the mapping from the store sheet of a file whose custom XML parts are gone, and lists only the user's sheets", async () => {
    const form = seedForm("001-01");
    const sim = simOf(seedSheets([form])).useProfile("mac");
    await setMappingOverride(form.name, "totalScore", "F19");
    const store = reopen(sim).sheet(STORE_SHEET);
    assert.deepEqual(reopen(sim).state.customXmlParts, []);

    const workbook = seedWorkbook([form]);
    const ws = workbook.addWorksheet(STORE_SHEET, { state: "veryHidden" });
    for (const [address, cell] of Object.entries(store.cells)) {
      ws.getCell(address).numFmt = "@";
      ws.getCell(address).value = cell.value as string;
    }
    const file = path.join(tempDir(), "from-mac.xlsx");
    await workbook.xlsx.writeFile(file);

    const report = JSON.parse((await perfeval(["check", file, "--format", "json"])).stdout);
    assert.deepEqual(report.sheets.map((s: { name: string }) => s.name), [form.name]);
    assert.equal(report.sheets[0].cells.totalScore, "F19");
    assert.deepEqual(report.findings.filter((f: { rule: string }) => f.rule === "TOTAL_SUM").map((f: { cell: string }) => f.cell), ["F19"]);
  });

  it("keeps a sheet of the user's that only happens to have the store's name", async () => {
    const form = seedForm("001-01");
    const workbook = seedWorkbook([form]);
    workbook.addWorksheet(STORE_SHEET).getCell("A1").value = "我的备注";
    const file = path.join(tempDir(), "named.xlsx");
    await workbook.xlsx.writeFile(file);
    const report = JSON.parse((await perfeval(["check", file, "--format", "json"])).stdout);
    assert.deepEqual(report.sheets.map((s: { name: string }) => s.name), [form.name, STORE_SHEET]);
  });
});
