/**
 * The 44 real forms of ../shared/seeds, one workbook per source file (one department, one
 * year), in every layout: every field is read as printed, and the check reports exactly the
 * real inconsistencies of those tables, each explained below.
 */
import { strict as assert } from "assert";
import { checkGrids } from "../../src/core/check";
import { parseA1 } from "../../src/core/grid";
import { AMOUNT_COLUMNS, FUND_COLUMNS, FUND_ROWS, Field, Finding, Project } from "../../src/core/model";
import { halfWidth } from "../../src/core/numbers";
import { LAYOUTS, LayoutName, seedSheets, specGrid } from "../fixtures/layouts";
import { SeedForm, seedForms } from "../fixtures/seedForms";
import { IndicatorColumn, formCells } from "./support/formCells";

// ---------------------------------------------------------------------------------------
// The real findings at error and warning severity, verified against ../shared/seeds/*.txt.

interface RealFinding {
  form: string;
  /** 项目名称: the sheet the finding is on is this project's. */
  project: string;
  rule: string;
  /** The indicator (三级指标) the finding is about, or the 总分 row's column. */
  indicator?: string;
  total?: "weight" | "score";
}

const reasonless = (form: string, project: string, names: string[]): RealFinding[] =>
  names.map((indicator) => ({ form, project, rule: "DEDUCTION_REASON", indicator }));

