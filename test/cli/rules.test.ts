/** `perfeval rules`: the rule catalogue in text, JSON and Markdown; docs/rules.md is its Markdown. */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { ALL_RULES } from "../../src/core/rules";
import { packageRoot } from "../fixtures/seedForms";
import { perfeval } from "./helpers";

describe("perfeval rules", () => {
  it("lists every rule with description, source, severity and options as JSON", async () => {
    const r = await perfeval(["rules", "--format", "json"]);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, "");
    const { rules, profiles } = JSON.parse(r.stdout);
    assert.deepEqual(rules.map((x: { id: string }) => x.id), ALL_RULES.map((x) => x.id));
    for (const rule of rules) {
      for (const key of ["name", "description", "rationale", "source"]) assert.ok(typeof rule[key] === "string" && rule[key].length > 0, `${rule.id}.${key}`);
      assert.ok(["error", "warning", "info"].includes(rule.severity), rule.id);
      assert.ok(Array.isArray(rule.options), rule.id);
      assert.equal(typeof rule.examples.invalid, "string");
    }
    const low = rules.find((x: { id: string }) => x.id === "LOW_EXEC_FULL_MARKS");
    assert.deepEqual(low.options.map((o: { name: string; default: unknown }) => [o.name, o.default]), [["below", 80]]);
    assert.deepEqual(profiles.map((p: { name: string }) => p.name), ["national", "review"]);
  });

  it("prints in English with --lang en", async () => {
    const { rules } = JSON.parse((await perfeval(["rules", "--format", "json", "--lang", "en"])).stdout);
    assert.equal(rules.find((x: { id: string }) => x.id === "EXEC_RATE").name, "Execution rate");
  });

  it("prints docs/rules.md and docs/rules.en.md exactly, as Markdown", async () => {
    const zh = await perfeval(["rules", "--format", "markdown"]);
    assert.equal(zh.stdout, fs.readFileSync(path.join(packageRoot(), "docs", "rules.md"), "utf8"));
    const en = await perfeval(["rules", "--format", "markdown", "--lang", "en"]);
    assert.equal(en.stdout, fs.readFileSync(path.join(packageRoot(), "docs", "rules.en.md"), "utf8"));
  });

  it("prints one line per rule as text, with its options below it", async () => {
    const r = await perfeval(["rules"]);
    const lines = r.stdout.trimEnd().split("\n");
    for (const rule of ALL_RULES) assert.ok(lines.some((l) => l.startsWith(`${rule.id} `)), rule.id);
    assert.ok(lines.some((l) => /^ +below = 80 +执行率/.test(l)), r.stdout);
    assert.match(r.stdout, /^EXEC_RATE +错误 +执行率：执行率与全年执行数 \/ 全年预算数 不符 +\[可修正\]$/m);
  });

  it("refuses an unknown format with exit 2", async () => {
    const r = await perfeval(["rules", "--format", "html"]);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, "");
  });
});
