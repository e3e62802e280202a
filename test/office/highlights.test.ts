import { strict as assert } from "assert";
import { CheckCancelledError, checkWorkbook, clearHighlights, hasHighlights } from "../../src/office";
import { PAINT, WRITE_LIMITS, fillOf } from "../../src/office/highlights";
import { HIGHLIGHTS_NS, jsonPartXml, partJson } from "../../src/office/xmlParts";
import type { SimFill, SimWorkbook } from "../sim/excel";
import { seedSheets } from "../fixtures/layouts";
import { seedForms } from "../fixtures/seedForms";
import { FORMAT_AND_PART_WRITES, contents, expectedFindings, fills, markFill, markedSeverities, reopen, seedSpecs, simOf, userSheets, userWrites } from "./simHost";

/** A seed workbook where some finding cells and some other cells already carry the user's own fills. */
function filledWorkbook(): { sim: SimWorkbook; own: Record<string, SimFill> } {
  const specs = seedSpecs("plain");
  const sim = simOf(specs);
  const findings = expectedFindings(specs);
  const own: Record<string, SimFill> = {};
  const set = (sheet: string, cell: string, fill: SimFill) => {
    sim.setFill(sheet, cell, fill);
    own[`${sheet}!${cell}`] = fill;
  };
  set(findings[0].sheet, findings[0].cell, { color: "#00B050", pattern: "Solid" });
  set(findings[1].sheet, findings[1].cell, { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" });
  set(findings[2].sheet, findings[2].cell, { color: PAINT.error, pattern: "Solid" }); // the user's own pink
  set(findings[0].sheet, "A1", { color: "#D9E1F2", pattern: "Solid" }); // not a finding cell
  return { sim, own };
}

function highlightRecords(sim: SimWorkbook): { sheet: string; cell: string; paint: string; original: SimFill }[] {
  const parts = sim.state.customXmlParts.filter((p) => p.namespaceUri === HIGHLIGHTS_NS);
  return parts.flatMap((p) => (partJson(p.xml) as { cells: { sheet: string; cell: string; paint: string; original: SimFill }[] }).cells);
}

describe("highlights", () => {
  it("clears every painted cell when Excel reports no fill as null (office-js#4900, #6218)", async () => {
    const specs = seedSpecs("plain");
    const sim = simOf(specs);
    const before = sim.snapshot();
    const result = await checkWorkbook();
    const painted = new Set(result.findings.map((f) => `${f.sheet}!${f.cell}`));
    assert.ok(painted.size > 50, `${painted.size} cells`);
    assert.equal(result.marks.painted, painted.size);
    assert.equal(Object.keys(fills(sim.state)).length, painted.size, "every finding cell is painted, nothing else");
    assert.equal(await clearHighlights(), painted.size, "every painted cell is restored");
    assert.deepEqual(sim.snapshot(), before);
  });

  it("reads and writes the fills of a large check in request-sized batches (method calls count toward the request size)", async () => {
    const forms = seedForms();
    const specs = seedSheets(Array.from({ length: 200 }, (_, i) => forms[i % forms.length]), { layout: "plain" });
    // The record of this check (one copy) fits one request; reading or painting every cell at once does not.
    const measure = simOf(specs);
    measure.requestLimit = null;
    await checkWorkbook();
    const recordBytes = measure.state.customXmlParts.map((p) => new TextEncoder().encode(p.xml).length)[0];
    const sim = simOf(specs);
    const before = sim.snapshot();
    sim.requestLimit = Math.round(recordBytes * 1.3);
    const result = await checkWorkbook();
    assert.ok(sim.syncCount > 6, `${sim.syncCount} syncs: the reads and writes went in batches`);
    const cells = new Set(result.findings.map((f) => `${f.sheet}!${f.cell}`));
    assert.ok(cells.size > 400, `${cells.size} cells`);
    assert.equal(result.marks.painted, cells.size);
    assert.equal(Object.keys(fills(sim.state)).length, cells.size);
    assert.equal(await clearHighlights(), cells.size);
    assert.deepEqual(userSheets(sim.state), userSheets(before));
    assert.deepEqual(sim.state.customXmlParts, []);
  });

  it("reads a fill whatever Excel leaves out of its report", () => {
    assert.deepEqual(fillOf({ color: "#FFFFFF", pattern: null, tintAndShade: null }), { color: "#FFFFFF", pattern: "None", patternColor: null });
    assert.deepEqual(fillOf({ color: "#FFFFFF", pattern: null, tintAndShade: 0 }), { color: "#FFFFFF", pattern: "Solid", patternColor: null });
    assert.deepEqual(fillOf({ color: "#FFFFFF" }), { color: "#FFFFFF", pattern: "None", patternColor: null }, "no tint reported: white is no fill");
    assert.deepEqual(fillOf({ color: "#FFC7CE" }), { color: "#FFC7CE", pattern: "Solid", patternColor: null }, "no pattern reported: a colour is solid");
    assert.deepEqual(fillOf({ color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" }), { color: "#FFFF00", pattern: "Gray25", patternColor: "#FF0000" });
    assert.equal(fillOf({}), undefined);
  });

  it("gives a theme colour's shade back (tintAndShade), not only its colour", async () => {
    const specs = seedSpecs("plain");
    const sim = simOf(specs);
    const [f] = expectedFindings(specs);
    const shaded = { color: "#4472C4", pattern: "Solid", tintAndShade: 0.6 };
    sim.setFill(f.sheet, f.cell, shaded);
    const before = sim.snapshot();
    await checkWorkbook();
    assert.deepEqual(sim.cell(f.sheet, f.cell).fill, markFill(f.severity));
    await clearHighlights();
    assert.deepEqual(sim.cell(f.sheet, f.cell).fill, shaded);
    assert.deepEqual(sim.snapshot(), before);
  });

  it("leaves a gradient-filled cell unmarked (Excel cannot write a gradient back) and says so", async () => {
    const specs = seedSpecs("plain");
    const sim = simOf(specs);
    const [f, g] = expectedFindings(specs);
    const gradient = { color: "#FFC000", pattern: "LinearGradient" };
    sim.setFill(f.sheet, f.cell, gradient);
    const before = sim.snapshot();
    const result = await checkWorkbook();
    assert.deepEqual(sim.cell(f.sheet, f.cell).fill, gradient, "the gradient is untouched");
    assert.deepEqual(result.marks.unrestorable, [{ sheet: f.sheet, cell: f.cell }]);
    assert.ok(sim.cell(g.sheet, g.cell).fill, "the other cells are marked");
    assert.ok(result.findings.some((x) => x.sheet === f.sheet && x.cell === f.cell), "the finding is still listed");
    assert.ok(await clearHighlights() > 0);
    assert.deepEqual(sim.snapshot(), before);
  });

  it("skips damaged records instead of letting Excel refuse the whole 清除标记", async () => {
    const specs = seedSpecs("plain");
    const sim = simOf(specs);
    const before = sim.snapshot();
    await checkWorkbook();
    const part = sim.state.customXmlParts.find((p) => p.namespaceUri === HIGHLIGHTS_NS)!;
    const doc = partJson(part.xml) as { cells: unknown[] };
    const sheet = specs[1].name;
    const bad = [
      { color: "red;", pattern: "Solid" },
      { color: "#FFFFFF", pattern: "Solid", tintAndShade: 7 },
      { color: "#FFFFFF", pattern: "LinearGradient" },
    ];
    bad.forEach((original, i) => {
      sim.setFill(sheet, `Z${90 + i}`, PAINT.error);
      doc.cells.push({ sheet, cell: `Z${90 + i}`, paint: PAINT.error, original });
    });
    part.xml = jsonPartXml("perfevalHighlights", HIGHLIGHTS_NS, doc);
    await clearHighlights();
    assert.deepEqual(sim.cell(sheet, "Z90").fill, { color: PAINT.error, pattern: "Solid" }, "no colour to give back: left as it is");
    assert.deepEqual(sim.cell(sheet, "Z91").fill, { color: "#FFFFFF", pattern: "Solid" }, "its colour back, without the impossible shade");
    assert.deepEqual(sim.cell(sheet, "Z92").fill, { color: PAINT.error, pattern: "Solid" }, "a gradient cannot be written: left as it is");
    bad.forEach((_, i) => sim.setFill(sheet, `Z${90 + i}`, null));
    assert.deepEqual(sim.snapshot(), before, "every other cell is restored");
  });

  it("gives a solid white cell its white back, not no fill", async () => {
    const specs = seedSpecs("plain");
    const sim = simOf(specs);
    const [f] = expectedFindings(specs);
    sim.setFill(f.sheet, f.cell, "#FFFFFF");
    const before = sim.snapshot();
    await checkWorkbook();
    assert.equal(sim.cell(f.sheet, f.cell).fill?.color, PAINT[f.severity]);
    await clearHighlights();
    assert.deepEqual(sim.cell(f.sheet, f.cell).fill, { color: "#FFFFFF", pattern: "Solid" });
    assert.deepEqual(sim.snapshot(), before);
  });

  it("paints each finding's primary cell with its severity's mark: colour and pattern (error solid, warning hatched, 提示 dotted)", async () => {
    const specs = seedSpecs("plain");
    const sim = simOf(specs);
    const result = await checkWorkbook();
    const severities = markedSeverities(result.findings);
    assert.deepEqual(new Set(severities.values()), new Set(["error", "warning", "info"]), "the workbook shows all three marks");
    for (const [key, severity] of severities) {
      const [sheet, cell] = key.split("!");
      assert.deepEqual(sim.cell(sheet, cell).fill, markFill(severity), key);
    }
    assert.deepEqual(new Set([markFill("error")!.pattern, markFill("warning")!.pattern, markFill("info")!.pattern]).size, 3, "three patterns, not colour alone");
    const errorCell = result.findings.find((f) => f.severity === "error")!;
    assert.equal(sim.cell(errorCell.sheet, errorCell.cell).fill?.color, PAINT.error);
    assert.equal(await hasHighlights(), true);
  });

  it("restores every fill exactly on clear, the user's own fills and 'no fill' included, and changes no value", async () => {
    const { sim, own } = filledWorkbook();
    const before = sim.snapshot();
    await checkWorkbook();
    assert.deepEqual(contents(sim.state), contents(before), "a check changes no value or formula");
    assert.notDeepEqual(fills(sim.state), fills(before));
    const restored = await clearHighlights();
    assert.ok(restored > 0);
    assert.deepEqual(sim.snapshot(), before, "fills, values, formulas, parts: all as before");
    for (const [at, fill] of Object.entries(own)) assert.deepEqual(fills(sim.state)[at], fill);
    assert.deepEqual(userWrites(sim.log).filter((w) => !FORMAT_AND_PART_WRITES.has(w.what)), [], "no value writes");
    assert.equal(await hasHighlights(), false);
    assert.equal(await clearHighlights(), 0);
  });

  it("clears after save and reopen, from the record kept in the workbook", async () => {
    const { sim } = filledWorkbook();
    const before = sim.snapshot();
    await checkWorkbook();
    const reopened = reopen(sim);
    assert.equal(await hasHighlights(), true);
    await clearHighlights();
    assert.deepEqual(reopened.snapshot(), before);
  });

  it("re-checks after an edit: reflects it, repaints from the true original fills, never stacks", async () => {
    const { sim } = filledWorkbook();
    const base = sim.snapshot();
    const noFill = { color: "#FFFFFF", pattern: "None", patternColor: null };
    const first = await checkWorkbook();
    const clean = first.sheets.find((s) => s.kind === "project" && !first.findings.some((f) => f.sheet === s.name));
    assert.ok(clean && clean.kind === "project");
    const total = clean.project.totalScore;

    sim.setValue(clean.name, total.cell, (total.value ?? 0) + 5); // the user spoils a 总分
    const second = await checkWorkbook();
    assert.ok(second.findings.some((f) => f.sheet === clean.name && f.rule === "TOTAL_SUM" && f.cell === total.cell));
    assert.equal(sim.cell(clean.name, total.cell).fill?.color, PAINT.error);
    const records = highlightRecords(sim);
    assert.equal(records.length, new Set(second.findings.map((f) => `${f.sheet}!${f.cell}`)).size, "one record per painted cell");
    const asRead = (f: SimFill) => ({ color: f.color, pattern: f.pattern, patternColor: f.patternColor ?? null });
    for (const r of records) {
      const own = fills(base)[`${r.sheet}!${r.cell}`];
      assert.deepEqual(r.original, own ? asRead(own) : noFill, `${r.sheet}!${r.cell}`);
    }

    sim.setValue(clean.name, total.cell, total.value); // and puts it back
    const third = await checkWorkbook();
    assert.deepEqual(third.findings, first.findings);
    assert.equal(sim.cell(clean.name, total.cell).fill, undefined, "no longer a finding: its fill is restored");

    await clearHighlights();
    assert.deepEqual(fills(sim.state), fills(base));
    assert.deepEqual(contents(sim.state), contents(base));
  });

  it("leaves a fill the user set on a highlighted cell after the check", async () => {
    const specs = seedSpecs("plain");
    const sim = simOf(specs);
    const result = await checkWorkbook();
    const f = result.findings[0];
    sim.setFill(f.sheet, f.cell, { color: "#7030A0", pattern: "Solid" });
    await clearHighlights();
    assert.deepEqual(sim.cell(f.sheet, f.cell).fill, { color: "#7030A0", pattern: "Solid" });
  });

  it("leaves no highlights when cancelled, and the previous ones untouched", async () => {
    const { sim } = filledWorkbook();
    const before = sim.snapshot();
    const controller = new AbortController();
    await assert.rejects(
      checkWorkbook({ signal: controller.signal, onProgress: (p) => p.stage === "check" && p.done === 3 && controller.abort() }),
      CheckCancelledError,
    );
    assert.deepEqual(sim.snapshot(), before);
    assert.equal(await hasHighlights(), false);

    await checkWorkbook();
    const painted = sim.snapshot();
    const again = new AbortController();
    await assert.rejects(checkWorkbook({ signal: again.signal, onProgress: (p) => p.stage === "paint" && p.done === 1 && again.abort() }), CheckCancelledError);
    assert.deepEqual(sim.snapshot(), painted, "a cancelled re-check changes nothing");
    const aborted = new AbortController();
    aborted.abort();
    await assert.rejects(checkWorkbook({ signal: aborted.signal }), CheckCancelledError);
  });

  it("does not paint a protected sheet (Excel would refuse the whole batch)", async () => {
    const specs = seedSpecs("plain");
    const sim = simOf(specs);
    const findings = expectedFindings(specs);
    sim.sheet(findings[0].sheet).protected = true;
    const result = await checkWorkbook();
    assert.deepEqual(result.findings, findings);
    assert.equal(sim.cell(findings[0].sheet, findings[0].cell).fill, undefined);
    const other = findings.find((f) => f.sheet !== findings[0].sheet)!;
    assert.ok(sim.cell(other.sheet, other.cell).fill);
  });

  it("writes a paint too large for one request in steps, record first, with the same end state", async () => {
    const { sim } = filledWorkbook();
    const before = sim.snapshot();
    const saved = WRITE_LIMITS.cellsPerRequest;
    WRITE_LIMITS.cellsPerRequest = 10;
    try {
      const result = await checkWorkbook();
      assert.ok(sim.syncCount > 4);
      const painted = new Set(result.findings.map((f) => `${f.sheet}!${f.cell}`));
      assert.equal(highlightRecords(sim).length, painted.size);
      assert.equal(sim.state.customXmlParts.length, 1);
      const adds = sim.log.findIndex((w) => w.what === "xml.add");
      const firstPaint = sim.log.findIndex((w) => w.what === "cellProperties");
      assert.ok(adds >= 0 && adds < firstPaint, "the record is written before any paint");
      await checkWorkbook();
      await clearHighlights();
      assert.deepEqual(sim.snapshot(), before);
    } finally {
      WRITE_LIMITS.cellsPerRequest = saved;
    }
  });
});
