import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ALL_RULES, PROJECT_RULES, WORKBOOK_RULES } from "../../../src/core/rules";
import Ajv from "ajv";
import { placeholders } from "../../../src/core/rules/messages";
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
  NOT_CALCULATED: "warning",
  DUPLICATE_PROJECT: "warning",
  YEAR_MISMATCH: "warning",
  // Second set: what reviewers check (NOT_CALCULATED belongs to the issue on damaging workbooks).
  REVERSE_PROPORTION: "warning",
  OVER_TARGET_FULL_SCORE: "info",
  ACTUAL_NOT_MEASURED: "warning",
  LOW_EXEC_FULL_MARKS: "info",
  PLACEHOLDER_TEXT: "warning",
  MISSING_LEVEL1: "warning",
  STATED_WEIGHT: "error",
  LEVEL1_WEIGHTS: "info",
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
      assert.match(rule.id, /^[A-Z]+[0-9]*(_[A-Z]+[0-9]*)*$/);
      assert.ok(rule.meta.docs.description.zh.trim().length > 0, rule.id);
    }
  });

  it("documents every rule next to its code, in Chinese and English (rules.md)", () => {
    const CHINESE = /[\u4e00-\u9fff]/;
    for (const rule of ALL_RULES) {
      const { name, description, rationale, source, examples } = rule.meta.docs;
      for (const [what, text] of Object.entries({ name, description, rationale, source, invalid: examples.invalid, valid: examples.valid })) {
        assert.match(text.zh, CHINESE, `${rule.id} ${what} (zh)`);
        assert.ok(text.en.trim().length > 0, `${rule.id} ${what} (en)`);
      }
      assert.ok(!description.zh.includes("\n") && !description.en.includes("\n"), `${rule.id}: the description is one line`);
    }
  });

  it("has every message in both languages with the same placeholders", () => {
    for (const rule of ALL_RULES) {
      assert.ok(Object.keys(rule.meta.messages).length > 0, rule.id);
      for (const [id, message] of Object.entries(rule.meta.messages)) {
        assert.ok(message.zh.trim() && message.en.trim(), `${rule.id}.${id}`);
        assert.deepEqual(placeholders(message.en), placeholders(message.zh), `${rule.id}.${id}`);
      }
    }
  });

  it("gives every option a default its own schema accepts", () => {
    const ajv = new Ajv({ strict: true });
    for (const rule of ALL_RULES) {
      for (const [name, option] of Object.entries(rule.meta.options ?? {})) {
        assert.ok(ajv.validate(option.schema, option.default), `${rule.id}.${name}: ${ajv.errorsText()}`);
        assert.ok(option.description.zh && option.description.en, `${rule.id}.${name}`);
      }
    }
  });

  it("fixes exactly the findings whose right value follows from the sheet (rules.md, Fixes)", () => {
    const fixable = ALL_RULES.filter((r) => r.meta.fixable).map((r) => r.id).sort();
    assert.deepEqual(fixable, ["EXEC_RATE", "EXEC_SCORE", "FUND_SUM", "GRADE", "STATED_WEIGHT", "TOTAL_SUM", "WEIGHT_SUM"]);
  });

  it("runs each rule after the rules whose corrections it reads (rules.md, Causes: dependency order)", () => {
    // corrector → the rules that read a cell it corrects (or, for GRADE, its finding).
    const READS: Record<string, string[]> = {
      FUND_SUM: ["EXEC_RATE", "EXEC_SCORE", "EXEC_OVER_BUDGET"],
      EXEC_RATE: ["EXEC_SCORE", "LOW_EXEC_FULL_MARKS"],
      EXEC_SCORE: ["TOTAL_SUM"],
      SCORE_RANGE: ["TOTAL_SUM", "DEDUCTION_REASON", "QUALITATIVE_BAND", "LOW_EXEC_FULL_MARKS", "TARGET_UNMET_FULL_SCORE", "QUANT_PROPORTION", "REVERSE_PROPORTION", "OVER_TARGET_FULL_SCORE"],
      WEIGHT_SUM: ["GRADE"],
      TOTAL_SUM: ["GRADE"],
    };
    const at = (id: string) => PROJECT_RULES.findIndex((r) => r.id === id);
    for (const [corrector, readers] of Object.entries(READS)) {
      assert.ok(PROJECT_RULES[at(corrector)].meta.corrects, corrector);
      for (const reader of readers) assert.ok(at(corrector) < at(reader), `${corrector} runs before ${reader}`);
    }
    const correctors = PROJECT_RULES.filter((r) => r.meta.corrects).map((r) => r.id).sort();
    assert.deepEqual(correctors, Object.keys(READS).sort());
  });

  it("has a test file for every rule", () => {
    const missing = ALL_RULES.map((r) => `${camelCase(r.id)}.test.ts`).filter((file) => !fs.existsSync(path.join(__dirname, file)));
    assert.deepEqual(missing, []);
  });
});
