import { strict as assert } from "assert";
import { checkGrids } from "../../../src/core/check";
import { Grid, parseA1 } from "../../../src/core/grid";
import { FUND_ROWS } from "../../../src/core/model";
import { LAYOUTS, LayoutName, formGrid } from "../../fixtures/layouts";
import { seedForms } from "../../fixtures/seedForms";
import { FormCells, formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, setCell } from "../support/ruleTester";

/** The cells a saved template computes with formulas: totals, rates, scores, the grade. */
function computedCells(cells: FormCells): string[] {
  return [
    cells.funds("total", "initial"), cells.funds("total", "budget"), cells.funds("total", "executed"),
    ...FUND_ROWS.map((row) => cells.funds(row, "rate")),
    cells.funds("total", "score"), cells.total("weight"), cells.total("score"), cells.grade,
  ];
}

/** The grid as a program that does not calculate saves it: those formula cells hold no result. */
function uncalculated(grid: Grid, addresses: string[]): Grid {
  for (const address of addresses) setCell(grid, address, null);
  grid.uncalculated = addresses.map((a) => parseA1(a)!);
  return grid;
}

function savedByScript(id: string, layout: LayoutName): Grid {
  const form = edit(id);
  return uncalculated(formGrid(form, layout), computedCells(formCells(form, layout)));
}

ruleTester("NOT_CALCULATED", "warning", {
  valid: [
    ...seedValidCases(),
    {
      name: "uncalculated formula cells outside the form's fields",
      sheets: () => [uncalculated(formGrid(edit("001-01")), ["Z1", "Z2"])],
    },
  ],
  invalid: [
    ...inEveryLayout((layout) => {
      const cells = formCells(edit("001-01"), layout);
      return {
        name: "a form whose totals, rates, scores and grade are formulas without results: one finding, at the first",
        sheets: () => [savedByScript("001-01", layout)],
        findings: [{ cell: cells.funds("total", "initial"), includes: ["没有计算结果", "11 个由公式得出的单元格未检查", "Excel 或 WPS"] }],
      };
    }),
    {
      name: "two such forms: one finding each",
      sheets: () => [savedByScript("001-01", "plain"), savedByScript("001-02", "plain")],
      findings: [
        { sheet: edit("001-01").name, cell: formCells(edit("001-01")).funds("total", "initial") },
        { sheet: edit("001-02").name, cell: formCells(edit("001-02")).funds("total", "initial") },
      ],
    },
  ],
});

describe("NOT_CALCULATED: the rules skip formula cells without results", () => {
  for (const layout of LAYOUTS) {
    it(`no finding on a form saved by a script that the calculated form does not have, but NOT_CALCULATED (${layout})`, () => {
      for (const form of seedForms().slice(0, 12)) {
        const key = (f: { rule: string; cell: string }) => `${f.rule} ${f.cell}`;
        const calculated = new Set(checkGrids([formGrid(form, layout)]).findings.map(key));
        const saved = checkGrids([savedByScript(form.id, layout)]).findings;
        assert.deepEqual(saved.filter((f) => f.rule !== "NOT_CALCULATED" && !calculated.has(key(f))).map((f) => `${key(f)}: ${f.message}`), [], form.id);
        assert.equal(saved.filter((f) => f.rule === "NOT_CALCULATED").length, 1, form.id);
      }
    });
  }

  it("a field without a result is marked uncalculated, one with a result is not", () => {
    const grid = savedByScript("001-01", "plain");
    const cells = formCells(edit("001-01"));
    const sheet = checkGrids([grid]).sheets[0];
    assert.ok(sheet.kind === "project");
    assert.equal(sheet.project.totalScore.uncalculated, true);
    assert.equal(sheet.project.funds.total.rate.uncalculated, true);
    assert.equal(sheet.project.name.uncalculated, undefined);
    assert.equal(sheet.project.totalScore.cell, cells.total("score"));
  });
});
