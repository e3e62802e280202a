import { strict as assert } from "assert";
import { ALL_RULES } from "../../src/core/rules";
import { ENGLISH_LOCALES, MESSAGES, RULE_LABELS, htmlLang, localeFor, ruleName, setLocale, severityName, t } from "../../src/taskpane/i18n";

describe("task pane strings (i18n)", () => {
  afterEach(() => setLocale("zh"));

  it("has the same keys in the Chinese and English tables", () => {
    assert.deepEqual(Object.keys(MESSAGES.en).sort(), Object.keys(MESSAGES.zh).sort());
  });

  it("has no empty string in either table", () => {
    for (const [locale, table] of Object.entries(MESSAGES)) {
      for (const [key, text] of Object.entries(table)) assert.ok(text.trim().length > 0, `${locale} ${key} is empty`);
    }
  });

  it("uses the same {placeholders} in both languages", () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(MESSAGES.zh) as (keyof typeof MESSAGES.zh)[]) {
      assert.deepEqual(names(MESSAGES.en[key]), names(MESSAGES.zh[key]), key);
    }
  });

  it("names every rule of the registry in both languages", () => {
    for (const rule of ALL_RULES) {
      assert.ok(RULE_LABELS.zh[rule.id]?.trim(), `zh name of ${rule.id}`);
      assert.ok(RULE_LABELS.en[rule.id]?.trim(), `en name of ${rule.id}`);
    }
    assert.deepEqual(Object.keys(RULE_LABELS.en).sort(), Object.keys(RULE_LABELS.zh).sort());
  });

  it("speaks Chinese by default and English when Office's display language is English", () => {
    assert.equal(localeFor(undefined), "zh");
    assert.equal(localeFor("zh-CN"), "zh");
    assert.equal(localeFor("fr-FR"), "zh");
    assert.equal(localeFor("en-US"), "en");
    assert.equal(localeFor("EN-gb"), "en");
  });

  it("switches to English only for the English locales the manifest overrides (an en-AU ribbon stays Chinese too)", () => {
    assert.deepEqual(ENGLISH_LOCALES, ["en-US", "en-GB"]);
    assert.equal(localeFor("en-AU"), "zh");
    assert.equal(localeFor("en"), "zh");
  });

  it("shows rule and severity names in the current language", () => {
    assert.equal(ruleName("EXEC_RATE"), "执行率");
    assert.deepEqual(["error", "warning", "info"].map((s) => severityName(s as "error")), ["错误", "警告", "提示"]);
    assert.equal(htmlLang(), "zh-CN");
    setLocale("en");
    assert.equal(ruleName("EXEC_RATE"), "Execution rate");
    assert.equal(severityName("warning"), "Warning");
    assert.equal(htmlLang(), "en");
  });

  it("falls back to the rule id for a rule it does not know", () => {
    assert.equal(ruleName("NEW_RULE"), "NEW_RULE");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    assert.equal(t("check.stage.check", { done: 12, total: 44 }), "检查 12/44");
    assert.equal(t("check.cleared", { count: 3 }), "已恢复 3 个单元格的原有填充");
    assert.equal(t("check.stage.check", { done: 1 }), "检查 1/{total}");
  });
});
