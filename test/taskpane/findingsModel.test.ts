import { strict as assert } from "assert";
import { CheckResult, checkGrids } from "../../src/core/check";
import type { Finding } from "../../src/core/model";
import {
  ALL_SHOWN,
  FindingsState,
  counts,
  filterBySeverity,
  groupBySheet,
  outcomeOf,
  progressText,
  progressValue,
  summarize,
} from "../../src/taskpane/findingsModel";
import { setLocale } from "../../src/taskpane/i18n";
import { seedSheets, specGrid } from "../fixtures/layouts";
import { seedForms } from "../fixtures/seedForms";

const f = (sheet: string, cell: string, severity: Finding["severity"], rule = "EXEC_RATE"): Finding => ({
  rule,
  severity,
  sheet,
  cell,
  message: `${rule} at ${cell}`,
});

const other = (name: string) => ({ name, kind: "other" as const });

describe("findings model of the 检查 tab", () => {
  const findings = [f("甲", "G6", "error"), f("甲", "H14", "warning"), f("乙", "B3", "info"), f("甲", "G20", "error")];

  it("counts findings by severity", () => {
    assert.deepEqual(counts(findings), { error: 2, warning: 1, info: 1 });
    assert.deepEqual(counts([]), { error: 0, warning: 0, info: 0 });
  });

  it("keeps only the severities the filter lets through, in order", () => {
    assert.deepEqual(filterBySeverity(findings, ALL_SHOWN), findings);
    assert.deepEqual(
      filterBySeverity(findings, { error: true, warning: false, info: false }).map((x) => x.cell),
      ["G6", "G20"],
    );
    assert.deepEqual(filterBySeverity(findings, { error: false, warning: false, info: false }), []);
  });

  it("groups findings by sheet in workbook order, each with its own counts", () => {
    const groups = groupBySheet(findings, ["封面", "乙", "甲"]);
    assert.deepEqual(groups.map((g) => g.sheet), ["乙", "甲"]);
    assert.deepEqual(groups[1].findings.map((x) => x.cell), ["G6", "H14", "G20"]);
    assert.deepEqual(groups[1].counts, { error: 2, warning: 1, info: 0 });
  });

  it("puts sheets missing from the workbook order after the known ones, as met", () => {
    assert.deepEqual(groupBySheet(findings, ["乙"]).map((g) => g.sheet), ["乙", "甲"]);
    assert.deepEqual(groupBySheet(findings).map((g) => g.sheet), ["甲", "乙"]);
  });

  it("tells an empty workbook from a clean one", () => {
    assert.equal(outcomeOf({ sheets: [other("封面")], findings: [] }), "noProjects");
    assert.equal(outcomeOf({ sheets: [], findings: [] }), "noProjects");
    const oneForm = checkGrids(seedSheets(seedForms().slice(0, 1)).map(specGrid));
    const clean: CheckResult = { ...oneForm, findings: [] };
    assert.equal(outcomeOf(clean), "clean");
    assert.equal(outcomeOf({ ...oneForm, findings }), "findings");
  });

  it("summarises the 44 seed forms with the counts of the report", () => {
    const result = checkGrids(seedSheets(seedForms(), { others: true }).map(specGrid));
    const summary = summarize(result);
    assert.equal(summary.projects, 44);
    assert.equal(summary.counts.error + summary.counts.warning + summary.counts.info, result.findings.length);
    const groups = groupBySheet(result.findings, result.sheets.map((s) => s.name));
    assert.equal(groups.reduce((n, g) => n + g.findings.length, 0), result.findings.length);
    assert.ok(groups.every((g) => g.findings.every((x) => x.sheet === g.sheet)));
  });

  it("keeps the filter and the collapsed sheets as view state", () => {
    const state = new FindingsState({ sheets: [other("甲"), other("乙")], findings });
    assert.equal(state.visible.length, 4);
    state.toggle("error", false);
    assert.deepEqual(state.visible.map((x) => x.cell), ["H14", "B3"]);
    assert.deepEqual(state.groups.map((g) => [g.sheet, g.findings.length]), [["甲", 1], ["乙", 1]]);
    assert.deepEqual(state.summary.counts, { error: 2, warning: 1, info: 1 }, "totals do not follow the filter");
    state.setCollapsed("甲", true);
    assert.ok(state.collapsed.has("甲"));
    state.setCollapsed("甲", false);
    assert.ok(!state.collapsed.has("甲"));
  });

  it("keeps the user's filter and collapsed sheets for the next result", () => {
    const first = new FindingsState({ sheets: [], findings });
    first.toggle("info", false);
    first.setCollapsed("甲", true);
    const next = FindingsState.next({ sheets: [], findings: findings.slice(0, 3) }, first);
    assert.deepEqual(next.filter, { error: true, warning: true, info: false });
    assert.ok(next.collapsed.has("甲"));
    assert.deepEqual(next.visible.map((x) => x.cell), ["G6", "H14"]);
    assert.deepEqual(FindingsState.next({ sheets: [], findings }).filter, ALL_SHOWN);
  });

  it("words the progress of each stage", () => {
    setLocale("zh");
    assert.equal(progressText({ stage: "read", done: 0, total: 0 }), "读取工作表…");
    assert.equal(progressText({ stage: "check", done: 12, total: 44 }), "检查 12/44");
    assert.equal(progressText({ stage: "paint", done: 3, total: 10 }), "标记单元格…");
    setLocale("en");
    assert.equal(progressText({ stage: "check", done: 1, total: 2 }), "Checking 1/2");
    setLocale("zh");
  });

  it("makes the progress bar indeterminate when the total is unknown", () => {
    assert.deepEqual(progressValue({ stage: "read", done: 0, total: 0 }), { max: 1 });
    assert.deepEqual(progressValue({ stage: "check", done: 12, total: 44 }), { value: 12, max: 44 });
    assert.deepEqual(progressValue({ stage: "check", done: 50, total: 44 }), { value: 44, max: 44 });
  });
});
