/**
 * The workbench's models without the DOM: the list's order and 上一条/下一条, the rule filter, the
 * words of 改为 and of the status line, errors in the pane's language, the own-writes filter, and
 * the checks before a field is pointed.
 */
import { strict as assert } from "assert";
import { checkGrids } from "../../src/core/check";
import type { Grid } from "../../src/core/grid";
import type { Finding } from "../../src/core/model";
import { SheetProtectedError } from "../../src/host/errors";
import { pointingProblem } from "../../src/host/pointing";
import { describeError } from "../../src/taskpane/errors";
import { FindingsState, bySeverity, doneText, findingKey, fixText, mappedFields, ruleCounts } from "../../src/taskpane/findingsModel";
import { contentText } from "../../src/taskpane/fixesView";
import { setLocale, t } from "../../src/taskpane/i18n";
import { OwnWrites } from "../../src/taskpane/staleness";
import { seedSheets, specGrid } from "../fixtures/layouts";
import { seedForms } from "../fixtures/seedForms";

const f = (sheet: string, cell: string, severity: Finding["severity"], rule = "EXEC_RATE", extra: Partial<Finding> = {}): Finding => ({
  rule, severity, sheet, cell, message: `${rule} at ${cell}`, ...extra,
});
const other = (name: string) => ({ name, kind: "other" as const });

describe("the 检查 list as a workbench", () => {
  afterEach(() => setLocale("zh"));
  // Report order: by sheet, then row: a warning in row 6 stands before an error in row 20.
  const findings = [f("甲", "G6", "warning", "EXEC_OVER_BUDGET"), f("甲", "H14", "info", "LEVEL1_WEIGHTS"), f("甲", "G20", "error", "TOTAL_SUM"), f("乙", "B3", "info", "LEVEL1_WEIGHTS"), f("乙", "C9", "error")];
  const state = () => new FindingsState({ sheets: [other("甲"), other("乙")], findings });

  it("lists errors first, then warnings, then 提示, within each sheet, keeping the row order inside each", () => {
    assert.deepEqual(bySeverity(findings).map((x) => x.cell), ["G20", "C9", "G6", "H14", "B3"]);
    assert.deepEqual(state().groups.map((g) => [g.sheet, g.findings.map((x) => x.cell)]), [["甲", ["G20", "G6", "H14"]], ["乙", ["C9", "B3"]]]);
  });

  it("goes through every shown finding with 下一条, collapsed sheets included, and stops at the ends", () => {
    const s = state();
    s.setCollapsed("乙", true);
    const seen = [s.move(1), s.move(1), s.move(1), s.move(1), s.move(1), s.move(1)].map((x) => x!.cell);
    assert.deepEqual(seen, ["G20", "G6", "H14", "C9", "B3", "B3"]);
    assert.deepEqual(s.position, { at: 5, of: 5 });
    assert.equal(s.move(-1)!.cell, "C9");
    const fresh = state();
    assert.equal(fresh.move(-1)!.cell, "B3", "上一条 with none current starts at the last");
  });

  it("filters by rule as well as by severity, and 下一条 follows the filters", () => {
    const s = state();
    const rules = ruleCounts(findings);
    assert.deepEqual(rules[0], { rule: "LEVEL1_WEIGHTS", name: "一级指标权重", count: 2 }, "most findings first");
    assert.deepEqual(rules.slice(1).map((r) => r.count), [1, 1, 1]);
    assert.deepEqual(new Set(rules.map((r) => r.rule)), new Set(["LEVEL1_WEIGHTS", "EXEC_OVER_BUDGET", "EXEC_RATE", "TOTAL_SUM"]));
    s.rule = "LEVEL1_WEIGHTS";
    assert.deepEqual(s.visible.map((x) => x.cell), ["H14", "B3"]);
    assert.deepEqual([s.move(1)!.cell, s.move(1)!.cell], ["H14", "B3"]);
    s.toggle("info", false);
    assert.deepEqual(s.position, { at: 0, of: 0 });
    assert.equal(s.move(1), undefined);
  });

  it("keeps the current finding, the rule filter and the stale sheets' meaning across a re-check", () => {
    const s = state();
    s.move(1);
    s.rule = "TOTAL_SUM";
    const next = FindingsState.next({ sheets: [other("甲"), other("乙")], findings }, s);
    assert.equal(next.current, findingKey(findings[2]));
    assert.equal(next.rule, "TOTAL_SUM");
    const gone = FindingsState.next({ sheets: [other("甲")], findings: findings.slice(0, 2) }, s);
    assert.equal(gone.current, undefined, "a finding fixed since is no longer current");
    assert.equal(gone.rule, null, "a rule with no finding left filters nothing");
  });

  it("says which findings were read from a field the user pointed (映射)", () => {
    const mapping = { 甲: { totalScore: "G20" } };
    assert.deepEqual(mappedFields(findings[2], mapping), ["totalScore"]);
    assert.deepEqual(mappedFields(f("甲", "H9", "error", "TOTAL_SUM", { related: ["G20"] }), mapping), ["totalScore"]);
    assert.deepEqual(mappedFields(findings[0], mapping), []);
    assert.deepEqual(mappedFields(findings[3], mapping), []);
  });

  it("words 改为 as the clerk reads the cell: the fraction of a percentage cell as a percentage", () => {
    assert.equal(fixText(f("甲", "G6", "error", "EXEC_RATE", { expected: 95.22, fix: { cell: "G6", value: 0.9522 } })), "95.22%");
    assert.equal(fixText(f("甲", "G6", "error", "EXEC_RATE", { expected: 95.22, fix: { cell: "G6", value: 95.22 } })), "95.22");
    assert.equal(fixText(f("甲", "C20", "error", "GRADE", { expected: "良", fix: { cell: "C20", value: "良" } })), "良");
    assert.equal(fixText(findings[0]), undefined);
    assert.equal(contentText({ entry: 0.93, numberFormat: "0.00%" }), "93.00%");
    assert.equal(contentText({ entry: 85.27, numberFormat: "General" }), "85.27");
    assert.equal(contentText({ entry: "", numberFormat: "General" }), t("fix.empty"));
    assert.equal(contentText({ entry: "=SUM(C7:C9)", numberFormat: "General" }), "=SUM(C7:C9)");
  });

  it("never says 错误 0 above 没有找到自评表: the status follows the list's outcome", () => {
    assert.equal(doneText({ sheets: [other("封面")], findings: [] }), t("check.doneNoProjects"));
    const one = checkGrids(seedSheets(seedForms().slice(0, 1)).map(specGrid));
    assert.equal(doneText({ ...one, findings: [] }), t("check.doneClean", { projects: 1 }));
    assert.equal(doneText({ ...one, findings }), t("check.done", { errors: 2, warnings: 1, infos: 2 }));
  });
});

