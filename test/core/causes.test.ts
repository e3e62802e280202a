/**
 * One mistake, one finding (rules.md, Causes): a later rule that fails on a cell an earlier
 * finding corrects is checked again with the corrected value; a symptom is not reported, one that
 * remains names its causes (…（先修正 E6）). Tried on the two cascades of the issue and on every
 * pair of rules where one corrects a cell the other reads, in every layout.
 */
import { strict as assert } from "assert";
import { checkGrids } from "../../src/core/check";
import { resolveConfig } from "../../src/core/config";
import { Finding } from "../../src/core/model";
import { LAYOUTS, LayoutName, formGrid } from "../fixtures/layouts";
import { SeedForm } from "../fixtures/seedForms";
import { FormCells, formCells } from "./support/formCells";
import { edit } from "./support/ruleTester";

/** Errors and warnings of one form, as rule@cell (the hints are not what this is about). */
function problems(form: SeedForm, layout: LayoutName = "plain"): Finding[] {
  return checkGrids([formGrid(form, layout)]).findings.filter((f) => f.severity !== "info");
}

const at = (findings: Finding[]) => findings.map((f) => `${f.rule}@${f.cell}`);

interface Cascade {
  name: string;
  form: () => SeedForm;
  /** rule@cell of what must be reported, from the layout's cells. */
  expect: (cells: FormCells) => string[];
  /** For the findings that remain: their causes, as rule@cell, and texts of their message. */
  remaining?: (cells: FormCells) => Record<string, { causes: string[]; includes: string[]; expected?: number | string }>;
}

