// BLANK_FORM (info): a form nobody has filled in yet (插入自评表 gives one) is not a form full of
// mistakes: one 未填写 instead of a REQUIRED_FIELD per empty cell, and no other rule runs on it.
import { AMOUNT_COLUMNS, Field, Project } from "../model";
import { cellText, isBlank, isDash } from "../numbers";
import { templateText } from "./placeholderText";
import { ProjectRule, report } from "./rule";

/** Nothing typed: empty, a dash, or a prompt the template left (…(100字以内)). */
function untouched(field: Field<unknown>): boolean {
  if (field.absent || isBlank(field.raw) || isDash(field.raw)) return true;
  return typeof field.raw === "string" && templateText(cellText(field.raw));
}

/** An amount nobody typed: untouched, or the 0 a template's SUM shows over empty parts. */
const noAmount = (field: Field<unknown>) => untouched(field) || field.raw === 0;

/**
 * Whether every field a person fills is still empty: the names, the goals, every amount of
 * every funds row, and each indicator's 三级指标, 年度指标值, 实际完成值, 得分 and reason. The
 * year line, the 一级/二级 names and the weights are what templates print in advance; the
 * computed cells (rates, scores, 总分, 评分等级) follow from the rest.
 */
export function isBlankForm(project: Project): boolean {
  const people = [project.name, project.department, project.implementer, project.goals.planned, project.goals.achieved];
  if (!people.every(untouched)) return false;
  for (const line of project.fundLines) if (!AMOUNT_COLUMNS.every((c) => noAmount(line.cells[c]))) return false;
  return project.indicators.every((i) => [i.name, i.target, i.actual, i.score, i.reason].every(untouched));
}

export const BlankFormRule: ProjectRule = {
  id: "BLANK_FORM",
  meta: {
    severity: "info",
    // A blank form is reported once, and no other rule of the project runs on it (core/check.ts).
    exclusive: true,
    docs: {
      name: { zh: "未填写", en: "Not filled in" },
      description: { zh: "自评表还没有填写", en: "The form has not been filled in yet" },
      rationale: {
        zh: "刚插入的空白自评表不是填错了的表：逐格报“必填项为空”只会把真正的问题淹没。填写后再检查，各条规则照常核对。",
        en: "A blank form just inserted is not a form filled in wrongly: a required-field error per empty cell would bury the real problems. Once it is filled in, every rule checks it as usual.",
      },
      source: { zh: "检查实践：用“插入自评表”新建的空白表", en: "Review practice: blank forms added with 插入自评表 (Insert form)" },
      examples: {
        invalid: {
          zh: "项目名称、主管部门、实施单位、资金和指标都为空（年度行和分数可以是模板预先印好的）",
          en: "Project name, departments, funds and indicators all empty (the year line and the weight may be printed by the template)",
        },
        valid: { zh: "至少填写了项目名称、一项资金或一个指标", en: "At least the project name, one amount or one indicator is filled in" },
      },
    },
    messages: {
      blank: {
        zh: "自评表尚未填写（项目名称、资金和指标都为空）：填写后再检查",
        en: "The form has not been filled in yet (project name, funds and indicators are empty): check it once it is filled in",
      },
    },
  },
  check(project: Project) {
    return isBlankForm(project) ? [report(project, project.name, "blank", {})] : [];
  },
};
