// REQUIRED_FIELD: a form with an empty or unreadable field cannot be checked or filed (rules.md).
import { Field, Finding, Project } from "../model";
import { cellText, isBlank } from "../numbers";
import { ProjectRule, finding } from "./rule";

/** The project's own fields, by what a person calls them. */
const PROJECT_FIELDS: { what: string; field: (p: Project) => Field<unknown> }[] = [
  { what: "项目名称", field: (p) => p.name },
  { what: "主管部门", field: (p) => p.department },
  { what: "实施单位", field: (p) => p.implementer },
  { what: "年度", field: (p) => p.year },
  // The computed cells (分数, 执行率, 得分, 总分) are reported by the rule that computes them.
  { what: "年度资金总额的年初预算数", field: (p) => p.funds.total.initial },
  { what: "年度资金总额的全年预算数", field: (p) => p.funds.total.budget },
  { what: "年度资金总额的全年执行数", field: (p) => p.funds.total.executed },
  { what: "评分等级", field: (p) => p.grade },
];

const INDICATOR_FIELDS: { key: "name" | "target" | "actual" | "weight" | "score"; what: string }[] = [
  { key: "name", what: "三级指标" },
  { key: "target", what: "年度指标值" },
  { key: "actual", what: "实际完成值" },
  { key: "weight", what: "分值" },
  { key: "score", what: "得分" },
];

/** Why a field cannot be used, or undefined when it can. */
function problem(field: Field<unknown>, what: string): string | undefined {
  if (isBlank(field.raw)) return `${what}为空`;
  if (field.value === null) return `${what}无法识别：“${cellText(field.raw)}”`;
  return;
}

/** A field the layout has no label for is absent, not missing (layouts.md): nobody asks for it. */
const unusable = (field: Field<unknown>) => !field.absent && (field.value === null || isBlank(field.raw));

export const RequiredFieldRule: ProjectRule = {
  id: "REQUIRED_FIELD",
  severity: "error",
  describe: "必填项为空或无法识别",
  check(project: Project) {
    const findings: Finding[] = [];
    for (const { what, field: fieldOf } of PROJECT_FIELDS) {
      const field = fieldOf(project);
      if (unusable(field)) findings.push(finding(this, project, field, problem(field, what)!));
    }
    // A department's workbook has thousands of indicator cells: name one only when it fails.
    for (const ind of project.indicators) {
      for (const { key, what } of INDICATOR_FIELDS) {
        const field = ind[key];
        if (unusable(field)) findings.push(finding(this, project, field, problem(field, `“${ind.name.value ?? `第 ${ind.row} 行指标`}”的${what}`)!));
      }
    }
    return findings;
  },
};
