import { FakeCustomFunctionsError, installFakeRuntime } from "./fakeRuntime"; // installs the CustomFunctions global first
import { strict as assert } from "assert";
import { spawnSync } from "child_process";
import * as path from "path";
import * as perf from "../../src/functions/functions";
import { spreadsheetError } from "../../src/functions/arguments";
import { seedForms, packageRoot } from "../fixtures/seedForms";

type Name = "EXECRATE" | "EXECSCORE" | "PERFGRADE" | "TARGETMET" | "INDSCORE";
type ErrorCode = "#DIV/0!" | "#VALUE!" | "#NUM!" | "#N/A";
type Expected = number | string | boolean | { error: ErrorCode; message?: RegExp };

interface Case {
  call: [Name, ...unknown[]];
  expect: Expected;
  why: string;
}

/** Calls a PERF function the way Excel does: whatever it throws is the cell's error. */
function run([name, ...args]: Case["call"]): { value: unknown } | { thrown: unknown } {
  const fn = perf[name] as (...a: unknown[]) => unknown;
  try {
    return { value: fn(...args) };
  } catch (thrown) {
    return { thrown };
  }
}

function show(call: Case["call"]): string {
  const [name, ...args] = call;
  return `${name}(${args.map((a) => JSON.stringify(a) ?? "undefined").join(", ")})`;
}

function check(c: Case): void {
  const outcome = run(c.call);
  if (typeof c.expect === "object") {
    assert.ok("thrown" in outcome, `${show(c.call)} returned ${JSON.stringify((outcome as { value: unknown }).value)}, expected ${c.expect.error}`);
    const error = outcome.thrown;
    assert.ok(error instanceof FakeCustomFunctionsError, `${show(c.call)} threw ${String(error)}, not a CustomFunctions.Error`);
    assert.equal(error.code, c.expect.error, show(c.call));
    if (c.expect.error === "#VALUE!" || c.expect.error === "#N/A") {
      assert.ok(error.message && error.message.length > 0, `${show(c.call)}: ${c.expect.error} should carry a message`);
    }
    if (c.expect.message) assert.match(error.message ?? "", c.expect.message, show(c.call));
  } else {
    assert.ok("value" in outcome, `${show(c.call)} threw ${JSON.stringify((outcome as { thrown: unknown }).thrown)}`);
    assert.strictEqual(outcome.value, c.expect, show(c.call));
  }
}

const VALUE = (message?: RegExp) => ({ error: "#VALUE!" as const, message });
const DIV0 = { error: "#DIV/0!" as const };
const NUM = { error: "#NUM!" as const };
const NA = (message?: RegExp) => ({ error: "#N/A" as const, message });