const REAL_FINDINGS: RealFinding[] = [
  // 000-02 上海科技管理干部学院徐汇校区年度运营保障经费: all 7 indicators lose points (e.g. 13.00 of
  // 15.00) and the sheet has no reason. The PDF text lost the 偏差原因 column (its indicator header
  // ends at 得分, seed notes), so the printed form may have had reasons; a sheet with this content
  // has none, and five of these are met quantitative targets that lost points all the same.
  ...reasonless("000-02", "上海科技管理干部学院徐汇校区年度运营保障经费", [
    "提供会训服务期间能源供应保障情况", "提供会训服务能源供应稳定情况", "提供会训服务保障可用天数",
    "为提高本市科技系统领导干部的领导能力和创新管理能力的干部会训事业提供高品质的服务及场所保障。",
    "责任落实工作组", "配套设施完善度", "满意度反馈表",
  ]),
  // 000-03 科技政策预研及合作交流: the reason column is printed and empty; six indicators score
  // 8.00 of 10.00 (or 4.00 of 5.00) without a word.
  ...reasonless("000-03", "科技政策预研及合作交流", [
    "优质高效", "丰富科技人才、园区载体、产学研等相关理论研究框架", "为民间科技合作做出积极贡献",
    "拓展上海科技创新软科学研究合作平台和交流网络", "长效管理机制保障情况", "满足上级决策咨询需求",
  ]),
  // 000-04 科管院综合业务管理系统升级改造项目: 11 indicators score 5.00 of 6.00 with the reason 无
  // (预算执行率, also 5.00 of 6.00, has a real reason: 招标议价，中标价低于预算).
  ...reasonless("000-04", "科管院综合业务管理系统升级改造项目", [
    "系统程序开发完成量", "开发完成及时性", "提高学员学习便捷性", "提高班级管理便捷性", "保障教学信息互联互通",
    "数据资源决策分析", "信创适配", "提高干部培训质量", "积累教学数字资源", "规范业务流程", "用户满意度",
  ]),
  // 000-05 信息化运维项目 (干部学院): all 5 indicators lose 1–4 points with the reason 无, four of
  // them on targets that were met (12 ≥12, 363 ≥350, 30 ≤48, 14 ≥10).
  ...reasonless("000-05", "信息化运维项目", ["运维月度记录表", "系统正常运行天数", "系统故障平均恢复时长(小时)", "效益达标率", "满意度反馈表"]),
  // 000-06 学院创新培训拓展经费: the reason column is printed and empty; all 8 indicators lose points.
  ...reasonless("000-06", "学院创新培训拓展经费", [
    "干部培训期数及培训学员数", "培训质量达标", "培训进展及时性", "支持促进上海和东西部协作及对口支援地区经济可持续发展",
    "为上海、长三角区域、中西部地区乃至全国的科技、经济、文化发展做出积极贡献", "优化干部培养环境和培养机制，促进源头创新",
    "干部教育培训体系更加完善和丰富", "学员满意度",
  ]),
  // 000-07 学员宿舍楼修缮项目: 10 of 12 indicators lose points; as in 000-02 the PDF text lost the
  // reason column, so the sheet has none.
  ...reasonless("000-07", "2024年度“上海科技管理干部学院 2023-2025年部分学员宿舍楼修缮项目”", [
    "工程质量合格", "消防达标建设", "施工进度完成率", "招标工作完成及时率", "工程验收及时率", "降低维修资金投入",
    "学校教学和服务质量持续提高", "主管部门满意度", "员工满意度", "培训学员满意度",
  ]),
  // 001-13 科协组织机构管理: 抚恤丧葬费 ≥5.00(人), 2.00(人) paid, 1.00 of 2.00; in proportion it is
  // 2 × 2 / 5 = 0.80 at most (the reason, 按照实际发生数补贴, explains the miss, not the score).
  { form: "001-13", project: "科协组织机构管理", rule: "QUANT_PROPORTION", indicator: "抚恤丧葬费" },
  // 002-06 未来公园展厅运营项目: 年度完成接待任务数 ≥120(次), 70 done, 3.00 of 5.00 (≤ 2.92 in proportion).
  { form: "002-06", project: "未来公园展厅运营项目", rule: "QUANT_PROPORTION", indicator: "年度完成接待任务数" },
  // 002-06: 参观人数 ≥3000(人), 800 came, 8.00 of 15.00 (≤ 4.00 in proportion).
  { form: "002-06", project: "未来公园展厅运营项目", rule: "QUANT_PROPORTION", indicator: "参观人数" },
  // 002-06: 分数 10.00 + Σ 分值 86.00 = 96.00, but the 总分 row prints 100.00 …
  { form: "002-06", project: "未来公园展厅运营项目", rule: "WEIGHT_SUM", total: "weight" },
  // … and 9.27 + Σ 得分 72.00 = 81.27, but it prints 85.27: both 4 off, as if a 4.00/4.00 row
  // were missing from the printed table (the text has none).
  { form: "002-06", project: "未来公园展厅运营项目", rule: "TOTAL_SUM", total: "score" },
  // 003-03 技术转移合作: two satisfaction targets printed ≥90(null), the unit lost by the form system.
  { form: "003-03", project: "技术转移合作", rule: "UNIT_MISSING", indicator: "科技服务人才队伍提升综合满意度" },
  { form: "003-03", project: "技术转移合作", rule: "UNIT_MISSING", indicator: "社会组织服务综合满意度" },
  // 003-06 加强科技类社会组织党建工作: 时效性 9.00 of 10.00 and no reason (the PDF text shows no
  // reason column on the form's first page; nothing is printed for this row) …
  { form: "003-06", project: "加强科技类社会组织党建工作", rule: "DEDUCTION_REASON", indicator: "时效性" },
  // … and 社会组织工作人员、参培人员满意度 printed =90(null).
  { form: "003-06", project: "加强科技类社会组织党建工作", rule: "UNIT_MISSING", indicator: "社会组织工作人员、参培人员满意度" },
];

// ---------------------------------------------------------------------------------------
// The findings at info severity, from the printed forms: worth knowing, not wrong.

type ExpectedInfo = { rule: string } & ({ index: number; column: IndicatorColumn } | { fundsRate: true });

// The reasons that rename the indicator, read off the seeds: 指标修改为…, 指标改为…,
// 指标名称修改为…, 该指标不便于考核,修改为…, or just 修改为“…”; not 年度指标值改为… (a new target only).
const RENAMES = /^(该指标[^，,]*[，,])?(指标(名称)?)?(修改|改)为/;

