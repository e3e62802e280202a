/**
 * Targets and actuals as the provinces print them (layouts.md "Values"): units in brackets or
 * bare, 百分比 for %, `﹦`, `98%以上`, actuals that repeat the operator or omit the unit, rates as
 * `100.00%` text; deadlines and sentences stay qualitative.
 */
import { strict as assert } from "assert";
import { normalUnit, parseActual, parseNumber, parseTarget } from "../../src/core/numbers";

const quantity = (text: string) => {
  const t = parseTarget(text);
  return t?.kind === "quantitative" ? [t.op, t.value, normalUnit(t.unit)] : t;
};

describe("targets and actuals of every province", () => {
  it("reads bare units: ≥50个, ≤90万元, ≥100百分比, ≥266米, 0起, ≥576Tbps", () => {
    assert.deepEqual(quantity("≥50个"), ["≥", 50, "个"]);
    assert.deepEqual(quantity("≤90万元"), ["≤", 90, "万元"]);
    assert.deepEqual(quantity("≥100百分比"), ["≥", 100, "%"]);
    assert.deepEqual(quantity("≥266米"), ["≥", 266, "米"]);
    assert.deepEqual(quantity("0起"), ["≥", 0, "起"]);
    assert.deepEqual(quantity("≥576Tbps"), ["≥", 576, "Tbps"]);
    assert.deepEqual(quantity("≥90null"), ["≥", 90, null]);
  });

  it("reads ﹦ and ＝ as =, and 以上 / 以下 / 以内 after the number as its operator", () => {
    assert.deepEqual(quantity("﹦100%"), ["=", 100, "%"]);
    assert.deepEqual(quantity("＝42.00（期）"), ["=", 42, "期"]);
    assert.deepEqual(quantity("98%以上"), ["≥", 98, "%"]);
    assert.deepEqual(quantity("5万元以内"), ["≤", 5, "万元"]);
    assert.deepEqual(quantity("≤4"), ["≤", 4, null]);
  });

  it("keeps deadlines and sentences qualitative", () => {
    for (const text of ["9月前", "11月前", "2024年12月底前举办", "2024 年 10 月底", "年内完成", "2023 年底前项目上线运行", "在线功能模块数量大于5", "20 项最具技术转移潜力的科技成果，发布各类信息不低于 250 条", "5.", "3天内"]) {
      assert.equal(parseTarget(text)?.kind, "qualitative", text);
    }
  });

  it("reads an actual that repeats its operator, or has no unit, as the quantity it states", () => {
    assert.deepEqual(parseActual("≥266米"), { kind: "quantity", value: 266, unit: "米" });
    assert.deepEqual(parseActual("≥95%"), { kind: "quantity", value: 95, unit: "%" });
    assert.deepEqual(parseActual("50"), { kind: "quantity", value: 50, unit: null });
    assert.deepEqual(parseActual("2370人"), { kind: "quantity", value: 2370, unit: "人" });
    assert.deepEqual(parseActual("完成"), { kind: "text", text: "完成" });
    assert.deepEqual(parseActual("达成指标"), { kind: "level", level: "达成指标" });
  });

  it("reads rates printed as 100.00% text, 86%, a percentage cell or a plain number", () => {
    assert.equal(parseNumber("100.00%", null, true), 100);
    assert.equal(parseNumber("86%", null, true), 86);
    assert.equal(parseNumber(1.0259, "0.00%", true), 102.59);
    assert.equal(parseNumber(95.22, null, true), 95.22);
  });
});