const CASES: Record<Name, Case[]> = {
  EXECRATE: [
    { call: ["EXECRATE", 224.67, 223.74], expect: 99.59, why: "seed 001-08, rounded" },
    { call: ["EXECRATE", 224.67, 223.74, 2, "trunc"], expect: 99.58, why: "seed 001-08 as printed (the form truncates)" },
    { call: ["EXECRATE", 478.47, 475.32], expect: 99.34, why: "seed 000-01 (domain.md worked example)" },
    { call: ["EXECRATE", 478.47, 475.32, 4], expect: 99.3417, why: "more decimals" },
    { call: ["EXECRATE", 478.47, 475.32, 0], expect: 99, why: "no decimals" },
    { call: ["EXECRATE", 478.47, 475.32, 2.9], expect: 99.34, why: "a fractional decimals is cut, as ROUND does" },
    { call: ["EXECRATE", "2,270.22", "2,270.22"], expect: 100, why: "amounts typed as text with thousands separators" },
    { call: ["EXECRATE", " 478.47 ", "475.32"], expect: 99.34, why: "text with spaces" },
    { call: ["EXECRATE", 100, 105], expect: 105, why: "over-execution is a rate above 100" },
    { call: ["EXECRATE", 0, 0], expect: 0, why: "nothing budgeted, nothing spent" },
    { call: ["EXECRATE", 100, 0], expect: 0, why: "nothing spent" },
    { call: ["EXECRATE", "", ""], expect: 0, why: "blank cells read 0 as in Excel arithmetic" },
    { call: ["EXECRATE", 478.47, 475.32, null, null], expect: 99.34, why: "omitted optionals take their defaults" },
    { call: ["EXECRATE", 478.47, 475.32, undefined, ""], expect: 99.34, why: "blank mode is round" },
    { call: ["EXECRATE", 224.67, 223.74, 2, "TRUNC"], expect: 99.58, why: "mode is case-insensitive" },
    { call: ["EXECRATE", 224.67, 223.74, 2, "截断"], expect: 99.58, why: "mode in Chinese: 截断" },
    { call: ["EXECRATE", 224.67, 223.74, 2, "四舍五入"], expect: 99.59, why: "mode in Chinese: 四舍五入" },
    { call: ["EXECRATE", 0, 5], expect: DIV0, why: "budget 0 but money spent" },
    { call: ["EXECRATE", "", 5], expect: DIV0, why: "blank budget but money spent" },
    { call: ["EXECRATE", "abc", 5], expect: VALUE(/全年预算数/), why: "budget text that is not a number" },
    { call: ["EXECRATE", 100, "约50万"], expect: VALUE(/全年执行数/), why: "executed text that is not a number" },
    { call: ["EXECRATE", true, 5], expect: VALUE(), why: "a boolean is not an amount" },
    { call: ["EXECRATE", -100, 5], expect: VALUE(/负/), why: "negative budget" },
    { call: ["EXECRATE", 100, -5], expect: VALUE(/负/), why: "negative executed" },
    { call: ["EXECRATE", "-100", "5"], expect: VALUE(/负/), why: "negative amount as text" },
    { call: ["EXECRATE", 100, 50, 2, "ceil"], expect: VALUE(/round/), why: "unknown mode" },
    { call: ["EXECRATE", 100, 50, 2, 1], expect: VALUE(), why: "a number is not a mode" },
    { call: ["EXECRATE", 100, 50, 2, "constructor"], expect: VALUE(), why: "no mode from Object.prototype" },
    { call: ["EXECRATE", 100, 50, -1], expect: NUM, why: "negative decimals" },
    { call: ["EXECRATE", 100, 50, 11], expect: NUM, why: "too many decimals" },
    { call: ["EXECRATE", 100, 50, "two"], expect: VALUE(/小数位数/), why: "decimals that is not a number" },
  ],
  EXECSCORE: [
    { call: ["EXECSCORE", 96.05], expect: 9.61, why: "seed 003-01: 9.605 rounds half-up on the decimal value" },
    { call: ["EXECSCORE", 96.05, 10, "trunc"], expect: 9.6, why: "seed 003-01 as printed (9.60, truncated)" },
    { call: ["EXECSCORE", 96.05, null, "trunc"], expect: 9.6, why: "omitted weight is 10" },
    { call: ["EXECSCORE", 98.67], expect: 9.87, why: "seed 001-09" },
    { call: ["EXECSCORE", 104], expect: 10, why: "a rate above 100 scores the full 分数" },
    { call: ["EXECSCORE", 99.34], expect: 9.93, why: "seed 000-01" },
    { call: ["EXECSCORE", 99.34, 20], expect: 19.87, why: "a weight other than 10" },
    { call: ["EXECSCORE", "99.34%"], expect: 9.93, why: "a rate typed as percent text" },
    { call: ["EXECSCORE", "96.05", "10.00"], expect: 9.61, why: "rate and weight as text" },
    { call: ["EXECSCORE", 0], expect: 0, why: "nothing spent" },
    { call: ["EXECSCORE", -1], expect: VALUE(/负/), why: "negative rate" },
    { call: ["EXECSCORE", "高"], expect: VALUE(/执行率/), why: "rate that is not a number" },
    { call: ["EXECSCORE", 96, -10], expect: VALUE(/负/), why: "negative weight" },
    { call: ["EXECSCORE", 96, "十"], expect: VALUE(/分数/), why: "weight that is not a number" },
    { call: ["EXECSCORE", 96, 10, "up"], expect: VALUE(), why: "unknown mode" },
  ],
  PERFGRADE: [
    { call: ["PERFGRADE", 87.93], expect: "良", why: "seed 000-01" },
    { call: ["PERFGRADE", 90], expect: "优", why: "90 is 优" },
    { call: ["PERFGRADE", 100], expect: "优", why: "full marks" },
    { call: ["PERFGRADE", 89.999], expect: "良", why: "just below 90" },
    { call: ["PERFGRADE", 80], expect: "良", why: "80 is 良" },
    { call: ["PERFGRADE", 79.99], expect: "中", why: "just below 80" },
    { call: ["PERFGRADE", 60], expect: "中", why: "60 is 中" },
    { call: ["PERFGRADE", 59.99], expect: "差", why: "below 60" },
    { call: ["PERFGRADE", 0], expect: "差", why: "zero" },
    { call: ["PERFGRADE", "87.93"], expect: "良", why: "total as text" },
    { call: ["PERFGRADE", 101], expect: NUM, why: "above 100" },
    { call: ["PERFGRADE", -1], expect: NUM, why: "below 0" },
    { call: ["PERFGRADE", "优秀"], expect: VALUE(/总分/), why: "total that is not a number" },
  ],
  TARGETMET: [
    { call: ["TARGETMET", "≥90.00(%)", "100.00(%)"], expect: true, why: "≥ met" },
    { call: ["TARGETMET", "=42.00(期)", "47.00(期)"], expect: true, why: "= over-achieved counts as met (seed 000-01)" },
    { call: ["TARGETMET", ">=90（%）", 85], expect: false, why: "typed >= with full-width brackets, missed" },
    { call: ["TARGETMET", "<2.00(秒)", "1.5(秒)"], expect: true, why: "< met" },
    { call: ["TARGETMET", "≤5.00(%)", "6.00(%)"], expect: false, why: "≤ missed" },
    { call: ["TARGETMET", "=0(起)", "1(起)"], expect: false, why: "=0 is a ceiling (rules.md): above 0 is a miss" },
    { call: ["TARGETMET", "85(%)", "85%"], expect: true, why: "no operator reads as ≥" },
    { call: ["TARGETMET", 90, 89.99], expect: false, why: "numeric target and actual" },
    { call: ["TARGETMET", "＞90", 90], expect: false, why: "full-width > is strict" },
    { call: ["TARGETMET", "及时", "达成指标"], expect: NA(/定性/), why: "qualitative target" },
    { call: ["TARGETMET", "≥90.00(%)", "达成指标"], expect: VALUE(/不是数值/), why: "a qualitative level is not a number" },
    { call: ["TARGETMET", "≥90.00(%)", "基本完成"], expect: VALUE(/不是数值/), why: "actual text that is not a number" },
    { call: ["TARGETMET", "≥90.00(%)", null], expect: VALUE(/实际完成值/), why: "blank actual" },
    { call: ["TARGETMET", "", 5], expect: VALUE(/年度指标值/), why: "blank target" },
  ],
  INDSCORE: [
    { call: ["INDSCORE", "≥5(人)", "2(人)", 2], expect: 0.8, why: "missed: 2 × 2 / 5" },
    { call: ["INDSCORE", "及时", "部分达成指标并具有一定效果", 10], expect: 8, why: "qualitative, partly achieved: at most 80 %" },
    { call: ["INDSCORE", "及时", "达成指标", 10], expect: 10, why: "qualitative, achieved" },
    { call: ["INDSCORE", "及时", "未达成指标且效果较差", 10], expect: 6, why: "qualitative, not achieved: at most 60 %" },
    { call: ["INDSCORE", "≥90.00(%)", "100.00(%)", 10], expect: 10, why: "met target → full weight" },
    { call: ["INDSCORE", "=42.00(期)", "47.00(期)", 10], expect: 10, why: "over-achieved = target → full weight (deduction is a judgement)" },
    { call: ["INDSCORE", "≤2(秒)", "3(秒)", 10], expect: 5, why: "downward target missed: 10 × (1 − (3 − 2) / 2), the deployed 反向指标 rule" },
    { call: ["INDSCORE", "≤2(秒)", "4(秒)", 10], expect: 0, why: "downward target missed by twice the target: 0" },
    { call: ["INDSCORE", "=0(起)", "1(起)", 5], expect: 0, why: "=0 is a ceiling: any accident scores 0" },
    { call: ["INDSCORE", "=0(起)", "0(起)", 5], expect: 5, why: "=0 met" },
    { call: ["INDSCORE", ">=90", 85, "5"], expect: 4.72, why: "weight as text, proportional score rounded" },
    { call: ["INDSCORE", "及时", "很好", 10], expect: VALUE(/定性/), why: "qualitative target with a free-text actual" },
    { call: ["INDSCORE", "≥5", "abc", 2], expect: VALUE(/不是数值/), why: "quantitative target, actual not a number" },
    { call: ["INDSCORE", "≥5(人)", "2(人)", -1], expect: VALUE(/负/), why: "negative weight" },
    { call: ["INDSCORE", "≥5(人)", "2(人)", "两分"], expect: VALUE(/分值/), why: "weight that is not a number" },
    { call: ["INDSCORE", null, "2(人)", 2], expect: VALUE(/年度指标值/), why: "blank target" },
    { call: ["INDSCORE", "≥5(人)", "", 2], expect: VALUE(/实际完成值/), why: "blank actual" },
  ],
};

