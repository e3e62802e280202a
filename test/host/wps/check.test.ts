/** 检查工作簿 and 清除标记 on the WPS host: the host boundary's workflow (src/host/check.ts) over src/host/wps. */
import { strict as assert } from "assert";
import { CONFIG_NS } from "../../../src/core/config";
import { STORE_SHEET } from "../../../src/core/storedSheet";
import { checkWorkbook } from "../../../src/host/check";
import { CheckCancelledError } from "../../../src/host/errors";
import { PAINT } from "../../../src/host/marks";
import { MARKS } from "../../../src/core/marks";
import { PATTERNS } from "../../../src/host/wps/fills";
import { markedSeverities } from "../../office/simHost";
import { LAYOUTS } from "../../fixtures/layouts";
import { WpsFill, bgrOf, themeBgr } from "../../wps-sim/wps";
import { contents, expectedFindings, fills, reopen, seedBook } from "./support";

const solid = (hex: string): WpsFill => ({ color: bgrOf(hex)!, pattern: 1 });

/** A seed workbook where finding cells and other cells already carry the user's own fills, a theme fill among them. */
function filledBook(options?: { customXmlParts?: boolean }) {
  const seeded = seedBook("plain", options);
  const { book, specs } = seeded;
  const findings = expectedFindings(specs);
  book.setFill(findings[0].sheet, findings[0].cell, solid("#00B050"));
  book.setFill(findings[1].sheet, findings[1].cell, { color: bgrOf("#FFFF00")!, pattern: -4124, patternColor: bgrOf("#FF0000")! });
  book.setFill(findings[2].sheet, findings[2].cell, solid(PAINT.error)); // the user's own pink
  book.setFill(findings[3].sheet, findings[3].cell, { color: themeBgr(5, 0.4), pattern: 1, themeColor: 5, tintAndShade: 0.4 });
  book.setFill(findings[0].sheet, "A1", solid("#D9E1F2")); // not a finding cell
  return { ...seeded, findings };
}

/** The writes to the sheets the user had (the add-in's own store sheet and parts are its business). */
const userWrites = (log: { what: string; sheet?: string }[], sheets: string[]) => log.filter((w) => w.sheet !== undefined && sheets.includes(w.sheet));

