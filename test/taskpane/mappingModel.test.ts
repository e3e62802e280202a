import { strict as assert } from "assert";
import { readSheet } from "../../src/core/check";
import { COLUMN_FIELDS, SCALAR_FIELDS } from "../../src/core/model";
import { cellsOf } from "../../src/core/report";
import { setLocale } from "../../src/taskpane/i18n";
import { FIELD_ORDER, columnRows, displayValue, fieldLabel, isRepointable, mappingRows } from "../../src/taskpane/mappingModel";
import { LayoutName, formGrid } from "../fixtures/layouts";
import { seedForm } from "../fixtures/seedForms";

function activeSheet(overrides: Record<string, string> = {}, layout: LayoutName = "plain") {
  const grid = formGrid(seedForm("000-01"), layout, "培训项目");
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

  it("names every field of a project's mapping, the indicator columns too", () => {
    const { cells } = activeSheet();
    for (const field of [...Object.keys(cells), ...FIELD_ORDER, ...COLUMN_FIELDS]) assert.notEqual(fieldLabel(field), field, field);
    for (const field of Object.keys(cells)) assert.ok(FIELD_ORDER.includes(field), field);
    assert.equal(fieldLabel("columns.targetOperator"), "指标性质");
    assert.equal(fieldLabel("funds.单位资金.budget"), "单位资金·全年预算数");
    setLocale("en");
    assert.equal(fieldLabel("columns.actual"), "Actual");
    assert.equal(fieldLabel("narrative.problems"), "Problems found");
  });

  it("lets the user re-point the scalar fields, the indicator columns and the funds cells, not the title", () => {
    for (const field of SCALAR_FIELDS) assert.ok(isRepointable(field), field);
    for (const field of COLUMN_FIELDS) assert.ok(isRepointable(field), field);
    assert.ok(!isRepointable("code"));
    assert.ok(isRepointable("funds.total.budget"));
    assert.ok(isRepointable("funds.other.score"));
    assert.ok(!isRepointable("title"));
    assert.ok(!isRepointable("funds.total.nonsense"));
    assert.ok(!isRepointable("funds.elsewhere.budget"));
  });

  it("lists the fields in form order with cell and value read", () => {
    const rows = mappingRows(activeSheet());
    assert.deepEqual(rows.slice(0, 6).map((r) => r.field), ["title", "name", "code", "department", "implementer", "year"]);
    assert.deepEqual(rows.slice(-6).map((r) => r.field), ["totalWeight", "totalScore", "grade", "narrative.conclusion", "narrative.problems", "narrative.measures"]);
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

  it("has no rows for a sheet that is not a project form", () => {
    assert.deepEqual(mappingRows({ reading: { name: "封面", kind: "other" }, cells: {}, overrides: {} }), []);
    assert.deepEqual(columnRows({ reading: { name: "部门整体", kind: "department" }, cells: {}, overrides: {} }), []);
  });

  it("shows the fields the form has no label for as 本表无此项, without a cell, and lets the user point them", () => {
    const rows = mappingRows(activeSheet({}, "sichuan"));
    const absent = rows.filter((r) => r.absent).map((r) => r.field);
    assert.ok(absent.includes("grade") && absent.includes("funds.carryover.budget"), absent.join());
    for (const r of rows.filter((x) => x.absent)) {
      assert.equal(r.address, "");
      assert.equal(r.value, "本表无此项");
    }
    assert.ok(rows.find((r) => r.field === "grade")!.repointable);
    // 四川 keeps parts of its own: shown under their printed names, among the funds.
    const funds = rows.filter((r) => r.field.startsWith("funds.")).map((r) => r.field);
    assert.ok(funds.includes("funds.财政专户管理资金.budget"));
    assert.ok(funds.indexOf("funds.财政专户管理资金.budget") > funds.indexOf("funds.other.score"));
    assert.equal(rows.find((r) => r.field === "code")!.value, "51000024R0000000000001");
    // A funds row under the name the form prints: 四川's 财政资金 is the report's 当年财政拨款.
    assert.equal(rows.find((r) => r.field === "funds.current.budget")!.label, "财政资金·全年预算数");
    assert.equal(mappingRows(activeSheet()).find((r) => r.field === "funds.current.budget")!.label, "当年财政拨款·全年预算数");
    setLocale("en");
    assert.equal(mappingRows(activeSheet({}, "sichuan")).find((r) => r.field === "funds.current.budget")!.label, "Current appropriation (财政资金) · Full-year budget");
  });

  it("a field the form lacks and the user pointed is read there, and shown as pointed", () => {
    const plain = activeSheet({}, "sichuan");
    const rows = mappingRows(activeSheet({ grade: plain.cells.totalScore }, "sichuan"));
    const grade = rows.find((r) => r.field === "grade")!;
    assert.deepEqual([grade.absent, grade.overridden, grade.address], [false, true, plain.cells.totalScore]);
  });

  it("lists the indicator columns located at their header cells, a split target as its three columns", () => {
    const plain = columnRows(activeSheet());
    assert.deepEqual(plain.filter((r) => !r.absent).map((r) => [r.field, r.address, r.value]), [
      ["columns.level1", "A12", "一级指标"], ["columns.level2", "B12", "二级指标"], ["columns.name", "C12", "三级指标"],
      ["columns.target", "D12", "年度指标值"], ["columns.actual", "E12", "实际完成值"], ["columns.weight", "F12", "分值"],
      ["columns.score", "G12", "得分"], ["columns.reason", "H12", "偏差原因分析及改进措施"],
    ]);
    // Every other column kind of the table (指标性质, 度量单位 …) is not on Shanghai's form.
    const located = plain.filter((r) => !r.absent).map((r) => r.field);
    assert.deepEqual(plain.filter((r) => r.absent).map((r) => r.field), COLUMN_FIELDS.filter((f) => !located.includes(f)));
    assert.ok(plain.some((r) => r.field === "columns.targetOperator" && r.absent && r.value === "本表无此项"));
    const split = columnRows(activeSheet({}, "sichuan"));
    assert.deepEqual(split.filter((r) => r.field.startsWith("columns.target")).map((r) => r.value), ["指标性质", "指标值", "度量单位"]);
    assert.ok(split.every((r) => r.repointable));
  });

  it("reads a pointed column from the pointed cell's column, and marks it", () => {
    // 实际完成值 pointed at the 年度指标值 column: every actual is now read there.
    const sheet = activeSheet({ "columns.actual": "D20" });
    const actual = columnRows(sheet).find((r) => r.field === "columns.actual")!;
    assert.deepEqual([actual.overridden, actual.address], [true, "D20"]);
    if (sheet.reading.kind !== "project") throw new Error("not a form");
    for (const ind of sheet.reading.project.indicators) assert.equal(ind.actual.cell, ind.target.cell);
  });
});
