/**
 * 改为 / 撤销修正 and 只检查本表 on Excel (the simulator): writeCells writes what it is asked and
 * nothing else, a fix changes exactly its cell's value, 撤销修正 gives the workbook back as it was
 * (values, formats, fills) after save and reopen too, and a re-check of one sheet leaves every
 * other sheet's findings and marks as they were.
 */
import { strict as assert } from "assert";
import { checkWorkbook, recheckSheets } from "../../src/host/check";
import { SheetProtectedError } from "../../src/host/errors";
import { FIXES_NS, applyFix, loadFixes, undoFix } from "../../src/host/fixes";
import { officeHost } from "../../src/host/office";
import { STORE_SHEET } from "../../src/core/storedSheet";
import { seedSheets } from "../fixtures/layouts";
import { SeedForm, seedForm } from "../fixtures/seedForms";
import { fills, reopen, simOf, userDiff } from "./simHost";

/** 未来公园展厅运营项目 (002-06: WEIGHT_SUM and TOTAL_SUM, both with fixes) beside two forms without them. */
function workbook(layout: "plain" | "offset" = "plain", change?: (form: SeedForm) => void) {
  const forms = [seedForm("002-01"), structuredClone(seedForm("002-06")), seedForm("002-02")];
  change?.(forms[1]);
  return simOf(seedSheets(forms, { layout, others: true }));
}

const PARK = seedForm("002-06").name;

describe("writeCells on Excel", () => {
  it("writes a number into a percentage cell as the fraction, keeping the format, and says what the cell held", async () => {
    const sim = workbook("offset");
    const host = officeHost();
    const result = await checkWorkbook(host);
    const rate = result.sheets.find((s) => s.name === PARK)!;
    assert.ok(rate.kind === "project");
    const cell = rate.project.funds.total.rate.cell;
    const before = sim.cell(PARK, cell);
    assert.equal(before.numberFormat, "0.00%");
    const [written] = await host.writeCells([{ sheet: PARK, cell, entry: 0.9522 }]);
    assert.deepEqual(written, { sheet: PARK, cell, before: { entry: before.value, numberFormat: "0.00%" }, written: true });
    assert.deepEqual(sim.cell(PARK, cell), { ...before, value: 0.9522 }, "the value, and nothing else");
  });

  it("writes nothing where onlyIf no longer holds, and nothing at all on a protected sheet", async () => {
    const sim = workbook();
    const host = officeHost();
    const before = sim.snapshot();
    const [kept] = await host.writeCells([{ sheet: PARK, cell: "B3", entry: "新名字", onlyIf: { entry: "别的名字", numberFormat: "General" } }]);
    assert.equal(kept.written, false);
    assert.deepEqual(userDiff(before, sim.snapshot()), []);
    sim.sheet(PARK).protected = true;
    const protectedState = sim.snapshot();
    await assert.rejects(
      host.writeCells([{ sheet: seedForm("002-01").name, cell: "B3", entry: "x" }, { sheet: PARK, cell: "B3", entry: "y" }]),
      (e: Error) => e instanceof SheetProtectedError && e.sheet === PARK,
    );
    assert.deepEqual(userDiff(protectedState, sim.snapshot()), [], "a refused write writes no cell, not even on the sheet that would take it");
    await assert.rejects(host.writeCells([{ sheet: STORE_SHEET, cell: "A1", entry: "x" }]));
  });

  it("gives a formula back as a formula, and a number format with it", async () => {
    const sim = workbook();
    const host = officeHost();
    sim.setFormula(PARK, "J5", "=C6+C7", 3);
    sim.setNumberFormat(PARK, "J5", "0.00");
    const [first] = await host.writeCells([{ sheet: PARK, cell: "J5", entry: 7, numberFormat: "General" }]);
    assert.deepEqual(first.before, { entry: "=C6+C7", numberFormat: "0.00" });
    assert.deepEqual([sim.cell(PARK, "J5").value, sim.cell(PARK, "J5").formula, sim.cell(PARK, "J5").numberFormat], [7, undefined, undefined]);
    await host.writeCells([{ sheet: PARK, cell: "J5", ...first.before }]);
    assert.deepEqual([sim.cell(PARK, "J5").formula, sim.cell(PARK, "J5").numberFormat], ["=C6+C7", "0.00"]);
  });
});

