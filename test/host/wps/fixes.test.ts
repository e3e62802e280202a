/**
 * 改为 / 撤销修正, 只检查本表 and the selection on the WPS host, as test/office/fixes.test.ts pins
 * them on Excel: writeCells writes what it is asked and nothing else, 撤销修正 gives the workbook
 * back as it was after save and reopen, a re-check of one sheet leaves every other sheet's
 * findings and marks as they were, and the same marks again write nothing.
 */
import { strict as assert } from "assert";
import { STORE_SHEET } from "../../../src/core/storedSheet";
import { checkWorkbook, recheckSheets } from "../../../src/host/check";
import { SheetProtectedError } from "../../../src/host/errors";
import { applyFix, loadFixes, undoFix } from "../../../src/host/fixes";
import { seedSheets } from "../../fixtures/layouts";
import { SeedForm, seedForm } from "../../fixtures/seedForms";
import { WpsBook, WpsState, bookFromSpecs } from "../../wps-sim/wps";
import { boundary, fills, reopen, useBook, userSheets } from "./support";

/** 未来公园展厅运营项目 (002-06: WEIGHT_SUM and TOTAL_SUM, both with fixes) beside two forms without them. */
function workbook(layout: "plain" | "offset" = "plain", change?: (form: SeedForm) => void) {
  const forms = [seedForm("002-01"), structuredClone(seedForm("002-06")), seedForm("002-02")];
  change?.(forms[1]);
  const book = bookFromSpecs(seedSheets(forms, { layout, others: true }));
  return { book, wps: boundary(useBook(book)) };
}

const PARK = seedForm("002-06").name;

/** Every difference of the user's sheets between two states, as "sheet!A1 what" (values, formulas, formats, fills). */
function userDiff(before: WpsState, after: WpsState): string[] {
  const out: string[] = [];
  const sheets = (s: WpsState) => new Map(userSheets(s).map((sheet) => [sheet.name, sheet]));
  const a = sheets(before);
  const b = sheets(after);
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(name)?.cells ?? {};
    const y = b.get(name)?.cells ?? {};
    for (const key of new Set([...Object.keys(x), ...Object.keys(y)])) {
      for (const what of ["value", "formula", "numberFormat", "fill"] as const) {
        if (JSON.stringify(x[key]?.[what]) !== JSON.stringify(y[key]?.[what])) out.push(`${name}!${key} ${what}`);
      }
    }
  }
  return out.sort();
}

const cellOf = (book: WpsBook, sheet: string, address: string) => book.sheet(sheet).cells[address] ?? {};

describe("writeCells on WPS", () => {
  it("writes a number into a percentage cell as the fraction, keeping the format, and says what the cell held", async () => {
    const { book, wps } = workbook("offset");
    const result = await checkWorkbook(wps);
    const park = result.sheets.find((s) => s.name === PARK)!;
    assert.ok(park.kind === "project");
    const cell = park.project.funds.total.rate.cell;
    const before = { ...cellOf(book, PARK, cell) };
    assert.equal(before.numberFormat, "0.00%");
    const state = book.snapshot();
    const [written] = await wps.writeCells([{ sheet: PARK, cell, entry: 0.9522 }]);
    assert.deepEqual(written, { sheet: PARK, cell, before: { entry: before.value, numberFormat: "0.00%" }, written: true });
    assert.deepEqual(cellOf(book, PARK, cell), { ...before, value: 0.9522 }, "the value, and nothing else of the cell");
    assert.deepEqual(userDiff(state, book.snapshot()), [`${PARK}!${cell} value`], "and no other cell");
  });

  it("writes nothing where onlyIf no longer holds, and nothing at all on a protected sheet", async () => {
    const { book, wps } = workbook();
    const before = book.snapshot();
    const [kept] = await wps.writeCells([{ sheet: PARK, cell: "B3", entry: "新名字", onlyIf: { entry: "别的名字", numberFormat: "General" } }]);
    assert.equal(kept.written, false);
    assert.deepEqual(userDiff(before, book.snapshot()), []);
    book.sheet(PARK).protected = true;
    const protectedState = book.snapshot();
    await assert.rejects(
      wps.writeCells([{ sheet: seedForm("002-01").name, cell: "B3", entry: "x" }, { sheet: PARK, cell: "B3", entry: "y" }]),
      (e: Error) => e instanceof SheetProtectedError && e.sheet === PARK,
    );
    assert.deepEqual(userDiff(protectedState, book.snapshot()), [], "a refused write writes no cell, not even on the sheet that would take it");
    await assert.rejects(wps.writeCells([{ sheet: STORE_SHEET, cell: "A1", entry: "x" }]));
  });

  it("gives a formula back as a formula, and a number format with it", async () => {
    const { book, wps } = workbook();
    book.sheet(PARK).cells.J5 = { formula: "=C6+C7", value: 3, numberFormat: "0.00" };
    const before = book.snapshot();
    const [first] = await wps.writeCells([{ sheet: PARK, cell: "J5", entry: 7, numberFormat: "General" }]);
    assert.deepEqual(userDiff(before, book.snapshot()), [`${PARK}!J5 formula`, `${PARK}!J5 numberFormat`, `${PARK}!J5 value`]);
    assert.deepEqual(first.before, { entry: "=C6+C7", numberFormat: "0.00" });
    const now = cellOf(book, PARK, "J5");
    assert.deepEqual([now.value, now.formula, now.numberFormat], [7, undefined, undefined]);
    await wps.writeCells([{ sheet: PARK, cell: "J5", ...first.before }]);
    assert.deepEqual([cellOf(book, PARK, "J5").formula, cellOf(book, PARK, "J5").numberFormat], ["=C6+C7", "0.00"]);
    // The simulator does not calculate: the formula written back has no cached result, the one difference left.
    assert.deepEqual(userDiff(before, book.snapshot()), [`${PARK}!J5 value`]);
  });
});