/** An upward printed target (≥ > =, not =0) and its number: ≥250(人) → 250. */
function upwardTarget(printed: string): number | undefined {
  const m = /^(≥|>|=)?([\d.]+)/.exec(printed.replace(/\s/g, ""));
  return m && Number(m[2]) > 0 ? Number(m[2]) : undefined;
}

const LEVEL1_WEIGHTS: Record<string, number> = { 产出指标: 50, 效益指标: 30, 满意度指标: 10 };

// 002-05 缴纳残疾人就业保障金 executed 2.19 of 14.80 (14.79 %) with all five indicators at full marks
// (graded 优). 001-12 (40.77 %) lost 3 indicator points, so it is not "every indicator full".
const LOW_EXECUTION_FULL_MARKS = ["002-05"];
// 001-05 市科协综合治理费用 and 004-03 研发平台…人才平台体系建设 have no 满意度指标 (a hint only).
const WITHOUT_SATISFACTION = ["001-05", "004-03"];

function expectedInfos(form: SeedForm): ExpectedInfo[] {
  const infos: ExpectedInfo[] = [];
  const full = (i: SeedForm["indicators"][number]) => i.score === i.weight;
  if (WITHOUT_SATISFACTION.includes(form.id)) infos.push({ rule: "MISSING_LEVEL1", index: 0, column: "level1" });
  // 一级 groups away from 产出 50, 效益 30, 满意度 10 (every seed gives 预算执行 10).
  for (const [level1, usual] of Object.entries(LEVEL1_WEIGHTS)) {
    const first = form.indicators.findIndex((i) => i.level1 === level1);
    const sum = form.indicators.filter((i) => i.level1 === level1).reduce((s, i) => s + Number(i.weight), 0);
    if (first >= 0 && Math.abs(sum - usual) > 0.011) infos.push({ rule: "LEVEL1_WEIGHTS", index: first, column: "weight" });
  }
  form.indicators.forEach((ind, index) => {
    const target = upwardTarget(ind.target);
    const actual = /^[\d.]+/.exec(ind.actual)?.[0];
    const sameUnit = /\((.*)\)$/.exec(ind.target)?.[1] === /\((.*)\)$/.exec(ind.actual)?.[1];
    if (target !== undefined && actual !== undefined && sameUnit && Number(actual) >= 1.2 * target && full(ind)) {
      infos.push({ rule: "OVER_TARGET_FULL_SCORE", index, column: "score" });
    }
    if (RENAMES.test(ind.reason.replace(/\s/g, ""))) infos.push({ rule: "INDICATOR_RENAMED", index, column: "reason" });
  });
  if (LOW_EXECUTION_FULL_MARKS.includes(form.id)) {
    assert.ok(Number(form.funds.total[4]) < 80 && form.indicators.every(full), form.id);
    infos.push({ rule: "LOW_EXEC_FULL_MARKS", fundsRate: true });
  }
  return infos;
}

describe("the seed forms' hints", () => {
  it("include the 39 rows rules.md counts where a target was far exceeded with full marks", () => {
    const count = seedForms().reduce((n, form) => n + expectedInfos(form).filter((e) => e.rule === "OVER_TARGET_FULL_SCORE").length, 0);
    assert.equal(count, 39);
  });

  it("list every form executed below 80 % whose indicators all have full marks", () => {
    const low = seedForms().filter((f) => Number(f.funds.total[4]) < 80 && f.indicators.every((i) => i.score === i.weight));
    assert.deepEqual(low.map((f) => f.id), LOW_EXECUTION_FULL_MARKS);
    assert.deepEqual(seedForms().filter((f) => !f.indicators.some((i) => i.level1 === "满意度指标")).map((f) => f.id), WITHOUT_SATISFACTION);
  });
});

// The second set's error and warning rules find nothing real in the seeds, checked against
// ../shared/seeds/*.txt: REVERSE_PROPORTION — all 21 downward rows (≤, <, =0) met their targets;
// ACTUAL_NOT_MEASURED — every quantitative target has a number as its actual; PLACEHOLDER_TEXT —
// the texts hold no prompt, XX, 某某, 待填写 or lone *; MISSING_LEVEL1 — every form has 产出指标 and
// 效益指标 (two lack 满意度指标, a hint below); STATED_WEIGHT — no label prints a weight.

