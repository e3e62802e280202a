import { strict as assert } from "assert";
import { ConfigError } from "../../src/core/config";
import { ALL_RULES } from "../../src/core/rules";
import { SettingsState } from "../../src/taskpane/settingsModel";

describe("the 设置 tab's model", () => {
  it("shows every rule at its profile's level, and an empty document for no change", () => {
    const state = new SettingsState(undefined, "zh");
    assert.deepEqual(state.rows.map((r) => r.id), ALL_RULES.map((r) => r.id));
    assert.ok(state.rows.every((r) => r.level === "default" && r.options.every((o) => o.text === "")));
    assert.equal(state.effectiveLevel("LEVEL1_WEIGHTS"), "info");
    assert.deepEqual({ ...state.toDocument() }, {});
  });

  it("reads a stored document and writes back only what differs", () => {
    const state = new SettingsState({ profile: "review", rules: { GRADE: "off", LOW_EXEC_FULL_MARKS: ["warning", { below: 85 }], MISSING_LEVEL1: ["warning", { optional: ["满意度指标", "效益指标"] }] } }, "zh");
    assert.equal(state.row("GRADE").level, "off");
    assert.equal(state.row("LOW_EXEC_FULL_MARKS").options[0].text, "85");
    assert.equal(state.row("MISSING_LEVEL1").options[0].text, "满意度指标、效益指标");
    assert.equal(state.effectiveLevel("OVER_TARGET_FULL_SCORE"), "warning", "the review profile raises it");
    state.row("GRADE").level = "default";
    state.row("UNIT_MISSING").level = "info";
    state.row("MISSING_LEVEL1").options[0].text = "满意度指标，效益指标";
    const doc = JSON.parse(JSON.stringify(state.toDocument()));
    assert.deepEqual(doc, {
      profile: "review",
      rules: { LOW_EXEC_FULL_MARKS: ["warning", { below: 85 }], MISSING_LEVEL1: ["warning", { optional: ["满意度指标", "效益指标"] }], UNIT_MISSING: "info" },
    });
  });

  it("keeps the profile's level when only an option changes", () => {
    const state = new SettingsState(undefined, "en");
    state.row("OVER_TARGET_FULL_SCORE").options[0].text = " 1.5 ";
    assert.deepEqual(JSON.parse(JSON.stringify(state.toDocument("en"))), { rules: { OVER_TARGET_FULL_SCORE: ["info", { ratio: 1.5 }] } });
    assert.equal(state.row("EXEC_RATE").name, "Execution rate");
  });

  it("refuses what the configuration refuses, in one line", () => {
    const state = new SettingsState(undefined, "zh");
    state.row("LOW_EXEC_FULL_MARKS").options[0].text = "八十";
    assert.throws(() => state.toDocument(), (e: unknown) => e instanceof ConfigError && e.message === "规则 LOW_EXEC_FULL_MARKS 的选项 below 应为数字");
  });
});
