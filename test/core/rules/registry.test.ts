import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ALL_RULES, PROJECT_RULES, WORKBOOK_RULES } from "../../../src/core/rules";
import { isWorkbookRule } from "../../../src/core/rules/rule";

// The tables of ../shared/spec/rules.md, copied by hand: a change there must be a change here.
const RULES_MD: Record<string, "error" | "warning" | "info"> = {
  REQUIRED_FIELD: "error",
  FUND_SUM: "error",
  EXEC_RATE: "error",
  EXEC_SCORE: "error",
  BUDGET_WEIGHT: "warning",
  EXEC_OVER_BUDGET: "warning",
  LEVEL_HIERARCHY: "error",
  SCORE_RANGE: "error",
  WEIGHT_SUM: "error",
  TOTAL_SUM: "error",
  GRADE: "error",
  DEDUCTION_REASON: "warning",
  TARGET_UNMET_FULL_SCORE: "warning",
  QUANT_PROPORTION: "warning",
  QUALITATIVE_BAND: "warning",
  UNIT_MISMATCH: "warning",
  UNIT_MISSING: "warning",
  DUPLICATE_PROJECT: "warning",
  YEAR_MISMATCH: "warning",
};
const ACROSS_THE_WORKBOOK = ["DUPLICATE_PROJECT", "YEAR_MISMATCH"];

const camelCase = (id: string) => id.toLowerCase().replace(/_([a-z])/g, (_, ch: string) => ch.toUpperCase());

describe("the rule registry", () => {
  it("gives every rule a unique id", () => {
    const ids = ALL_RULES.map((r) => r.id);
    assert.deepEqual([...new Set(ids)], ids);
    assert.equal(ALL_RULES.length, PROJECT_RULES.length + WORKBOOK_RULES.length);
  });

  it("holds every rule of rules.md with the severity rules.md gives it", () => {
    const registered = Object.fromEntries(ALL_RULES.map((r) => [r.id, r.meta.severity]));
    for (const [id, severity] of Object.entries(RULES_MD)) assert.equal(registered[id], severity, id);
  });

  it("adds nothing but info rules to rules.md", () => {
    const extra = ALL_RULES.filter((r) => !(r.id in RULES_MD));
    assert.deepEqual(extra.filter((r) => r.meta.severity !== "info").map((r) => r.id), []);
  });

  it("runs the across-the-workbook rules on the workbook and the others per sheet", () => {
    for (const rule of ALL_RULES) assert.equal(isWorkbookRule(rule), ACROSS_THE_WORKBOOK.includes(rule.id), rule.id);
  });

  it("describes every rule and spells ids in SCREAMING_SNAKE_CASE", () => {
    for (const rule of ALL_RULES) {
      assert.match(rule.id, /^[A-Z]+(_[A-Z]+)*$/);
      assert.ok(rule.meta.docs.description.zh.trim().length > 0, rule.id);
    }
  });

  it("has a test file for every rule", () => {
    const missing = ALL_RULES.map((r) => `${camelCase(r.id)}.test.ts`).filter((file) => !fs.existsSync(path.join(__dirname, file)));
    assert.deepEqual(missing, []);
  });
});
