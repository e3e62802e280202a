/**
 * Fixes (rules.md): a finding whose right value follows from the sheet carries `fix: { cell,
 * value }`. Writing every fix into the sheet and checking again leaves no finding of those rules,
 * and writing a fix changes exactly its cell.
 */
import { strict as assert } from "assert";
import { checkGrids } from "../../src/core/check";
import { CellValue, Grid, a1, parseA1, valueAt } from "../../src/core/grid";
import { Finding } from "../../src/core/model";
import { ALL_RULES } from "../../src/core/rules";
import { LAYOUTS, LayoutName, formGrid, seedSheets, specGrid } from "../fixtures/layouts";
import { SeedForm, seedForms } from "../fixtures/seedForms";
import { edit, setCell } from "./support/ruleTester";

const FIXABLE = new Set(ALL_RULES.filter((r) => r.meta.fixable).map((r) => r.id));

/** The grids with every finding's fix written in (the workbook as the pane would leave it). */
function applyFixes(grids: Grid[], findings: Finding[]): Grid[] {
  const fixed = structuredClone(grids);
  for (const f of findings) {
    if (!f.fix) continue;
    const grid = fixed.find((g) => g.name === f.sheet)!;
    setCell(grid, f.fix.cell, f.fix.value as CellValue);
  }
  return fixed;
}

/** Every cell of the sheet whose value differs, as sheet!A1. */
function changedCells(before: Grid[], after: Grid[]): string[] {
  const changed: string[] = [];
  before.forEach((grid, i) => {
    const other = after[i];
    const rows = Math.max(grid.values.length, other.values.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(grid.values[r]?.length ?? 0, other.values[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const row = grid.top + r;
        const col = grid.left + c;
        if (valueAt(grid, row, col) !== valueAt(other, row, col)) changed.push(`${grid.name}!${a1(row, col)}`);
      }
    }
  });
  return changed;
}

const fixable = (findings: Finding[]) => findings.filter((f) => FIXABLE.has(f.rule));

function assertFixed(grids: Grid[]): number {
  const { findings } = checkGrids(grids);
  const fixes = fixable(findings);
  for (const f of fixes) assert.ok(f.fix, `${f.rule} ${f.cell} has no fix: ${f.message}`);
  const after = applyFixes(grids, fixes);
  const again = fixable(checkGrids(after).findings);
  assert.deepEqual(again.map((f) => `${f.sheet}!${f.cell} ${f.rule}: ${f.message}`), []);
  // Exactly the fixes' cells changed, nothing else.
  const cells = [...new Set(fixes.map((f) => `${f.sheet}!${f.fix!.cell}`))].sort();
  assert.deepEqual(changedCells(grids, after).sort(), cells);
  return fixes.length;
}

describe("fixes", () => {
  describe("on the seed workbooks", () => {
    for (const layout of LAYOUTS) {
      it(`leave no finding of the fixable rules once written in (${layout})`, () => {
        const fixes = assertFixed(seedSheets(seedForms(), { layout }).map(specGrid));
        assert.equal(fixes, 2); // 002-06 未来公园展厅运营项目: 分值合计 96, 总分 81.27
      });
    }
  });

  // Mistakes a clerk makes, one or several per form, each rule with a fix among them.
  const MISTAKES: { name: string; form: () => SeedForm; rules: string[] }[] = [
    { name: "a 全年执行数 typed 206.69 for 196.69 and a rate of 80", form: () => edit("002-01", (f) => { f.funds.total[2] = "206.69"; f.funds.total[4] = "80.00"; }), rules: ["FUND_SUM", "EXEC_RATE"] },
    // TOTAL_SUM on the stated 5.00 is a symptom: with the right 8.82 the 总分 98.81 holds.
    { name: "a rate of 98.15 and a score of 5", form: () => edit("002-01", (f) => { f.funds.total[4] = "98.15"; f.funds.total[5] = "5.00"; }), rules: ["EXEC_RATE", "EXEC_SCORE"] },
    { name: "a 总分 of 79.15 graded 良", form: () => edit("002-07", (f) => { f.totalScore = "79.15"; f.grade = "良"; }), rules: ["TOTAL_SUM", "GRADE"] },
    { name: "a 分值合计 of 90", form: () => edit("002-07", (f) => (f.totalWeight = "90.00")), rules: ["WEIGHT_SUM"] },
    { name: "87.93 graded 优", form: () => edit("000-01", (f) => (f.grade = "优")), rules: ["GRADE"] },
    {
      name: "产出指标(50分) over 65 and 数量指标(30分) over 35",
      form: () => edit("000-01", (f) => f.indicators.forEach((ind, i) => {
        if (i <= 7) ind.level1 = "产出指标(50分)";
        if (i <= 5) ind.level2 = "数量指标（30 分）";
      })),
      rules: ["STATED_WEIGHT"],
    },
    { name: "a part's rate off (当年财政拨款 95.19)", form: () => edit("001-01", (f) => (f.funds.current[4] = "95.19")), rules: ["EXEC_RATE"] },
  ];

  for (const m of MISTAKES) {
    for (const layout of LAYOUTS) {
      it(`repair ${m.name} (${layout})`, () => {
        const grids = [formGrid(m.form(), layout as LayoutName)];
        const found = fixable(checkGrids(grids).findings);
        assert.deepEqual([...new Set(found.map((f) => f.rule))].sort(), [...m.rules].sort());
        assertFixed(grids);
      });
    }
  }

  it("writes a percentage cell's rate as the fraction Excel stores (offset: 0.9522 for 95.22 %)", () => {
    const grid = formGrid(edit("001-01", (f) => (f.funds.total[4] = "93.00")), "offset");
    const rate = checkGrids([grid]).findings.find((f) => f.rule === "EXEC_RATE")!;
    assert.deepEqual(rate.fix, { cell: rate.cell, value: 0.9522 });
    assert.equal(rate.expected, 95.22);
    const at = parseA1(rate.cell)!;
    assert.equal(grid.formats![at.row - grid.top][at.col - grid.left], "0.00%");
  });

  it("gives no fix to findings about judgement (a reason, a target, a band)", () => {
    const judged = checkGrids(seedSheets(seedForms()).map(specGrid)).findings.filter((f) => !FIXABLE.has(f.rule));
    assert.ok(judged.length > 100);
    assert.deepEqual(judged.filter((f) => f.fix).map((f) => f.rule), []);
  });
});