describe("改为 and 撤销修正 on Excel", () => {
  for (const profile of ["web", "mac"] as const) {
    it(`changes exactly the fixed cell's value, and 撤销修正 restores the workbook after save and reopen (${profile})`, async () => {
      let sim = workbook().useProfile(profile);
      let host = officeHost();
      const checked = await checkWorkbook(host);
      const finding = checked.findings.find((f) => f.sheet === PARK && f.rule === "TOTAL_SUM")!;
      assert.deepEqual(finding.fix, { cell: finding.cell, value: 81.27 });
      const before = sim.snapshot();

      const record = await applyFix(host, finding);
      assert.deepEqual(userDiff(before, sim.snapshot()), [`${PARK}!${finding.cell} value`], "the fix changes that cell's value and nothing else");
      assert.equal(sim.cell(PARK, finding.cell).value, 81.27);
      assert.deepEqual(record.after, { entry: 81.27, numberFormat: record.before.numberFormat });

      sim = reopen(sim);
      host = officeHost();
      assert.deepEqual((await loadFixes(host)).map((f) => `${f.sheet}!${f.cell}`), [`${PARK}!${finding.cell}`], "the record survives save and reopen");
      const undone = await undoFix(host, { sheet: PARK, cell: finding.cell });
      assert.equal(undone.restored, true);
      assert.deepEqual(userDiff(before, sim.snapshot()), [], "values, formats and fills as they were");
      assert.deepEqual(await loadFixes(host), []);
      assert.equal(sim.state.customXmlParts.some((p) => p.namespaceUri === FIXES_NS), false, "no record left behind");
    });
  }

  it("keeps the first original when a cell is fixed twice, and leaves a value the user typed since", async () => {
    const sim = workbook();
    const host = officeHost();
    const { findings } = await checkWorkbook(host);
    const total = findings.find((f) => f.sheet === PARK && f.rule === "TOTAL_SUM")!;
    const original = sim.cell(PARK, total.cell).value;
    await applyFix(host, total);
    await applyFix(host, { ...total, fix: { cell: total.cell, value: 80 } });
    assert.deepEqual((await loadFixes(host))[0].before.entry, original);
    sim.setValue(PARK, total.cell, 79.5);
    const undone = await undoFix(host, { sheet: PARK, cell: total.cell });
    assert.deepEqual([undone.restored, undone.now.entry, sim.cell(PARK, total.cell).value], [false, 79.5, 79.5], "the user's own value stays");
    assert.deepEqual(await loadFixes(host), []);
  });
});

describe("只检查本表 on Excel", () => {
  it("re-checks one sheet after an edit: its findings and marks follow the edit, every other sheet keeps its own", async () => {
    const sim = workbook();
    const host = officeHost();
    const first = await checkWorkbook(host);
    const total = first.findings.find((f) => f.sheet === PARK && f.rule === "TOTAL_SUM")!;
    const others = first.findings.filter((f) => f.sheet !== PARK);
    assert.ok(others.length > 0, "the other sheets have findings of their own");
    const otherFills = (state: ReturnType<typeof sim.snapshot>) => Object.entries(fills(state)).filter(([k]) => !k.startsWith(`${PARK}!`));
    const before = sim.snapshot();

    sim.setValue(PARK, total.cell, 81.27); // the user types the right total
    const syncs = sim.syncCount;
    const again = await recheckSheets(host, first, [PARK]);
    assert.ok(sim.syncCount - syncs <= 4, `${sim.syncCount - syncs} round trips`);
    assert.ok(!again.findings.some((f) => f.sheet === PARK && f.rule === "TOTAL_SUM"), "the fixed total is no finding any more");
    assert.deepEqual(again.findings.filter((f) => f.sheet !== PARK), others, "the other sheets' findings as they were");
    assert.deepEqual(otherFills(sim.snapshot()), otherFills(before), "the other sheets' marks as they were");
    assert.equal(sim.cell(PARK, total.cell).fill, undefined, "the cell's own fill is back");
    assert.deepEqual(again, { ...(await checkWorkbook(host)), marks: again.marks }, "the same as a whole check of the workbook as it is now");
  });

  it("reads only the sheets it is asked for", async () => {
    workbook();
    const host = officeHost();
    const read = await host.readWorkbook({ scope: { sheets: [PARK, "没有这张表"] } });
    assert.deepEqual(read.grids.map((g) => g.name), [PARK]);
    assert.ok(read.sheets.length > 3, "the sheet list is whole");
  });
});

describe("the selection on Excel", () => {
  it("gives the top-left cell, and the whole area when more than one cell is selected", async () => {
    const sim = workbook();
    const host = officeHost();
    sim.select(PARK, "C5");
    assert.deepEqual(await host.selectedCell(), { sheet: PARK, cell: "C5" });
    sim.select(PARK, "C5:D6");
    assert.deepEqual(await host.selectedCell(), { sheet: PARK, cell: "C5", area: "C5:D6" });
  });
});

