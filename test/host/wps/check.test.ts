import { strict as assert } from "assert";
import { MARKS } from "../../../src/core/marks";
import { PAINT } from "../../../src/office/highlights";
import { PATTERNS } from "../../../src/host/wps/fills";
import { markedSeverities } from "../../office/simHost";
import { checkWorkbook, clearHighlights, hasHighlights } from "../../../src/host/wps/check";
import { DATA_SHEET } from "../../../src/host/wps/dataSheet";
import { LAYOUTS } from "../../fixtures/layouts";
import { WpsFill, bgrOf, themeBgr } from "../../wps-sim/wps";
import { contents, expectedFindings, fills, reopen, seedBook } from "./support";

const solid = (hex: string): WpsFill => ({ color: bgrOf(hex)!, pattern: 1 });

/** A seed workbook where finding cells and other cells already carry the user's own fills, a theme fill among them. */
function filledBook(options?: { customXmlParts?: boolean }) {
  const { book, host, specs } = seedBook("plain", options);
  const findings = expectedFindings(specs);
  book.setFill(findings[0].sheet, findings[0].cell, solid("#00B050"));
  book.setFill(findings[1].sheet, findings[1].cell, { color: bgrOf("#FFFF00")!, pattern: -4124, patternColor: bgrOf("#FF0000")! });
  book.setFill(findings[2].sheet, findings[2].cell, solid(PAINT.error)); // the user's own pink
  book.setFill(findings[3].sheet, findings[3].cell, { color: themeBgr(5, 0.4), pattern: 1, themeColor: 5, tintAndShade: 0.4 });
  book.setFill(findings[0].sheet, "A1", solid("#D9E1F2")); // not a finding cell
  return { book, host, findings };
}

const MARK_WRITES = /^(Interior\.|xml\.|Value2$|NumberFormat$|addSheet$|renameSheet$|visible$|activate$|deleteSheet$)/;

describe("WPS: check and 清除标记", () => {
  for (const layout of LAYOUTS) {
    it(`paints each finding's cell and restores every fill and value exactly (${layout} layout)`, () => {
      const { book, host, specs } = seedBook(layout);
      const before = book.snapshot();
      const result = checkWorkbook(host.app);
      assert.deepEqual(result.findings, expectedFindings(specs), "the same findings as the core on the same sheets");
      // Each marked cell shows its most severe finding's mark, pattern and colours (core/marks.ts).
      for (const [key, severity] of markedSeverities(result.findings)) {
        const [sheet, cell] = key.split("!");
        const mark = MARKS[severity];
        const fill = book.cell(sheet, cell).fill;
        assert.deepEqual([fill?.pattern, fill?.color], [PATTERNS[mark.pattern], bgrOf(mark.color)], key);
        if (mark.patternColor) assert.equal(fill?.patternColor, bgrOf(mark.patternColor), key);
      }
      assert.deepEqual(contents(book.state), contents(before), "a check changes no value or formula");
      assert.ok(clearHighlights(host.app) > 0);
      assert.deepEqual(book.snapshot(), before, "fills, values, parts: all as before");
      assert.equal(hasHighlights(host.app), false);
    });
  }

  it("keeps the user's own fills (patterns, theme colours, our own pink) and writes nothing but fills and the record", () => {
    const { book, host } = filledBook();
    const before = book.snapshot();
    checkWorkbook(host.app);
    assert.notDeepEqual(fills(book.state), fills(before));
    assert.deepEqual(book.log.filter((w) => !/^(Interior\.|xml\.)/.test(w.what)), [], "no value, sheet or format writes");
    clearHighlights(host.app);
    assert.deepEqual(book.snapshot(), before);
    assert.equal(clearHighlights(host.app), 0);
  });

  it("clears after save and reopen, from the record kept in the workbook", () => {
    const { book, host } = filledBook();
    const before = book.snapshot();
    checkWorkbook(host.app);
    const reopened = reopen(book);
    assert.equal(hasHighlights(reopened.host.app), true);
    clearHighlights(reopened.host.app);
    assert.deepEqual(reopened.book.snapshot(), before);
  });

  it("without custom XML parts keeps the record in a very hidden sheet, and removes it with the last mark", () => {
    const { book, host } = filledBook({ customXmlParts: false });
    const before = book.snapshot();
    const result = checkWorkbook(host.app);
    const data = book.findSheet(DATA_SHEET);
    assert.ok(data, "the data sheet exists");
    assert.equal(data.visible, 2, "xlSheetVeryHidden");
    assert.equal(book.activeSheet, before.sheets[before.active].name, "the active sheet stays active");
    assert.ok(!result.sheets.some((s) => s.name === DATA_SHEET), "our own sheet is not checked");
    assert.ok(book.log.every((w) => MARK_WRITES.test(w.what)), "only fills and the data sheet are written");
    const reopened = reopen(book);
    assert.deepEqual(checkWorkbook(reopened.host.app).findings, result.findings);
    clearHighlights(reopened.host.app);
    assert.deepEqual(reopened.book.snapshot(), before, "the workbook is as it was, data sheet gone");
  });

  it("re-checks without stacking: a repainted cell keeps its first original", () => {
    const { book, host } = filledBook();
    const before = book.snapshot();
    checkWorkbook(host.app);
    checkWorkbook(host.app);
    clearHighlights(host.app);
    assert.deepEqual(book.snapshot(), before);
  });

  it("leaves a fill the user set on a highlighted cell after the check", () => {
    const { book, host } = seedBook("plain");
    const f = checkWorkbook(host.app).findings[0];
    book.setFill(f.sheet, f.cell, solid("#7030A0"));
    clearHighlights(host.app);
    assert.deepEqual(book.cell(f.sheet, f.cell).fill, solid("#7030A0"));
  });

  it("does not paint a protected sheet (WPS would refuse the write)", () => {
    const { book, host, specs } = seedBook("plain");
    const findings = expectedFindings(specs);
    book.sheet(findings[0].sheet).protected = true;
    assert.deepEqual(checkWorkbook(host.app).findings, findings);
    assert.equal(book.cell(findings[0].sheet, findings[0].cell).fill, undefined);
    const other = findings.find((f) => f.sheet !== findings[0].sheet)!;
    assert.ok(book.cell(other.sheet, other.cell).fill);
  });

  it("leaves a gradient fill unpainted (a record could not put it back)", () => {
    const { book, host, specs } = seedBook("plain");
    const f = expectedFindings(specs)[0];
    const gradient: WpsFill = { color: 0, pattern: 4000, gradient: { degree: 90, stops: [{ position: 0, color: 0xffffff }, { position: 1, color: 0xff }] } };
    book.setFill(f.sheet, f.cell, gradient);
    checkWorkbook(host.app);
    assert.deepEqual(book.cell(f.sheet, f.cell).fill, gradient);
  });
});