describe("WPS: check and 清除标记 through the host boundary", () => {
  for (const layout of LAYOUTS) {
    it(`finds what the core finds, paints each finding's cell and restores every fill and value exactly (${layout} layout)`, async () => {
      const { book, wps, specs } = seedBook(layout);
      const before = book.snapshot();
      const result = await checkWorkbook(wps);
      assert.deepEqual(result.findings, expectedFindings(specs), "the same findings as the core on the same sheets");
      // Each marked cell shows its most severe finding's mark, pattern and colours (core/marks.ts).
      for (const [key, severity] of markedSeverities(result.findings)) {
        const [sheet, cell] = key.split("!");
        const mark = MARKS[severity];
        const fill = book.cell(sheet, cell).fill;
        assert.deepEqual([fill?.pattern, fill?.color], [PATTERNS[mark.pattern], bgrOf(mark.color)], key);
        if (mark.patternColor) assert.equal(fill?.patternColor, bgrOf(mark.patternColor), key);
      }
      assert.equal(result.marks.painted, new Set(result.findings.map((f) => `${f.sheet}!${f.cell}`)).size);
      assert.deepEqual(contents(book.state), contents(before), "a check changes no value or formula");
      assert.equal(await wps.hasMarks(), true);
      assert.ok((await wps.clearMarks()) > 0);
      assert.deepEqual(book.snapshot(), before, "fills, values, sheets, parts: all as before");
      assert.equal(await wps.hasMarks(), false);
    });
  }

  it("keeps the user's own fills (patterns, theme colours, our own pink) and writes nothing to their sheets but fills", async () => {
    const { book, wps, host } = filledBook();
    const before = book.snapshot();
    await checkWorkbook(wps);
    assert.equal(host.app.ScreenUpdating, true, "the screen's updates are on again");
    assert.notDeepEqual(fills(book.state), fills(before));
    const theirs = before.sheets.map((s) => s.name);
    assert.deepEqual(userWrites(book.log, theirs).filter((w) => !w.what.startsWith("Interior.") && w.what !== "activate"), [], "no value, sheet or format writes");
    assert.deepEqual(book.activeSheet, before.sheets[before.active].name, "the active sheet stays active");
    await wps.clearMarks();
    assert.deepEqual(book.snapshot(), before);
    assert.equal(await wps.clearMarks(), 0);
  });

  it("keeps the record twice, as the Excel add-in does: a custom XML part and a row of the very hidden store sheet", async () => {
    const { book, wps } = filledBook();
    await checkWorkbook(wps);
    const store = book.findSheet(STORE_SHEET);
    assert.ok(store, "the store sheet exists");
    assert.equal(store.visible, 2, "xlSheetVeryHidden");
    assert.equal(book.state.customXmlParts.filter((p) => p.xml.includes("urn:perfeval:highlights:1")).length, 1);
    const result = await checkWorkbook(wps);
    assert.ok(!result.sheets.some((s) => s.name === STORE_SHEET), "its own sheet is not checked");
  });

  for (const customXmlParts of [true, false]) {
    it(`clears after save and reopen, from the record kept in the workbook (${customXmlParts ? "parts and sheet" : "a build without parts: the sheet"})`, async () => {
      const { book, wps } = filledBook({ customXmlParts });
      const before = book.snapshot();
      const result = await checkWorkbook(wps);
      const reopened = reopen(book);
      assert.equal(await reopened.wps.hasMarks(), true);
      assert.deepEqual((await checkWorkbook(reopened.wps)).findings, result.findings);
      await reopened.wps.clearMarks();
      assert.deepEqual(reopened.book.snapshot(), before, "the workbook is as it was, store sheet gone");
    });
  }

  it("re-checks without stacking: a repainted cell keeps its first original", async () => {
    const { book, wps } = filledBook();
    const before = book.snapshot();
    await checkWorkbook(wps);
    await checkWorkbook(wps);
    await wps.clearMarks();
    assert.deepEqual(book.snapshot(), before);
  });

  it("leaves a fill the user set on a highlighted cell after the check", async () => {
    const { book, wps } = seedBook("plain");
    const f = (await checkWorkbook(wps)).findings[0];
    book.setFill(f.sheet, f.cell, solid("#7030A0"));
    await wps.clearMarks();
    assert.deepEqual(book.cell(f.sheet, f.cell).fill, solid("#7030A0"));
  });

  it("does not paint a protected sheet (WPS would refuse the write) and says which", async () => {
    const { book, wps, specs } = seedBook("plain");
    const findings = expectedFindings(specs);
    book.sheet(findings[0].sheet).protected = true;
    const result = await checkWorkbook(wps);
    assert.deepEqual(result.findings, findings);
    assert.deepEqual(result.marks.protectedSheets, [findings[0].sheet]);
    assert.equal(book.cell(findings[0].sheet, findings[0].cell).fill, undefined);
    const other = findings.find((f) => f.sheet !== findings[0].sheet)!;
    assert.ok(book.cell(other.sheet, other.cell).fill);
  });

  it("leaves a gradient fill unpainted (a record could not put it back) and lists the cell", async () => {
    const { book, wps, specs } = seedBook("plain");
    const f = expectedFindings(specs)[0];
    const gradient: WpsFill = { color: 0, pattern: 4000, gradient: { degree: 90, stops: [{ position: 0, color: 0xffffff }, { position: 1, color: 0xff }] } };
    book.setFill(f.sheet, f.cell, gradient);
    const result = await checkWorkbook(wps);
    assert.deepEqual(book.cell(f.sheet, f.cell).fill, gradient);
    assert.deepEqual(result.marks.unrestorable, [{ sheet: f.sheet, cell: f.cell }]);
  });

  it("reports progress sheet by sheet, and a cancel during the read leaves the workbook as it was", async () => {
    const { book, wps, specs } = seedBook("plain");
    const before = book.snapshot();
    const reads: number[] = [];
    const controller = new AbortController();
    const run = checkWorkbook(wps, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage === "read") reads.push(p.done);
        if (p.stage === "read" && p.done === 3) controller.abort();
      },
    });
    await assert.rejects(run, CheckCancelledError);
    assert.deepEqual(reads, [1, 2, 3], "one step per sheet, stopped at the next");
    assert.deepEqual(book.snapshot(), before);
    const done: number[] = [];
    await checkWorkbook(wps, { onProgress: (p) => p.stage === "read" && done.push(p.done) });
    assert.equal(done.length, specs.length);
  });

  it("checks with the workbook's stored configuration (a rule switched off in 设置)", async () => {
    const { wps, specs } = seedBook("plain");
    const rule = expectedFindings(specs)[0].rule;
    await wps.updateDocument(CONFIG_NS, () => ({ rules: { [rule]: "off" } }));
    const result = await checkWorkbook(wps);
    assert.ok(result.findings.length > 0 && !result.findings.some((f) => f.rule === rule));
  });
});
