import { strict as assert } from "assert";
import { exportCheckedCopy, hasHighlights } from "../../src/office";
import { RESULT_SHEET } from "../../src/office/checkedCopy";
import { linkFormula } from "../../src/core/findingsList";
import { RULE_NAMES } from "../../src/core/ruleNames";
import { uniqueSheetName } from "../../src/core/templateSheet";
import { PAINT } from "../../src/office/highlights";
import { SimWorkbook } from "../sim/excel";
import { contents, expectedFindings, seedSpecs, simOf, userSheets } from "./simHost";

describe("exportCheckedCopy", () => {
  it("returns the file with a first sheet 检查结果 and the highlights, and leaves no such sheet behind", async () => {
    const specs = seedSpecs("plain");
    const sim = simOf(specs).useProfile("windows");
    const before = sim.snapshot();
    const bytes = await exportCheckedCopy();
    assert.ok(bytes instanceof Uint8Array && bytes.length > 1000);

    assert.deepEqual(userSheets(sim.state).map((s) => s.name), before.sheets.map((s) => s.name), "no 检查结果 left, order as before");
    assert.deepEqual(contents(sim.state), contents(before));
    assert.equal(sim.openFiles, 0, "the file was closed");
    assert.equal(await hasHighlights(), true);

    const copy = SimWorkbook.fromBytes(bytes);
    const findings = expectedFindings(specs);
    const list = copy.state.sheets[0];
    assert.equal(list.name, RESULT_SHEET);
    assert.deepEqual(
      ["A1", "B1", "C1", "D1", "E1"].map((c) => list.cells[c].value),
      ["工作表", "单元格", "级别", "规则", "说明"],
    );
    assert.equal(Object.keys(list.cells).filter((k) => /^A\d+$/.test(k)).length, findings.length + 1);
    const first = findings[0];
    assert.deepEqual([list.cells.A2.value, list.cells.B2.formula, list.cells.B2.value, list.cells.D2.value, list.cells.E2.value], [
      first.sheet, linkFormula(first.sheet, first.cell), first.cell, `${RULE_NAMES[first.rule]}（${first.rule}）`, first.message,
    ]);
    const severities = new Set(Object.entries(list.cells).filter(([k]) => /^C\d+$/.test(k) && k !== "C1").map(([, c]) => c.value));
    assert.ok([...severities].every((s) => ["错误", "警告", "提示"].includes(String(s))));
    const painted = copy.state.sheets.find((s) => s.name === first.sheet)!.cells[first.cell].fill;
    assert.ok(painted && Object.values(PAINT).includes(painted.color), "the copy carries the highlights");
  });

  it("does not touch a sheet of the user's that is already called 检查结果", async () => {
    const specs = seedSpecs("plain");
    const sim = simOf([...specs, { name: RESULT_SHEET, cells: [{ row: 0, col: 0, value: "我的笔记" }], merges: [] }]).useProfile("windows");
    const bytes = await exportCheckedCopy();
    assert.equal(sim.cell(RESULT_SHEET, "A1").value, "我的笔记");
    assert.equal(userSheets(sim.state).length, specs.length + 1);
    assert.equal(SimWorkbook.fromBytes(bytes).state.sheets[0].name, `${RESULT_SHEET} (2)`);
  });

  it("writes links that Excel understands for any sheet name", () => {
    assert.equal(linkFormula("A'b\"c", "C5"), `=HYPERLINK("#'A''b""c'!C5","C5")`);
    assert.equal(uniqueSheetName("检查结果", ["检查结果", "检查结果 (2)"]), "检查结果 (3)");
  });
});