/** The primary cell of each rule above, as rules.md defines it. */
const PRIMARY_COLUMN: Record<string, IndicatorColumn> = {
  DEDUCTION_REASON: "reason",
  QUANT_PROPORTION: "score",
  UNIT_MISSING: "target",
};

// ---------------------------------------------------------------------------------------
// Workbooks: one per source file, in each layout and in a mix of them.

const SOURCES = ["000", "001", "002", "003", "004"];
type LayoutChoice = LayoutName | ((form: SeedForm, index: number) => LayoutName);
const LAYOUT_CHOICES: { name: string; layout: LayoutChoice }[] = [
  ...LAYOUTS.map((layout) => ({ name: layout, layout })),
  { name: "mixed", layout: (_: SeedForm, i: number) => LAYOUTS[i % LAYOUTS.length] },
];

function layoutOf(choice: LayoutChoice, form: SeedForm, index: number): LayoutName {
  return typeof choice === "function" ? choice(form, index) : choice;
}

function sourceForms(source: string): SeedForm[] {
  return seedForms().filter((f) => f.id.split("-")[0] === source);
}

function workbook(source: string, choice: LayoutChoice) {
  const forms = sourceForms(source);
  const specs = seedSheets(forms, { layout: choice });
  const result = checkGrids(specs.map(specGrid));
  const sheetOf = new Map(forms.map((f, i) => [f.id, specs[i].name]));
  const cellsOf = new Map(forms.map((f, i) => [f.id, formCells(f, layoutOf(choice, f, i))]));
  return { forms, specs, result, sheetOf, cellsOf };
}

const describeFinding = (f: Pick<Finding, "rule" | "sheet" | "cell">) => `${f.sheet} ${f.cell} ${f.rule}`;

function inReportOrder(sheets: string[], findings: Pick<Finding, "rule" | "sheet" | "cell">[]) {
  const at = (f: Pick<Finding, "cell">) => parseA1(f.cell)!;
  return [...findings].sort(
    (a, b) => sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet) || at(a).row - at(b).row || at(a).col - at(b).col,
  );
}

describe("the seed workbooks", () => {
  for (const source of SOURCES) {
    for (const choice of LAYOUT_CHOICES) {
      describe(`source ${source} (${choice.name})`, () => {
        const wb = () => workbook(source, choice.layout);

        it("reports exactly the real errors and warnings, at their primary cells", () => {
          const { forms, specs, result, sheetOf, cellsOf } = wb();
          const expected = REAL_FINDINGS.filter((r) => r.form.startsWith(source + "-")).map((r) => {
            const form = forms.find((f) => f.id === r.form)!;
            assert.equal(form.name, r.project, `${r.form} is not ${r.project}`);
            const index = form.indicators.findIndex((i) => i.name === r.indicator);
            assert.ok(r.total || index >= 0, `${r.form} has no indicator ${r.indicator}`);
            const cells = cellsOf.get(r.form)!;
            const cell = r.total ? cells.total(r.total) : cells.indicator(index, PRIMARY_COLUMN[r.rule]);
            return { rule: r.rule, sheet: sheetOf.get(r.form)!, cell };
          });
          const found = result.findings.filter((f) => f.severity !== "info");
          assert.deepEqual(
            found.map(describeFinding),
            inReportOrder(specs.map((s) => s.name), expected).map(describeFinding),
          );
          // Each finding's sheet is read as the project the list names (sheet names may be cut to 31 characters).
          for (const f of found) {
            const sheet = result.sheets.find((s) => s.name === f.sheet);
            assert.ok(sheet?.kind === "project");
            assert.ok(REAL_FINDINGS.some((r) => r.project === sheet.project.name.value && r.rule === f.rule));
          }
        });

        it("reports at info exactly what the printed forms show (renamed indicators, low targets, weights, …)", () => {
          const { forms, specs, result, sheetOf, cellsOf } = wb();
          const expected = forms.flatMap((form) =>
            expectedInfos(form).map((e) => {
              const cells = cellsOf.get(form.id)!;
              const cell = "fundsRate" in e ? cells.funds("total", "rate") : cells.indicator(e.index, e.column);
              return { rule: e.rule, sheet: sheetOf.get(form.id)!, cell };
            }),
          );
          const infos = result.findings.filter((f) => f.severity === "info");
          assert.deepEqual(infos.map(describeFinding), inReportOrder(specs.map((s) => s.name), expected).map(describeFinding));
        });

        it("reads every field of every form as printed", () => {
          const { forms, specs, result } = wb();
          assert.deepEqual(result.sheets.map((s) => s.name), specs.map((s) => s.name));
          forms.forEach((form, i) => {
            const sheet = result.sheets[i];
            assert.ok(sheet.kind === "project", `${form.id} not read as a project`);
            assertReadAsPrinted(sheet.project, form);
          });
        });
      });
    }
  }
});

