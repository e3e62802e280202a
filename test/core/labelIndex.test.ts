/**
 * Labels are matched by what they mean (layouts.md "Labels mean, not spell"): after white space,
 * full-width forms, numbering, stated weights and letters, trailing qualifiers, colons and the
 * suffix 指标 are set aside, and through one synonym table per field.
 */
import { strict as assert } from "assert";
import fc from "fast-check";
import {
  FIELD_LABELS, FUND_COLUMN_LABELS, FUND_ROW_LABELS, INDICATOR_COLUMN_LABELS, labelKey, labelWeight, levelName, synonymRank,
} from "../../src/core/labels";
import { compact, halfWidth } from "../../src/core/numbers";

describe("labelKey: one normalisation of labels", () => {
  it("reads spaced, full-width, coloned and stamped labels alike (项 目 名 称, 总　　分, 实施单位（盖章）)", () => {
    for (const text of ["项目名称", " 项目\u3000名称：", "项目名称:", "项 目 名 称", "一、项目名称", "1.项目名称", "(一)项目名称"]) {
      assert.equal(labelKey(text), "项目名称", text);
    }
    assert.equal(labelKey("总　　分"), "总分");
    assert.equal(labelKey("实施单位 (盖章)"), "实施单位");
    assert.equal(labelKey("年度资金总额\u00a0:："), "年度资金总额");
    assert.equal(labelKey("年度\n指标值"), "年度指标值");
  });

  it("sets aside stated weights, letters and trailing qualifiers, keeping brackets inside a label", () => {
    assert.equal(labelKey("产出指标（50分）"), "产出");
    assert.equal(labelKey("(50分)"), "");
    assert.equal(labelKey("全年预算数(A)"), "全年预算数");
    assert.equal(labelKey("执行率(B/A)"), "执行率");
    assert.equal(labelKey("执行率（％）"), "执行率");
    assert.equal(labelKey("得分(20分*执行率)"), "得分");
    assert.equal(labelKey("预算执行情况(万元)(20 分)"), "预算执行情况");
    assert.equal(labelKey("预算执行率（1-X月执行数/调整后预算数）"), "预算执行率");
    assert.equal(labelKey("转移支付(项目)名称"), "转移支付(项目)名称");
    assert.equal(labelKey("(2024年度)"), "(2024年度)");
  });

  it("drops 其中 and the suffix 指标 (数量 = 数量指标), not 指标 alone", () => {
    assert.equal(labelKey("其中：当年财政拨款"), "当年财政拨款");
    assert.equal(labelKey("数量指标(10分)"), labelKey("数量"));
    assert.equal(labelKey("绩 效 指 标"), "绩效");
    assert.equal(labelKey("指标"), "指标");
    assert.equal(labelKey("指标1:"), "");
  });

  it("is the same whatever white space or full-width forms the text carries", () => {
    const char = fc.constantFrom("项", "目", "名", "称", "指", "标", "A", "1", "(", ")", "分", ":", "其", "中", "、", "一", "5", "0", "%");
    const space = fc.constantFrom(" ", "\t", "\n", "\u00a0", "\u3000", "\u2003", "\u202f", "\ufeff");
    const wide = (t: string) => t.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.array(fc.tuple(char, fc.option(space, { nil: "" })), { maxLength: 12 }), (parts) => {
        const plain = parts.map(([c]) => c).join("");
        const spaced = parts.map(([c, s]) => c + s).join("");
        assert.equal(labelKey(spaced), labelKey(plain));
        assert.equal(labelKey(wide(plain)), labelKey(plain));
        assert.equal(labelKey(plain), labelKey(halfWidth(compact(plain))));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads the weight a label states and the level a 一级/二级 label names", () => {
    assert.equal(labelWeight("产出指标（50分）"), 50);
    assert.equal(labelWeight("预算执行情况(万元)(20 分)"), 20);
    assert.equal(labelWeight("服务对象满意度指标(10分)"), 10);
    assert.equal(labelWeight("产出指标"), null);
    assert.equal(levelName("产出指标（50分）"), "产出指标");
    assert.equal(levelName(" 数量指标(10分)"), "数量指标");
    assert.equal(levelName("服务对象满意度"), "服务对象满意度");
    assert.equal(levelName("(50分)"), null);
  });
});

describe("the synonym tables", () => {
  it("know every label the specimens print for a field, best first", () => {
    const means = (table: readonly string[], text: string) => synonymRank(table, labelKey(text)) !== undefined;
    assert.ok(means(FIELD_LABELS.implementer, "实施单位 (盖章)"));
    assert.ok(means(FIELD_LABELS.department, "主管部门及代码"));
    assert.ok(means(FUND_COLUMN_LABELS.budget, "调整后预算数"));
    assert.ok(means(FUND_COLUMN_LABELS.budget, "调整预算数(A)"));
    assert.ok(means(FUND_COLUMN_LABELS.executed, "预算执行数"));
    assert.ok(means(FUND_COLUMN_LABELS.weight, "权重"));
    assert.ok(means(FUND_ROW_LABELS.total, "年度资金总额:"));
    assert.ok(means(FUND_ROW_LABELS.current, "其中:本年财政拨款"));
    assert.ok(means(INDICATOR_COLUMN_LABELS.actual, "全年实际值(B)"));
    assert.ok(means(INDICATOR_COLUMN_LABELS.target, "年初目标值(A)"));
    assert.ok(means(INDICATOR_COLUMN_LABELS.reason, "未完成原因分析"));
    assert.ok(means(INDICATOR_COLUMN_LABELS.weight, "权重"));
    assert.equal(synonymRank(FUND_COLUMN_LABELS.budget, labelKey("全年预算数(A)")), 0);
    assert.ok(synonymRank(FUND_COLUMN_LABELS.budget, "调整后预算数")! < synonymRank(FUND_COLUMN_LABELS.budget, "调整预算数")!);
    // 年度预算数(万元) heads the row names of 四川's funds block: it is no amount column.
    for (const column of Object.values(FUND_COLUMN_LABELS)) assert.equal(synonymRank(column, labelKey("年度预算数(万元)")), undefined);
  });

  it("give no label two meanings within one table", () => {
    for (const table of [FUND_COLUMN_LABELS, FUND_ROW_LABELS, INDICATOR_COLUMN_LABELS]) {
      const seen = new Map<string, string>();
      for (const [field, labels] of Object.entries(table)) {
        for (const label of labels as readonly string[]) {
          const key = labelKey(label);
          assert.ok(!seen.has(key) || seen.get(key) === field, `${label} means ${seen.get(key)} and ${field}`);
          seen.set(key, field);
        }
      }
    }
  });
});