describe("PERF custom functions", () => {
  before(installFakeRuntime);

  for (const [name, cases] of Object.entries(CASES)) {
    describe(name, () => {
      for (const c of cases) {
        const expected = typeof c.expect === "object" ? c.expect.error : JSON.stringify(c.expect);
        it(`${show(c.call)} → ${expected}: ${c.why}`, () => check(c));
      }
    });
  }

  // 0.83 × 10 is 8.299999999999999 as a float (seed 000-03) and 0.999 × 10 is 9.990000000000002:
  // the cell must show the decimal value, not the float (core/numbers.ts roundDecimal).
  it("EXECSCORE(83) is exactly 8.3 and EXECSCORE(99.9) exactly 9.99 (seeds 000-03, 001-05)", () => {
    assert.strictEqual(perf.EXECSCORE(83), 8.3);
    assert.strictEqual(perf.EXECSCORE(99.9), 9.99);
  });

  it("covers every error of domain.md's function table", () => {
    const seen = new Set(
      Object.values(CASES)
        .flat()
        .map((c) => (typeof c.expect === "object" ? `${c.call[0]} ${c.expect.error}` : "")),
    );
    for (const required of ["EXECRATE #DIV/0!", "EXECRATE #VALUE!", "PERFGRADE #NUM!", "TARGETMET #N/A", "TARGETMET #VALUE!"]) {
      assert.ok(seen.has(required), `no case for ${required}`);
    }
  });

  it("maps every core error to its CustomFunctions.ErrorCode and keeps the message", () => {
    const pairs: [ErrorCode, string][] = [
      ["#DIV/0!", "#DIV/0!"],
      ["#VALUE!", "#VALUE!"],
      ["#NUM!", "#NUM!"],
      ["#N/A", "#N/A"],
    ];
    for (const [core, code] of pairs) {
      const e = spreadsheetError({ error: core, message: "说明" });
      assert.ok(e instanceof FakeCustomFunctionsError);
      assert.equal(e.code, code);
      assert.equal(e.message, "说明");
    }
  });

  it("loads in Node without the CustomFunctions global (it is read only when a function runs)", () => {
    const root = packageRoot();
    const script = `require(${JSON.stringify(path.join(root, "src/functions/functions.ts"))}); process.stdout.write(typeof CustomFunctions);`;
    const r = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", "-e", script], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, TS_NODE_PROJECT: path.join(root, "tsconfig.json") },
    });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, "undefined");
  });
});

