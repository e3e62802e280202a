import { strict as assert } from "assert";
import { checkGrids } from "../../src/core/check";
import { fileLink, reviewBook } from "../../src/core/reviewBook";
import { execRate } from "../../src/core/scoring";
import { seedSheets, specGrid } from "../fixtures/layouts";
import { seedForms } from "../fixtures/seedForms";

const resultOf = (prefix: string) => checkGrids(seedSheets(seedForms().filter((f) => f.id.startsWith(prefix))).map(specGrid));

describe("the reviewer's workbook as data", () => {
  it("gives one row per project of every readable file, with its errors and warnings", () => {
    const book = reviewBook([
      { name: "甲.xlsx", target: "甲.xlsx", result: resultOf("000-") },
      { name: "乙.xlsx", target: "sub/乙.xlsx", result: resultOf("002-") },
      { name: "丙.xlsx", target: "丙.xlsx", unreadable: "丙.xlsx 不是 .xlsx 工作簿" },
    ]);
    const forms = seedForms().filter((f) => /^00[02]-/.test(f.id));
    assert.equal(book.projects.length, forms.length);
    const park = book.projects.find((p) => p.name === "未来公园展厅运营项目")!;
    assert.deepEqual([park.file, park.errors, park.totalScore], ["乙.xlsx", 2, 85.27]);
    assert.equal(park.link?.formula, `=HYPERLINK("[sub/乙.xlsx]'${park.sheet}'!A1","打开")`);
    assert.equal(book.findings.length, resultOf("000-").findings.length + resultOf("002-").findings.length);
    assert.deepEqual(book.files.map((f) => f.status), ["已检查", "已检查", "无法读取：丙.xlsx 不是 .xlsx 工作簿"]);
    assert.equal(book.files[2].link, undefined);
  });

  it("totals amounts by sumDecimal, the rate of the totals by execRate, and counts grades with 未评级 last", () => {
    const book = reviewBook([{ name: "甲.xlsx", target: "甲.xlsx", result: resultOf("000-") }]);
    const budget = book.projects.reduce((s, p) => s + (p.budget ?? 0), 0);
    assert.ok(Math.abs(book.total.budget - budget) < 1e-9);
    const rate = execRate(book.total.budget, book.total.executed);
    assert.equal(book.total.rate, "value" in rate ? rate.value : null);
    assert.equal(book.total.grades.reduce((a, b) => a + b, 0), book.projects.length);
    assert.equal(book.units.reduce((n, u) => n + u.projects, 0), book.projects.length);
    assert.deepEqual(book.byGrade.map((g) => g.keys[0]), [...new Set(book.projects.map((p) => p.grade ?? "未评级"))].sort((a, b) => "优良中差未评级".indexOf(a) - "优良中差未评级".indexOf(b)));
  });

  it("links to another workbook's cell with HYPERLINK, quoting what needs it, and gives no link too long for a formula", () => {
    assert.deepEqual(fileLink('单位 "甲".xlsx', "张三's 项目", "B3", "B3"), {
      formula: `=HYPERLINK("[单位 ""甲"".xlsx]'张三''s 项目'!B3","B3")`,
      text: "B3",
    });
    assert.equal(fileLink(`${"很长的文件夹/".repeat(40)}甲.xlsx`, "表", "A1", "打开"), undefined);
  });
});
