// REQUIRED_FIELD: a form with an empty or unreadable field cannot be checked or filed (rules.md).
import { Field, Localized, Project } from "../model";
import { cellText, isBlank } from "../numbers";
import { ProjectRule, Report, report } from "./rule";
import { indicatorName } from "./terms";

/** The project's own fields, by what a person calls them. */
const PROJECT_FIELDS: { what: Localized; field: (p: Project) => Field<unknown> }[] = [
  { what: { zh: "项目名称", en: "Project name" }, field: (p) => p.name },
  { what: { zh: "主管部门", en: "Competent department" }, field: (p) => p.department },
  { what: { zh: "实施单位", en: "Implementing unit" }, field: (p) => p.implementer },
  { what: { zh: "年度", en: "Year" }, field: (p) => p.year },
  // The computed cells (分数, 执行率, 得分, 总分) are reported by the rule that computes them.
  { what: { zh: "年度资金总额的年初预算数", en: "Initial budget of total funds" }, field: (p) => p.funds.total.initial },
  { what: { zh: "年度资金总额的全年预算数", en: "Full-year budget of total funds" }, field: (p) => p.funds.total.budget },
  { what: { zh: "年度资金总额的全年执行数", en: "Executed amount of total funds" }, field: (p) => p.funds.total.executed },
  { what: { zh: "评分等级", en: "Grade" }, field: (p) => p.grade },
];

const INDICATOR_FIELDS: { key: "name" | "target" | "actual" | "weight" | "score"; what: Localized }[] = [
  { key: "name", what: { zh: "三级指标", en: "level-3 indicator" } },
  { key: "target", what: { zh: "年度指标值", en: "annual target" } },
  { key: "actual", what: { zh: "实际完成值", en: "actual value" } },
  { key: "weight", what: { zh: "分值", en: "weight" } },
  { key: "score", what: { zh: "得分", en: "score" } },
];

/** Empty or unreadable, and part of the form's layout (an absent field is nobody's to fill). */
/** A formula without a result is not empty: NOT_CALCULATED says so once for the sheet. */
const unusable = (field: Field<unknown>) => !field.absent && !field.uncalculated && (field.value === null || isBlank(field.raw));

export const RequiredFieldRule: ProjectRule = {
  id: "REQUIRED_FIELD",
  meta: {
    severity: "error",
    docs: {
      name: { zh: "必填项", en: "Required field" },
      description: { zh: "必填项为空或无法识别", en: "A required field is empty or unreadable" },
      rationale: {
        zh: "自评表缺项就无法核对，也不能报送；其他规则会跳过读不出的字段，所以缺项要先补上。",
        en: "A form with a gap cannot be checked or filed; the other rules skip what they cannot read, so the gap comes first.",
      },
      source: { zh: "财预〔2020〕10号 附件 项目支出绩效自评表", en: "财预〔2020〕10号, annex: the project self-evaluation form" },
      examples: {
        invalid: { zh: "实施单位一栏空着；某指标的得分为“#DIV/0!”", en: "实施单位 left empty; an indicator's 得分 reads \"#DIV/0!\"" },
        valid: { zh: "每个必填项都有可识别的值", en: "Every required field holds a readable value" },
      },
    },
    messages: {
      empty: { zh: "{what}为空", en: "{what} is empty" },
      unreadable: { zh: "{what}无法识别：“{raw}”", en: "{what} cannot be read: \"{raw}\"" },
      indicatorEmpty: { zh: "“{indicator}”的{what}为空", en: "The {what} of \"{indicator}\" is empty" },
      indicatorUnreadable: { zh: "“{indicator}”的{what}无法识别：“{raw}”", en: "The {what} of \"{indicator}\" cannot be read: \"{raw}\"" },
    },
  },
  check(project: Project) {
    const reports: Report[] = [];
    for (const { what, field: fieldOf } of PROJECT_FIELDS) {
      const field = fieldOf(project);
      if (!unusable(field)) continue;
      reports.push(isBlank(field.raw)
        ? report(project, field, "empty", { what })
        : report(project, field, "unreadable", { what, raw: cellText(field.raw) }));
    }
    // A department's workbook has thousands of indicator cells: name one only when it fails.
    for (const ind of project.indicators) {
      for (const { key, what } of INDICATOR_FIELDS) {
        const field = ind[key];
        if (!unusable(field)) continue;
        const indicator = indicatorName(ind);
        reports.push(isBlank(field.raw)
          ? report(project, field, "indicatorEmpty", { what, indicator })
          : report(project, field, "indicatorUnreadable", { what, indicator, raw: cellText(field.raw) }));
      }
    }
    return reports;
  },
};
