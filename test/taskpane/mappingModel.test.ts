import { strict as assert } from "assert";
import { readSheet } from "../../src/core/check";
import { SCALAR_FIELDS } from "../../src/core/model";
import { cellsOf } from "../../src/core/report";
import { setLocale } from "../../src/taskpane/i18n";
import { FIELD_ORDER, displayValue, fieldLabel, isRepointable, mappingRows } from "../../src/taskpane/mappingModel";
import { formGrid } from "../fixtures/layouts";
import { seedForm } from "../fixtures/seedForms";

function activeSheet(overrides: Record<string, string> = {}) {
  const grid = formGrid(seedForm("000-01"), "plain", "培训项目");
  const reading = readSheet(grid, { [grid.name]: overrides });
  if (reading.kind !== "project") throw new Error("seed 000-01 not read as a form");
  return { sheet: grid.name, reading, cells: cellsOf(reading.project), overrides };
}

describe("mapping model of the 映射 tab", () => {
  afterEach(() => setLocale("zh"));

  it("names fields the way the form does", () => {
    assert.equal(fieldLabel("name"), "项目名称");
    assert.equal(fieldLabel("funds.total.budget"), "年度资金总额·全年预算数");
    assert.equal(fieldLabel("funds.carryover.rate"), "上年结转资金·执行率");
    assert.equal(fieldLabel("totalWeight"), "总分·分值");
    assert.equal(fieldLabel("totalScore"), "总分·得分");
    assert.equal(fieldLabel("grade"), "评分等级");
    assert.equal(fieldLabel("somethingNew"), "somethingNew");
    setLocale("en");
    assert.equal(fieldLabel("funds.total.budget"), "Total funds · Full-year budget");
  });

  it("names every field of a project's mapping", () => {
    const { cells } = activeSheet();
    for (const field of Object.keys(cells)) assert.notEqual(fieldLabel(field), field, field);
    assert.deepEqual([...FIELD_ORDER].sort(), Object.keys(cells).sort());
  });

  it("lets the user re-point the scalar fields and the funds cells, not the title", () => {
    for (const field of SCALAR_FIELDS) assert.ok(isRepointable(field), field);
    assert.ok(isRepointable("funds.total.budget"));
    assert.ok(isRepointable("funds.other.score"));
    assert.ok(!isRepointable("title"));
    assert.ok(!isRepointable("funds.total.nonsense"));
    assert.ok(!isRepointable("funds.elsewhere.budget"));
  });

  it("lists the fields in form order with cell and value read", () => {
    const rows = mappingRows(activeSheet());
    assert.deepEqual(rows.slice(0, 5).map((r) => r.field), ["title", "name", "department", "implementer", "year"]);
    assert.deepEqual(rows.slice(-3).map((r) => r.field), ["totalWeight", "totalScore", "grade"]);
    const budget = rows.find((r) => r.field === "funds.total.budget")!;
    assert.equal(budget.value, "478.47");
    assert.match(budget.address, /^[A-Z]+\d+$/);
    assert.equal(rows.find((r) => r.field === "year")!.value, "2024");
    assert.ok(rows.every((r) => !r.overridden));
  });

  it("marks a field the user pointed elsewhere and shows what that cell holds", () => {
    const plain = activeSheet();
    const implementerCell = plain.cells.implementer;
    const rows = mappingRows(activeSheet({ name: implementerCell }));
    const name = rows.find((r) => r.field === "name")!;
    assert.equal(name.overridden, true);
    assert.equal(name.address, implementerCell);
    assert.equal(name.value, rows.find((r) => r.field === "implementer")!.value);
  });

  it("shows empty and unreadable values as such", () => {
    const at = { cell: "B3", row: 2, col: 1 };
    assert.equal(displayValue({ ...at, value: null, raw: null }), "（空）");
    assert.equal(displayValue({ ...at, value: null, raw: "n/a" }), "n/a（无法识别）");
    assert.equal(displayValue({ ...at, value: 0, raw: 0 }), "0");
    // "-" is how the form says "none" in the parts' 分数/得分: shown as it is, not as a problem.
    assert.equal(displayValue({ ...at, value: null, raw: "-" }), "-");
  });

  it("has no rows for a sheet that is not a form", () => {
    assert.deepEqual(mappingRows({ reading: { name: "封面", kind: "other" }, cells: {}, overrides: {} }), []);
  });
});