describe("改为 and 撤销修正 on WPS", () => {
  it("changes exactly the fixed cell's value, and 撤销修正 restores the workbook after save and reopen", async () => {
    const { book, wps } = workbook();
    const checked = await checkWorkbook(wps);
    const finding = checked.findings.find((f) => f.sheet === PARK && f.rule === "TOTAL_SUM")!;
    assert.deepEqual(finding.fix, { cell: finding.cell, value: 81.27 });
    const before = book.snapshot();

    const record = await applyFix(wps, finding);
    assert.deepEqual(userDiff(before, book.snapshot()), [`${PARK}!${finding.cell} value`], "the fix changes that cell's value and nothing else");
    assert.equal(cellOf(book, PARK, finding.cell).value, 81.27);
    assert.deepEqual(record.after, { entry: 81.27, numberFormat: record.before.numberFormat });

    const again = reopen(book);
    assert.deepEqual((await loadFixes(again.wps)).map((f) => `${f.sheet}!${f.cell}`), [`${PARK}!${finding.cell}`], "the record survives save and reopen");
    const undone = await undoFix(again.wps, { sheet: PARK, cell: finding.cell });
    assert.equal(undone.restored, true);
    assert.deepEqual(userDiff(before, again.book.snapshot()), [], "values, formats and fills as they were");
    assert.deepEqual(await loadFixes(again.wps), []);
  });
});

describe("只检查本表 on WPS", () => {
  it("re-checks one sheet after an edit: its findings and marks follow the edit, every other sheet keeps its own", async () => {
    const { book, wps } = workbook();
    const first = await checkWorkbook(wps);
    const total = first.findings.find((f) => f.sheet === PARK && f.rule === "TOTAL_SUM")!;
    const others = first.findings.filter((f) => f.sheet !== PARK);
    assert.ok(others.length > 0, "the other sheets have findings of their own");
    const otherFills = (state: WpsState) => Object.entries(fills(state)).filter(([k]) => !k.startsWith(`${PARK}!`));
    const before = book.snapshot();

    book.setValue(PARK, total.cell, 81.27); // the user types the right total
    const again = await recheckSheets(wps, first, [PARK]);
    assert.ok(!again.findings.some((f) => f.sheet === PARK && f.rule === "TOTAL_SUM"), "the fixed total is no finding any more");
    assert.deepEqual(again.findings.filter((f) => f.sheet !== PARK), others, "the other sheets' findings as they were");
    assert.deepEqual(otherFills(book.snapshot()), otherFills(before), "the other sheets' marks as they were");
    assert.equal(cellOf(book, PARK, total.cell).fill, undefined, "the cell's own fill is back");
    assert.deepEqual(again, { ...(await checkWorkbook(wps)), marks: again.marks }, "the same as a whole check of the workbook as it is now");
  });

  it("reads only the sheets it is asked for", async () => {
    const { wps } = workbook();
    const read = await wps.readWorkbook({ scope: { sheets: [PARK, "没有这张表"] } });
    assert.deepEqual(read.grids.map((g) => g.name), [PARK]);
    assert.ok(read.sheets.length > 3, "the sheet list is whole");
  });

  it("writes nothing when a check marks the same cells again, not even the record", async () => {
    const { book, wps } = workbook();
    await checkWorkbook(wps);
    const before = book.snapshot();
    book.log.length = 0;
    const again = await checkWorkbook(wps);
    assert.ok(again.marks.painted > 0);
    assert.deepEqual(book.log.map((w) => `${w.what} ${w.sheet ?? ""}`), [], "no fill, no part, no store sheet written");
    assert.deepEqual(book.snapshot(), before);
  });
});