// 002-01 机关服务: 223.13 budgeted, 196.69 executed (88.15 %), budget score 8.81, total 98.81.
// 002-07 科创中心建设工作经费: indicator 0 项目完成率 20.00 of 20.00, total 99.15, 优.
// 000-01: indicator 7 培训进展及时性 (达成指标) 12.00 of 15.00; indicator 1 5.00 of 5.00, no reason.
const CASCADES: Cascade[] = [
  {
    name: "a wrong 全年执行数 in 年度资金总额 gives FUND_SUM alone, not EXEC_RATE computed from it (the issue's first cascade)",
    form: () => edit("002-01", (f) => (f.funds.total[2] = "206.69")),
    expect: (c) => [`FUND_SUM@${c.funds("total", "executed")}`],
  },
  {
    name: "an indicator scored 22 of 20 gives SCORE_RANGE alone, not a TOTAL_SUM of 101.15 (the issue's second cascade)",
    form: () => edit("002-07", (f) => (f.indicators[0].score = "22.00")),
    expect: (c) => [`SCORE_RANGE@${c.indicator(0, "score")}`],
  },
  {
    name: "FUND_SUM → EXEC_RATE: a rate wrong even with the right 执行数 remains, computed from it",
    form: () => edit("002-01", (f) => { f.funds.total[2] = "206.69"; f.funds.total[4] = "80.00"; }),
    expect: (c) => [`FUND_SUM@${c.funds("total", "executed")}`, `EXEC_RATE@${c.funds("total", "rate")}`],
    remaining: (c) => ({
      [`EXEC_RATE@${c.funds("total", "rate")}`]: {
        causes: [`FUND_SUM@${c.funds("total", "executed")}`],
        includes: ["执行率应为 88.15（196.69 / 223.13 × 100", "表中为 80.00", `（先修正 ${c.funds("total", "executed")}）`],
        expected: 88.15,
      },
    }),
  },
  {
    name: "FUND_SUM → EXEC_RATE and EXEC_OVER_BUDGET: a wrong 全年预算数 (150 for 223.13) is the one mistake",
    form: () => edit("002-01", (f) => (f.funds.total[1] = "150.00")),
    expect: (c) => [`FUND_SUM@${c.funds("total", "budget")}`],
  },
  {
    name: "FUND_SUM → EXEC_SCORE: a score that follows the right 执行数 (8.81) is not wrong because of the wrong one",
    form: () => edit("002-01", (f) => { f.funds.total[2] = "206.69"; f.funds.total[4] = "92.63"; }),
    expect: (c) => [`FUND_SUM@${c.funds("total", "executed")}`],
  },
  {
    name: "EXEC_RATE → EXEC_SCORE: a score wrong with the right rate too remains, computed from the right rate",
    form: () => edit("002-01", (f) => { f.funds.total[4] = "98.15"; f.funds.total[5] = "5.00"; f.totalScore = "95.00"; }),
    expect: (c) => [`EXEC_RATE@${c.funds("total", "rate")}`, `EXEC_SCORE@${c.funds("total", "score")}`],
    remaining: (c) => ({
      [`EXEC_SCORE@${c.funds("total", "score")}`]: {
        causes: [`EXEC_RATE@${c.funds("total", "rate")}`],
        includes: ["预算执行得分应为 8.82（min(88.15, 100) / 100 × 10.00）", "表中为 5.00", `（先修正 ${c.funds("total", "rate")}）`],
        expected: 8.82,
      },
    }),
  },
  {
    name: "EXEC_SCORE → TOTAL_SUM: a wrong budget score (9.81) does not make the 总分 wrong",
    form: () => edit("002-01", (f) => (f.funds.total[5] = "9.81")),
    expect: (c) => [`EXEC_SCORE@${c.funds("total", "score")}`],
  },
  {
    name: "SCORE_RANGE → QUALITATIVE_BAND and TOTAL_SUM: 16 of 15 is one mistake; a 总分 left at the old score remains",
    form: () => edit("000-01", (f) => (f.indicators[7].score = "16.00")),
    expect: (c) => [`SCORE_RANGE@${c.indicator(7, "score")}`, `TOTAL_SUM@${c.total("score")}`],
    remaining: (c) => ({
      [`TOTAL_SUM@${c.total("score")}`]: {
        causes: [`SCORE_RANGE@${c.indicator(7, "score")}`],
        includes: ["总分应为 90.93", `（先修正 ${c.indicator(7, "score")}）`],
        expected: 90.93,
      },
    }),
  },
  {
    // The 总分 81.93 follows the −1: the stated values give no TOTAL_SUM, so none is added.
    name: "SCORE_RANGE → DEDUCTION_REASON: −1 of 5 is still a deduction at 0, and says so",
    form: () => edit("000-01", (f) => { f.indicators[1].score = "-1.00"; f.totalScore = "81.93"; }),
    expect: (c) => [`SCORE_RANGE@${c.indicator(1, "score")}`, `DEDUCTION_REASON@${c.indicator(1, "reason")}`],
    remaining: (c) => ({
      [`DEDUCTION_REASON@${c.indicator(1, "reason")}`]: {
        causes: [`SCORE_RANGE@${c.indicator(1, "score")}`],
        includes: ["扣分 5.00（0.00 / 5.00）", `（先修正 ${c.indicator(1, "score")}）`],
      },
    }),
  },
  {
    name: "TOTAL_SUM → GRADE: a 总分 typed 79.15 for 99.15 is not also a wrong grade",
    form: () => edit("002-07", (f) => (f.totalScore = "79.15")),
    expect: (c) => [`TOTAL_SUM@${c.total("score")}`],
  },
  {
    name: "TOTAL_SUM → GRADE: a 总分 of 109.15 for 99.15 is not also a total that cannot be graded",
    form: () => edit("002-07", (f) => (f.totalScore = "109.15")),
    expect: (c) => [`TOTAL_SUM@${c.total("score")}`],
  },
  {
    name: "TOTAL_SUM → GRADE: a grade wrong for the right 总分 too remains (99.15 is 优, not 中)",
    form: () => edit("002-07", (f) => { f.totalScore = "79.15"; f.grade = "良"; }),
    expect: (c) => [`TOTAL_SUM@${c.total("score")}`, `GRADE@${c.grade}`],
    remaining: (c) => ({
      [`GRADE@${c.grade}`]: { causes: [`TOTAL_SUM@${c.total("score")}`], includes: ["总分 99.15 对应的评分等级为“优”，表中为“良”"], expected: "优" },
    }),
  },
  {
    name: "WEIGHT_SUM → GRADE: weights adding up to 110 make a 总分 of 109.15 the total row's mistake only",
    form: () => edit("002-07", (f) => { f.indicators[0].weight = "30.00"; f.indicators[0].score = "30.00"; f.totalScore = "109.15"; }),
    expect: (c) => [`WEIGHT_SUM@${c.total("weight")}`],
  },
];

/** 002-04 信息化运维项目: 100 % executed, every indicator at full marks. */
const HINTS: Cascade[] = [
  {
    name: "EXEC_RATE → LOW_EXEC_FULL_MARKS: a rate typed 10.00 for 100 is not low execution",
    form: () => edit("002-04", (f) => (f.funds.total[4] = "10.00")),
    expect: (c) => [`EXEC_RATE@${c.funds("total", "rate")}`],
  },
  {
    // Specimen 02 棠溪: 年度资金总额 printed as zeros (its rate 0 follows from them) over a part that spent its money.
    name: "FUND_SUM → LOW_EXEC_FULL_MARKS: a 年度资金总额 of zeros over a part spent in full is not low execution",
    form: () => edit("002-04", (f) => (f.funds.total = ["0.00", "0.00", "0.00", "10.00", "0.00", "10.00"])),
    expect: (c) => [`FUND_SUM@${c.funds("total", "initial")}`, `FUND_SUM@${c.funds("total", "budget")}`, `FUND_SUM@${c.funds("total", "executed")}`],
  },
];

