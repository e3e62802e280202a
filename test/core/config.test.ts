/** The configuration (rules.md): profiles, rules on/off, severities, options, and one-line refusals. */
import { strict as assert } from "assert";
import Ajv from "ajv";
import { checkGrids } from "../../src/core/check";
import { DEFAULT_CONFIG, PROFILES, resolveConfig } from "../../src/core/config";
import { configSchema } from "../../src/core/config/schema";
import { ConfigError, parseConfig, parseConfigText } from "../../src/core/config/validate";
import { ALL_RULES } from "../../src/core/rules";
import { formGrid } from "../fixtures/layouts";
import { edit } from "./support/ruleTester";

describe("the configuration", () => {
  it("runs every rule at its catalogue severity with its documented options by default (national)", () => {
    assert.equal(DEFAULT_CONFIG.profile, "national");
    assert.deepEqual(Object.keys(DEFAULT_CONFIG.rules), ALL_RULES.map((r) => r.id));
    for (const rule of ALL_RULES) {
      assert.equal(DEFAULT_CONFIG.rules[rule.id].severity, rule.meta.severity);
      for (const [name, option] of Object.entries(rule.meta.options ?? {})) assert.deepEqual(DEFAULT_CONFIG.rules[rule.id].options[name], option.default);
    }
  });

  it("turns rules off, changes severities and options, keeping the options it does not name", () => {
    const config = resolveConfig([{ rules: { LEVEL1_WEIGHTS: "off", LOW_EXEC_FULL_MARKS: ["warning", { below: 90 }], LEVEL_HIERARCHY: ["warning"], UNIT_MISSING: "info" } }]);
    assert.equal(config.rules.LEVEL1_WEIGHTS, undefined);
    assert.deepEqual(config.rules.LOW_EXEC_FULL_MARKS, { severity: "warning", options: { below: 90 } });
    assert.equal(config.rules.LEVEL_HIERARCHY.severity, "warning");
    assert.equal(config.rules.UNIT_MISSING.severity, "info");
    const partial = resolveConfig([{ rules: { LEVEL1_WEIGHTS: ["info", { output: 60 }] } }]);
    assert.deepEqual(partial.rules.LEVEL1_WEIGHTS.options, { budget: 10, output: 60, effect: 30, satisfaction: 10 });
  });

  it("starts from the profile's defaults, and later documents win rule by rule", () => {
    const review = resolveConfig([{ profile: "review" }]);
    assert.equal(review.profile, "review");
    assert.deepEqual(review.rules.LOW_EXEC_FULL_MARKS, { severity: "warning", options: { below: 90 } });
    assert.equal(review.rules.OVER_TARGET_FULL_SCORE.severity, "warning");
    const layered = resolveConfig([{ profile: "review", rules: { UNIT_MISSING: "off" } }, { rules: { LOW_EXEC_FULL_MARKS: "info" } }]);
    assert.equal(layered.rules.UNIT_MISSING, undefined);
    assert.deepEqual(layered.rules.LOW_EXEC_FULL_MARKS, { severity: "info", options: { below: 90 } });
    for (const p of Object.values(PROFILES)) parseConfig({ rules: p.rules }); // every profile is a valid configuration
  });

  it("changes the check: a rule off is silent, a severity changed is reported so, an option is used", () => {
    const grid = () => [formGrid(edit("002-05"))]; // 14.79 % executed, every indicator at full marks
    const rules = (doc: object) => checkGrids(grid(), {}, { config: resolveConfig([parseConfig(doc)]) }).findings.filter((f) => f.rule === "LOW_EXEC_FULL_MARKS");
    assert.deepEqual(rules({}).map((f) => f.severity), ["info"]);
    assert.deepEqual(rules({ rules: { LOW_EXEC_FULL_MARKS: "off" } }), []);
    assert.deepEqual(rules({ rules: { LOW_EXEC_FULL_MARKS: "warning" } }).map((f) => f.severity), ["warning"]);
    assert.deepEqual(rules({ rules: { LOW_EXEC_FULL_MARKS: ["info", { below: 10 }] } }), []);
  });

  const REFUSED: [string, unknown, RegExp][] = [
    ["an unknown rule id, with the one meant", { rules: { EXEC_RATES: "off" } }, /^未知的规则“EXEC_RATES”，是否为 EXEC_RATE？$/],
    ["an unknown rule id", { rules: { NO_SUCH_THING: "off" } }, /^未知的规则“NO_SUCH_THING”（perfeval rules 列出所有规则）$/],
    ["an unknown severity", { rules: { GRADE: "warn" } }, /^规则 GRADE 的级别“warn”无效（应为 off、error、warning、info 之一）$/],
    ["an unknown severity in an array", { rules: { GRADE: ["fatal"] } }, /^规则 GRADE 的级别“fatal”无效/],
    ["an unknown option", { rules: { LOW_EXEC_FULL_MARKS: ["info", { under: 90 }] } }, /^规则 LOW_EXEC_FULL_MARKS 没有选项“under”（可用：below）$/],
    ["options for a rule that has none", { rules: { GRADE: ["error", {}] } }, /^规则 GRADE 没有选项$/],
    ["an option of the wrong type", { rules: { LOW_EXEC_FULL_MARKS: ["info", { below: "90" }] } }, /^规则 LOW_EXEC_FULL_MARKS 的选项 below 应为数字$/],
    ["an option out of range", { rules: { LOW_EXEC_FULL_MARKS: ["info", { below: 120 }] } }, /^规则 LOW_EXEC_FULL_MARKS 的选项 below 不能大于 100$/],
    ["an option not in its list", { rules: { MISSING_LEVEL1: ["warning", { optional: ["决策指标"] }] } }, /^规则 MISSING_LEVEL1 的选项 optional 应为 产出指标、效益指标、满意度指标 之一$/],
    ["an unknown profile", { profile: "shanghai" }, /^未知的配置方案“shanghai”（可用：national、review）$/],
    ["an unknown setting", { profiles: "national" }, /^未知的配置项“profiles”（可用：profile、rules）$/],
    ["a setting that is neither a level nor a list", { rules: { GRADE: 2 } }, /^规则 GRADE 的设置应为级别/],
    ["rules that are not an object", { rules: ["GRADE"] }, /^“rules”应为对象/],
    ["a document that is not an object", [1, 2], /^配置应为一个 JSON 对象$/],
    ["__proto__ as a rule id", JSON.parse('{"rules":{"__proto__":{"polluted":1}}}'), /^未知的规则“__proto__”/],
  ];
  for (const [what, doc, message] of REFUSED) {
    it(`refuses ${what} with one line`, () => {
      assert.throws(() => parseConfig(doc), (e: unknown) => e instanceof ConfigError && message.test(e.message) && !e.message.includes("\n"));
    });
  }

  it("says the same in English", () => {
    assert.throws(() => parseConfig({ rules: { GRADE: "warn" } }, "en"), { message: 'Rule GRADE: the level "warn" is not one of off, error, warning, info' });
    assert.throws(() => parseConfigText("{ rules: }", "en"), (e: unknown) => e instanceof ConfigError && e.message.startsWith("Not valid JSON ("));
  });

  it("refuses text that is not JSON in one line", () => {
    assert.throws(() => parseConfigText('{"rules": {"GRADE": "off",}}'), (e: unknown) => e instanceof ConfigError && /^不是有效的 JSON（/.test(e.message) && !e.message.includes("\n"));
    assert.deepEqual({ ...parseConfigText('\uFEFF{"rules": {"GRADE": "off"}}').rules }, { GRADE: "off" });
  });

  it("pollutes no prototype and keeps no prototype in what it accepts", () => {
    const doc = parseConfig(JSON.parse('{"profile":"national","rules":{"LEVEL1_WEIGHTS":["info",{"output":60}]}}'));
    assert.equal(Object.getPrototypeOf(doc), null);
    assert.equal(Object.getPrototypeOf(doc.rules), null);
    assert.throws(() => parseConfig(JSON.parse('{"__proto__":{"x":1}}')), /未知的配置项“__proto__”/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).x, undefined);
  });

  it("decides as ajv does with the schema itself (the generated validator is the schema's)", () => {
    const ajv = new Ajv({ strict: true, strictTuples: false });
    const validate = ajv.compile(configSchema());
    const docs: unknown[] = [{}, { profile: "review" }, ...REFUSED.map(([, doc]) => doc), { rules: { LOW_EXEC_FULL_MARKS: ["info", { below: 50 }], GRADE: ["off"] } }, { $schema: "./schema/config.schema.json" }];
    for (const doc of docs) {
      let accepted = true;
      try {
        parseConfig(doc);
      } catch {
        accepted = false;
      }
      assert.equal(accepted, validate(JSON.parse(JSON.stringify(doc))), JSON.stringify(doc));
    }
  });
});