describe("errors in the pane's language", () => {
  afterEach(() => setLocale("zh"));
  const excel = (code: string, message: string) => Object.assign(new Error(message), { code });

  it("says in Chinese what happened and what to do, and keeps Excel's own words under 详细信息", () => {
    const shown = describeError(excel("GeneralException", "The request failed with status code of 500"));
    assert.deepEqual(shown, { text: t("error.server", { status: "500" }), detail: "GeneralException: The request failed with status code of 500" });
    assert.match(shown.text, /服务器返回 500/);
    assert.deepEqual(describeError(excel("AccessDenied", "Access denied.")), { text: t("error.accessDenied"), detail: "AccessDenied: Access denied." });
    assert.equal(describeError(excel("InvalidOperationInCellEditMode", "Cell edit mode")).text, t("error.cellEdit"));
    assert.equal(describeError(excel("SomethingNew", "Whatever")).text, t("error.generic"));
    assert.deepEqual(describeError(new Error("boom")), { text: t("error.pane"), detail: "boom" });
    assert.deepEqual(describeError(new SheetProtectedError("项目甲")).text, t("error.protected", { sheet: "项目甲" }));
  });

  it("keeps the add-in's own Chinese errors as they are in a Chinese pane, and words them in English in an English one", () => {
    assert.deepEqual(describeError(new Error("工作簿中没有找到自评表，无法生成汇总表")), { text: "工作簿中没有找到自评表，无法生成汇总表" });
    setLocale("en");
    const shown = describeError(new Error("工作簿中没有找到自评表，无法生成汇总表"));
    assert.equal(shown.text, t("error.pane"));
    assert.doesNotMatch(shown.text, /[\u4e00-\u9fff]/);
    assert.equal(describeError(excel("GeneralException", "The request failed with status code of 503")).text, t("error.server", { status: "503" }));
  });
});