function assertCascade(c: Cascade, layout: LayoutName, findings: (form: SeedForm, layout: LayoutName) => Finding[]): void {
  const form = c.form();
  const cells = formCells(form, layout);
  const found = findings(form, layout);
  assert.deepEqual(at(found), c.expect(cells), found.map((f) => `${f.rule} ${f.cell} ${f.message}`).join("\n"));
  const remaining = c.remaining?.(cells) ?? {};
  for (const f of found) {
    const key = `${f.rule}@${f.cell}`;
    const r = remaining[key];
    assert.deepEqual((f.causes ?? []).map((cause) => `${cause.rule}@${cause.cell}`), r?.causes ?? [], key);
    if (!r) {
      assert.ok(!f.message.includes("先修正"), f.message);
      continue;
    }
    for (const text of r.includes) assert.ok(f.message.includes(text), `“${f.message}” should say ${text}`);
    if (r.expected !== undefined) assert.equal(f.expected, r.expected);
  }
}

describe("causes: one mistake, one finding", () => {
  for (const c of CASCADES) {
    for (const layout of LAYOUTS) it(`${c.name} (${layout})`, () => assertCascade(c, layout, problems));
  }
  for (const c of HINTS) {
    const all = (form: SeedForm, layout: LayoutName) =>
      checkGrids([formGrid(form, layout)]).findings.filter((f) => ["FUND_SUM", "EXEC_RATE", "LOW_EXEC_FULL_MARKS"].includes(f.rule));
    for (const layout of LAYOUTS) it(`${c.name} (${layout})`, () => assertCascade(c, layout, all));
  }

  it("drops symptoms that are there when their cause's rule is off", () => {
    const only = (form: SeedForm, off: string, rule: string) =>
      checkGrids([formGrid(form)], {}, { config: resolveConfig([{ rules: { [off]: "off" } }]) }).findings.filter((f) => f.rule === rule).map((f) => f.cell);
    assert.deepEqual(only(CASCADES[0].form(), "FUND_SUM", "EXEC_RATE"), ["G6"]);
    assert.deepEqual(only(CASCADES[1].form(), "SCORE_RANGE", "TOTAL_SUM"), ["G18"]);
    assert.deepEqual(only(HINTS[0].form(), "EXEC_RATE", "LOW_EXEC_FULL_MARKS"), ["G6"]);
    assert.deepEqual(only(HINTS[1].form(), "FUND_SUM", "LOW_EXEC_FULL_MARKS"), ["G6"]);
  });

  it("reports a remaining symptom in English with its causes too", () => {
    const form = edit("002-01", (f) => { f.funds.total[2] = "206.69"; f.funds.total[4] = "80.00"; });
    const rate = checkGrids([formGrid(form)], {}, { lang: "en" }).findings.find((f) => f.rule === "EXEC_RATE")!;
    assert.equal(rate.message, "total funds: the execution rate should be 88.15 (196.69 / 223.13 × 100 = 88.1504…), the sheet has 80.00 (fix E6 first)");
  });

  it("never adds a finding the stated values do not give (a rate that follows the wrong 执行数 is not reported yet)", () => {
    // 206.69 / 223.13 = 92.63 %: consistent with the wrong cell, so only FUND_SUM speaks; fixing E6 will show the rate.
    const form = edit("002-01", (f) => { f.funds.total[2] = "206.69"; f.funds.total[4] = "92.63"; f.funds.total[5] = "9.26"; f.totalScore = "99.26"; });
    assert.deepEqual(at(problems(form)), ["FUND_SUM@E6"]);
  });
});

describe("rules that share a cell without correcting it report each their own finding", () => {
  const pairs: { name: string; form: () => SeedForm; expect: string[] }[] = [
    {
      // BUDGET_WEIGHT only says 10 is usual; it does not say the 分数 is 10.
      name: "BUDGET_WEIGHT and EXEC_SCORE on a 分数 of 20",
      form: () => edit("002-01", (f) => (f.funds.total[3] = "20.00")),
      expect: ["BUDGET_WEIGHT@F6", "EXEC_SCORE@H6", "WEIGHT_SUM@F25"],
    },
    {
      name: "QUANT_PROPORTION and DEDUCTION_REASON on one score (proportion is a judgement, not a right value)",
      form: () => edit("002-06", (f) => (f.indicators[2].reason = "")),
      expect: ["QUANT_PROPORTION@G15", "DEDUCTION_REASON@H15", "QUANT_PROPORTION@G24", "WEIGHT_SUM@F27", "TOTAL_SUM@G27"],
    },
  ];
  for (const p of pairs) {
    it(p.name, () => {
      const found = problems(p.form());
      assert.deepEqual(at(found), p.expect);
      assert.ok(found.every((f) => f.causes?.length === 0));
    });
  }
});
