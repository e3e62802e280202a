// REQUIRED_FIELD: a form with an empty or unreadable field cannot be checked or filed (rules.md).
import { AMOUNT_COLUMNS, Field, Project } from "../model";
import { cellText, isBlank } from "../numbers";
import { ProjectRule, finding } from "./rule";

const AMOUNT_NAMES: Record<string, string> = { initial: "年初预算数", budget: "全年预算数", executed: "全年执行数" };
const INDICATOR_FIELDS = [
  ["name", "三级指标"], ["target", "年度指标值"], ["actual", "实际完成值"], ["weight", "分值"], ["score", "得分"],
] as const;

function problem(field: Field<unknown>, what: string): string | undefined {
  if (isBlank(field.raw)) return `${what}为空`;
  if (field.value === null) return `${what}无法识别：“${cellText(field.raw)}”`;
  return;
}

export const RequiredFieldRule: ProjectRule = {
  id: "REQUIRED_FIELD",
  severity: "error",
  describe: "必填项为空或无法识别",
  check(project: Project) {
    const checks: [Field<unknown>, string][] = [
      [project.name, "项目名称"],
      [project.department, "主管部门"],
      [project.implementer, "实施单位"],
      [project.year, "年度"],
      // The computed cells (分数, 执行率, 得分, 总分) are reported by the rule that computes them.
      ...AMOUNT_COLUMNS.map((c): [Field<unknown>, string] => [project.funds.total[c], `年度资金总额的${AMOUNT_NAMES[c]}`]),
      [project.grade, "评分等级"],
    ];
    const findings = checks.flatMap(([field, what]) => {
      const message = problem(field, what);
      return message ? [finding(this, project, field, message)] : [];
    });
    // A department's workbook has thousands of indicator cells: name one only when it fails.
    for (const ind of project.indicators) {
      for (const [key, what] of INDICATOR_FIELDS) {
        const field = ind[key];
        if (!isBlank(field.raw) && field.value !== null) continue;
        findings.push(finding(this, project, field, problem(field, `“${ind.name.value ?? `第 ${ind.row} 行指标`}”的${what}`)!));
      }
    }
    return findings;
  },
};