describe("EXECRATE on the seed forms", () => {
  before(installFakeRuntime);
  const forms = seedForms();
  // Forms whose printed 执行率 is the truncated, not the rounded, 执行数 / 预算数 (notes in the seeds).
  const TRUNCATING = ["000-04", "000-07", "001-01", "001-08", "001-18", "002-02", "002-05", "002-06", "002-07", "003-02", "003-05", "004-06"];

  it("has the 44 forms", () => assert.equal(forms.length, 44));

  for (const form of forms) {
    const [, budget, executed, , rate] = form.funds.total;
    it(`${form.id}: EXECRATE(${budget}, ${executed}) gives the printed ${rate} within 0.01, rounded or truncated`, () => {
      const printed = Number(rate.replace(/,/g, ""));
      const rounded = perf.EXECRATE(budget, executed);
      const truncated = perf.EXECRATE(budget, executed, 2, "trunc");
      const off = Math.min(Math.abs(rounded - printed), Math.abs(truncated - printed));
      assert.ok(off <= 0.01 + 1e-9, `rounded ${rounded}, truncated ${truncated}, printed ${printed}`);
    });
  }

  it("finds exactly the forms that truncate", () => {
    const truncating = forms
      .filter((form) => {
        const [, budget, executed, , rate] = form.funds.total;
        const printed = Number(rate);
        return perf.EXECRATE(budget, executed) !== printed && perf.EXECRATE(budget, executed, 2, "trunc") === printed;
      })
      .map((form) => form.id);
    assert.deepEqual(truncating, TRUNCATING);
  });
});