// ---------------------------------------------------------------------------------------
// Comparing a read project with the printed form.

/** A printed number ("2,270.22", "99.34"), or null for the form's "-" (not applicable). */
function printedNumber(printed: string): number | null {
  if (printed.trim() === "-") return null;
  const n = Number(printed.replace(/,/g, ""));
  assert.ok(Number.isFinite(n), `printed "${printed}" is not a number`);
  return n;
}

/** Targets and actuals as text, whatever the layout typed: `>=` for ≥, full-width brackets. */
function sameTarget(text: string): string {
  return halfWidth(text).replace(/>=/g, "≥").replace(/<=/g, "≤").replace(/\s+/g, "");
}

function assertReadAsPrinted(p: Project, form: SeedForm): void {
  const where = (field: string) => `${form.id} ${form.name}: ${field}`;
  const text = (f: Field<string>) => f.value ?? "";

  assert.equal(p.name.value, form.name, where("项目名称"));
  assert.equal(p.department.value, form.department, where("主管部门"));
  assert.equal(p.implementer.value, form.implementer, where("实施单位"));
  assert.equal(p.year.value, Number(/\d{4}/.exec(form.yearLine)![0]), where("年度"));
  assert.equal(text(p.goals.planned), form.goals.planned.trim(), where("预期目标"));
  assert.equal(text(p.goals.achieved), form.goals.achieved.trim(), where("实际完成情况"));

  for (const row of FUND_ROWS) {
    FUND_COLUMNS.forEach((column, k) => {
      const printed = form.funds[row][k];
      assert.equal(p.funds[row][column].value, printedNumber(printed), where(`funds.${row}.${column} (printed ${printed})`));
    });
  }
  for (const column of AMOUNT_COLUMNS) assert.notEqual(p.funds.total[column].value, null, where(`funds.total.${column}`));

  assert.equal(p.indicators.length, form.indicators.length, where("number of indicators"));
  form.indicators.forEach((printed, i) => {
    const read = p.indicators[i];
    const at = (field: string) => where(`indicator ${i} ${printed.name}: ${field}`);
    assert.equal(read.level1.value, printed.level1, at("一级指标"));
    assert.equal(read.level2.value, printed.level2, at("二级指标"));
    assert.equal(read.name.value, printed.name, at("三级指标"));
    assert.equal(sameTarget(text(read.target)), sameTarget(printed.target), at("年度指标值"));
    assert.equal(sameTarget(text(read.actual)), sameTarget(printed.actual), at("实际完成值"));
    assert.equal(read.weight.value, printedNumber(printed.weight), at("分值"));
    assert.equal(read.score.value, printedNumber(printed.score), at("得分"));
    assert.equal(text(read.reason), printed.reason.trim(), at("偏差原因分析及改进措施"));
  });

  assert.equal(p.totalWeight.value, printedNumber(form.totalWeight), where("总分 分值"));
  assert.equal(p.totalScore.value, printedNumber(form.totalScore), where("总分 得分"));
  assert.equal(p.grade.value, form.grade, where("评分等级"));
}
