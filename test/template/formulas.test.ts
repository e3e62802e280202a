import { strict as assert } from "assert";
import { HyperFormula } from "hyperformula";
import { readSheet } from "../../src/core/check";
import { FUND_ROWS } from "../../src/core/model";
import { within } from "../../src/core/numbers";
import { convertSheets, summaryRowCells, summaryTotalCells } from "../../src/core/summary";
import { COMPUTED_FIELDS, TemplateSheet, templateForm, templateFormulas } from "../../src/core/template";
import { parseA1 } from "../../src/core/grid";
import { seedSheets, specGrid } from "../fixtures/layouts";
import { seedForms } from "../fixtures/seedForms";
import { expectedFor, isConsistent } from "./helpers";

type HfCell = string | number | null;

/** A described sheet as HyperFormula input: formulas as formulas, typed text kept as text. */
function matrix(sheet: TemplateSheet): HfCell[][] {
  const rows: HfCell[][] = [];
  for (const cell of sheet.cells) {
    const { row, col } = parseA1(cell.address)!;
    let v: HfCell = cell.formula ?? cell.value ?? null;
    // A target like =42.00(期) is text on the sheet ("@" format); HyperFormula needs the apostrophe.
    if (cell.formula === undefined && typeof v === "string" && /^[='+-]/.test(v)) v = `'${v}`;
    (rows[row] ??= [])[col] = v;
  }
  for (let r = 0; r < rows.length; r++) {
    rows[r] ??= [];
    for (let c = 0; c < rows[r].length; c++) rows[r][c] ??= null;
  }
  return rows;
}

function load(sheets: TemplateSheet[]): (sheet: string, address: string) => unknown {
  const hf = HyperFormula.buildFromSheets(Object.fromEntries(sheets.map((s) => [s.name, matrix(s)])), { licenseKey: "gpl-v3" });
  return (sheet, address) => {
    const { row, col } = parseA1(address)!;
    return hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row, col });
  };
}

describe("template formulas computed by HyperFormula", () => {
  const forms = seedForms();
  const specs = seedSheets(forms);
  const book = convertSheets(specs.map((s) => readSheet(specGrid(s))));
  const valueAt = load([book.summary, ...book.forms]);

  it("converts all 44 seed forms", () => {
    assert.equal(book.forms.length, 44);
    assert.deepEqual(book.forms.map((f) => f.name), specs.map((s) => s.name));
  });

  forms.forEach((form, i) => {
    const sheet = book.forms[i];
    const at = (field: string) => valueAt(sheet.name, sheet.fields[field]);

    it(`gives core's 执行率, 得分, 总分 and 评分等级 for ${form.id} ${form.name}`, () => {
      const expected = expectedFor(form);
      for (const row of FUND_ROWS) assert.ok(within(at(`funds.${row}.rate`) as number, expected.rates[row], 1e-9), `${row} 执行率 ${at(`funds.${row}.rate`)} ≠ ${expected.rates[row]}`);
      assert.ok(within(at("funds.total.budget") as number, expected.budget, 1e-9));
      assert.ok(within(at("funds.total.score") as number, expected.score, 1e-9), `得分 ${at("funds.total.score")} ≠ ${expected.score}`);
      assert.ok(within(at("totalWeight") as number, expected.totalWeight, 1e-9));
      assert.ok(within(at("totalScore") as number, expected.totalScore, 1e-9), `总分 ${at("totalScore")} ≠ ${expected.totalScore}`);
      assert.equal(at("grade"), expected.grade);
    });

    it(`caches what the formulas compute for ${form.id}`, () => {
      for (const cell of sheet.cells.filter((c) => c.formula !== undefined)) {
        const computed = valueAt(sheet.name, cell.address);
        if (typeof computed === "number") assert.ok(within(computed, cell.result as number, 1e-9), `${cell.address}: ${computed} ≠ ${cell.result}`);
        else assert.equal(computed, cell.result, cell.address);
      }
    });

    if (isConsistent(form)) {
      it(`matches the stated totals of the consistent form ${form.id} within 0.01`, () => {
        assert.ok(within(at("funds.total.rate") as number, Number(form.funds.total[4])), "执行率");
        assert.ok(within(at("funds.total.score") as number, Number(form.funds.total[5])), "得分");
        assert.ok(within(at("totalWeight") as number, Number(form.totalWeight)), "分值");
        assert.ok(within(at("totalScore") as number, Number(form.totalScore)), "总分");
        assert.equal(at("grade"), form.grade);
      });
    }
  });

  it("sums the summary from the project sheets' cells", () => {
    let budget = 0;
    forms.forEach((form, i) => {
      const cells = summaryRowCells(i);
      const expected = expectedFor(form);
      assert.equal(valueAt(book.summary.name, cells.name), form.name);
      assert.equal(valueAt(book.summary.name, cells.implementer), form.implementer);
      assert.ok(within(valueAt(book.summary.name, cells.rate) as number, expected.rates.total, 1e-9));
      assert.ok(within(valueAt(book.summary.name, cells.totalScore) as number, expected.totalScore, 1e-9));
      assert.equal(valueAt(book.summary.name, cells.grade), expected.grade);
      budget += expected.budget;
    });
    const totals = summaryTotalCells(forms.length);
    assert.ok(within(valueAt(book.summary.name, totals.budget) as number, budget, 1e-6));
    const grades = forms.map((f) => expectedFor(f).grade);
    for (const g of ["优", "良", "中", "差"] as const) assert.equal(valueAt(book.summary.name, totals.grades[g]), grades.filter((x) => x === g).length);
    for (const cell of book.summary.cells.filter((c) => c.formula !== undefined && c.result !== undefined)) {
      const computed = valueAt(book.summary.name, cell.address);
      if (typeof computed === "number") assert.ok(within(computed, cell.result as number, 1e-9), `${cell.address}: ${computed} ≠ ${cell.result}`);
      else assert.equal(computed, cell.result, cell.address);
    }
  });

  it("computes a blank form to 分值 10, 执行率 0 and the grade of 0", () => {
    const blank = templateForm({ rows: 3 });
    const at = load([blank]);
    const v = (field: string) => at(blank.name, blank.fields[field]);
    assert.equal(v("funds.total.rate"), 0);
    assert.equal(v("totalWeight"), 10);
    assert.equal(v("totalScore"), 0);
    assert.equal(v("grade"), "差");
  });

  it("covers exactly the indicator rows asked for", () => {
    const formulas = templateFormulas(3);
    assert.equal(formulas.totalWeight, "=F6+SUM(F13:F15)");
    assert.equal(formulas.totalScore, "=H6+SUM(G13:G15)");
    assert.equal(formulas.grade, '=IF(G16>=90,"优",IF(G16>=80,"良",IF(G16>=60,"中","差")))');
    assert.equal(formulas["funds.total.rate"], "=IF(D6=0,0,ROUND(E6/D6*100,2))");
    assert.equal(formulas["funds.total.score"], "=ROUND(MIN(G6,100)/100*F6,2)");
    assert.equal(formulas["funds.total.budget"], "=SUM(D7:D9)");
    const sheet = templateForm({ rows: 3 });
    assert.deepEqual(sheet.cells.filter((c) => c.formula).map((c) => c.formula).sort(), COMPUTED_FIELDS.map((f) => formulas[f]).sort());
    assert.ok(sheet.cells.every((c) => !c.formula || !/PERF\./i.test(c.formula)));
  });
});
