import { LayoutName } from "../../fixtures/layouts";
import { SeedForm } from "../../fixtures/seedForms";
import { formCells } from "../support/formCells";
import { edit, inEveryLayout, ruleTester, seedValidCases, sheet } from "../support/ruleTester";

// 000-01: 11 indicators, every field printed; 科技系统领导干部能力提升培训期数 is indicator 0.
const blanked = (change: (f: SeedForm) => void) => edit("000-01", change);

function emptied(what: string, change: (f: SeedForm) => void, cell: (layout: LayoutName, f: SeedForm) => string, includes: string[]) {
  return inEveryLayout((layout) => {
    const form = blanked(change);
    return { name: `empty ${what}`, sheets: sheet(form, layout), findings: [{ cell: cell(layout, form), includes }] };
  });
}

ruleTester("REQUIRED_FIELD", "error", {
  valid: [
    ...seedValidCases(),
    {
      name: "an empty 偏差原因 and empty goals are not required",
      sheets: sheet(blanked((f) => { f.indicators[0].reason = ""; f.goals.planned = ""; f.goals.achieved = ""; })),
    },
  ],
  invalid: [
    ...emptied("项目名称", (f) => (f.name = ""), (l, f) => formCells(f, l).name, ["项目名称为空"]),
    ...emptied("主管部门", (f) => (f.department = ""), (l, f) => formCells(f, l).department, ["主管部门为空"]),
    ...emptied("实施单位", (f) => (f.implementer = ""), (l, f) => formCells(f, l).implementer, ["实施单位为空"]),
    ...emptied("年度 line", (f) => (f.yearLine = ""), (l, f) => formCells(f, l).year, ["年度"]),
    ...emptied("评分等级", (f) => (f.grade = ""), (l, f) => formCells(f, l).grade, ["评分等级为空"]),
    ...emptied("年初预算数 of 年度资金总额", (f) => (f.funds.total[0] = ""), (l, f) => formCells(f, l).funds("total", "initial"), ["年初预算数为空"]),
    ...emptied("全年执行数 of 年度资金总额", (f) => (f.funds.total[2] = ""), (l, f) => formCells(f, l).funds("total", "executed"), ["全年执行数为空"]),
    ...emptied("三级指标", (f) => (f.indicators[3].name = ""), (l, f) => formCells(f, l).indicator(3, "name"), ["三级指标为空"]),
    ...emptied("年度指标值", (f) => (f.indicators[0].target = ""), (l, f) => formCells(f, l).indicator(0, "target"), ["科技系统领导干部能力提升培训期数", "年度指标值为空"]),
    ...emptied("实际完成值", (f) => (f.indicators[0].actual = ""), (l, f) => formCells(f, l).indicator(0, "actual"), ["实际完成值为空"]),
    ...emptied("分值", (f) => (f.indicators[0].weight = ""), (l, f) => formCells(f, l).indicator(0, "weight"), ["分值为空"]),
    ...emptied("得分", (f) => (f.indicators[0].score = ""), (l, f) => formCells(f, l).indicator(0, "score"), ["得分为空"]),
    ...inEveryLayout((layout) => {
      const form = blanked((f) => { f.funds.total[1] = "四百"; f.indicators[1].weight = "十"; });
      const cells = formCells(form, layout);
      return {
        name: "unreadable 全年预算数 and 分值",
        sheets: sheet(form, layout),
        findings: [
          { cell: cells.funds("total", "budget"), includes: ["全年预算数无法识别", "四百"] },
          { cell: cells.indicator(1, "weight"), includes: ["分值无法识别", "十"] },
        ],
      };
    }),
    {
      name: "a 全年执行数 of 年度资金总额 printed as -",
      sheets: sheet(blanked((f) => (f.funds.total[2] = "-"))),
      findings: [{ cell: "E6", includes: ["全年执行数无法识别", "-"] }],
    },
    {
      name: "several empty fields, each once, in row and column order",
      sheets: sheet(blanked((f) => { f.grade = ""; f.name = ""; f.indicators[2].score = ""; f.indicators[2].actual = ""; })),
      // plain layout: 项目名称 value B3, indicator 2 on row 15 (header row 12), 评分等级 value C25.
      findings: [{ cell: "B3" }, { cell: "E15" }, { cell: "G15" }, { cell: "C25" }],
    },
  ],
});