describe("the add-in's own writes are not the user's edits", () => {
  it("holds events while an own write runs and drops those of the cells it wrote, then lets the user's through", async () => {
    const own = new OwnWrites();
    const released: string[] = [];
    own.onRelease((events) => released.push(...events.map((e) => `${e.sheet}!${e.address}`)));
    await own.around(async () => {
      assert.equal(own.hold({ sheet: "甲", address: "G27" }), true);
      assert.equal(own.hold({ sheet: "甲", address: "C5" }), true);
      return "done";
    }, () => [{ sheet: "甲", cells: ["G27"] }]);
    assert.deepEqual(released, ["甲!C5"], "the user's edit during the write is kept, the write's own echo is not");
    assert.equal(own.hold({ sheet: "甲", address: "G27" }), false, "nothing is held once the write is over");
    assert.equal(own.isEcho({ sheet: "甲", address: "$G$27" }), true, "a late echo of the same cell");
    assert.equal(own.isEcho({ sheet: "甲", address: "G28" }), false);
    await own.around(async () => "sheet", () => [{ sheet: "自评表" }]);
    assert.equal(own.isEcho({ sheet: "自评表", address: "A1:H20" }), true, "a sheet the add-in wrote, whole");
  });

  it("lets every held event through when the own write fails", async () => {
    const own = new OwnWrites();
    const released: string[] = [];
    own.onRelease((events) => released.push(...events.map((e) => e.sheet)));
    await assert.rejects(own.around(async () => {
      own.hold({ sheet: "甲", address: "G27" });
      throw new Error("refused");
    }, () => [{ sheet: "甲", cells: ["G27"] }]));
    assert.deepEqual(released, ["甲"]);
  });
});

describe("pointing a field at a cell", () => {
  const grid: Grid = {
    name: "表",
    top: 0,
    left: 0,
    values: [
      ["财政项目支出绩效自评表", null, null],
      ["项目名称", "信息化运维", null],
      ["全年预算数", 48.3, "-"],
      ["评分等级", "优", "2,270.22"],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 2 }, { top: 1, left: 1, bottom: 1, right: 2 }],
  };
  const cells = { title: "A1", name: "B2", code: "B2", "funds.total.budget": "B3", grade: "B4" };
  const problem = (field: string, cell: string, area?: string) => pointingProblem({ field, cell, area, grid, cells });

  it("takes one cell, or a merged cell, or a stretch of one column for an indicator column", () => {
    assert.equal(problem("name", "B2"), undefined);
    assert.deepEqual(problem("name", "B2", "B2:C3"), { kind: "range", area: "B2:C3" });
    assert.equal(problem("name", "B2", "B2:C2"), undefined, "a merged cell selected is one cell");
    assert.deepEqual(problem("name", "A1", "A1:C1"), { kind: "label", value: "财政项目支出绩效自评表" }, "one cell, but the title");
    assert.equal(problem("columns.target", "C2", "C2:C4"), undefined);
    assert.deepEqual(problem("columns.target", "B2", "B2:C4"), { kind: "columnRange", area: "B2:C4" });
  });

  it("gives a cell to one field only (the code shares the name's cell by design)", () => {
    assert.deepEqual(problem("totalScore", "B3"), { kind: "taken", other: "funds.total.budget" });
    assert.equal(problem("name", "B2"), undefined);
  });

  it("takes for a number field a number, a number as text, a dash or nothing; for 评分等级 a grade; for a name no label or title", () => {
    assert.equal(problem("totalScore", "C4"), undefined, "2,270.22 as text is a number");
    assert.equal(problem("funds.other.weight", "C3"), undefined, "- is the form's 'none'");
    assert.equal(problem("totalScore", "C9"), undefined, "an empty cell");
    assert.deepEqual(problem("totalScore", "A3"), { kind: "number", value: "全年预算数" });
    assert.deepEqual(problem("grade", "A1"), { kind: "grade", value: "财政项目支出绩效自评表" }, "the title is no 评分等级");
    assert.deepEqual(problem("implementer", "A2"), { kind: "label", value: "项目名称" });
    assert.deepEqual(problem("department", "A1"), { kind: "label", value: "财政项目支出绩效自评表" });
    assert.deepEqual(problem("year", "B2"), { kind: "year", value: "信息化运维" });
  });
});
