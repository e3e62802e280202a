// PLACEHOLDER_TEXT: template text left in a field the clerk must fill (…(100字以内), XX, 待填写): the form was filed unfinished.
import { Field, Localized, Project } from "../model";
import { cellText, compact, halfWidth, isBlank } from "../numbers";
import { ProjectRule, Report, RuleContext, report } from "./rule";

/**
 * What a template or a prompt leaves in a cell, as one pattern on the text as typed (white space
 * allowed where a person leaves it): there are thousands of indicator cells and long goal texts
 * in a department's workbook, and most hold none of this.
 */
const TEMPLATE_TEXT = new RegExp(
  [
    String.raw`[(（]\s*[0-9０-９]+\s*字\s*(以内|以下|左右)\s*[)）]`, // 实际完成情况(100字以内)
    String.raw`^\s*结合自评情况`, // 结合自评情况,简要说明…
    String.raw`^\s*请\s*(填写|输入|选择|简述|说明)`,
    String.raw`(?<![A-Za-zＡ-Ｚａ-ｚ])[XxＸｘ]{2,}(?![A-Za-zＡ-Ｚａ-ｚ])`, // XX项目, 20XX年
    String.raw`[×╳]{2,}`,
    "某某",
    "待填写",
    String.raw`^\s*(待定|待补充|待完善)\s*$`,
    String.raw`^\s*[*＊]+\s*$`,
  ].join("|"),
);

/** Whether a value is template text; `also` are the configuration's extra phrases. */
export function templateText(value: string, also: readonly string[] = []): boolean {
  if (TEMPLATE_TEXT.test(value)) return true;
  if (also.length === 0) return false;
  const text = halfWidth(compact(value));
  return also.some((phrase) => phrase !== "" && text.includes(halfWidth(compact(phrase))));
}

const PROJECT_FIELDS: { what: Localized; field: (p: Project) => Field<string> }[] = [
  { what: { zh: "项目名称", en: "The project name" }, field: (p) => p.name },
  { what: { zh: "主管部门", en: "The competent department" }, field: (p) => p.department },
  { what: { zh: "实施单位", en: "The implementing unit" }, field: (p) => p.implementer },
  { what: { zh: "年度总体目标的预期目标", en: "The planned goal" }, field: (p) => p.goals.planned },
  { what: { zh: "年度总体目标的实际完成情况", en: "The achieved goal" }, field: (p) => p.goals.achieved },
  // The narrative blocks, where the form has them (四川: 评价结论, 存在问题, 改进措施).
  { what: { zh: "评价结论", en: "The conclusion" }, field: (p) => p.narrative.conclusion },
  { what: { zh: "存在问题", en: "The problems" }, field: (p) => p.narrative.problems },
  { what: { zh: "改进措施", en: "The measures" }, field: (p) => p.narrative.measures },
];

const INDICATOR_FIELDS: { key: "name" | "target" | "actual"; what: Localized }[] = [
  { key: "name", what: { zh: "三级指标", en: "level-3 indicator" } },
  { key: "target", what: { zh: "年度指标值", en: "annual target" } },
  { key: "actual", what: { zh: "实际完成值", en: "actual value" } },
];

/**
 * What the cell says: the field's value, or, where the reader set a prompt aside as no data
 * (`对照年度目标,说明…(100字以内)` is no goal: layouts.md), the cell's own text.
 */
function written(field: Field<string>): string | null {
  if (field.absent) return null;
  return field.value ?? (isBlank(field.raw) ? null : cellText(field.raw));
}

/** Long texts (the goals) are quoted by their start. */
const quoted = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export const PlaceholderTextRule: ProjectRule = {
  id: "PLACEHOLDER_TEXT",
  meta: {
    severity: "warning",
    docs: {
      name: { zh: "模板文字", en: "Template text" },
      description: { zh: "应填写的栏目仍是模板或提示文字", en: "A field to fill in still holds template or prompt text" },
      rationale: {
        zh: "“(100字以内)”“结合自评情况,…”“XX”“某某”“待填写”“*”等是模板留下的提示，说明这一栏还没有填。",
        en: "(100字以内), 结合自评情况,…, XX, 某某, 待填写 or a lone * are what the template left: the field was never filled in.",
      },
      source: { zh: "复核做法；各地自评表模板的填写提示", en: "Review practice; the prompts of provincial form templates" },
      examples: {
        invalid: { zh: "实际完成情况：“(100字以内)”；实施单位：“XX单位”", en: "实际完成情况 reads (100字以内); 实施单位 reads XX单位" },
        valid: { zh: "写明实际完成情况", en: "The achieved goal written out" },
      },
    },
    options: {
      also: {
        default: [],
        description: { zh: "另外算作模板文字的词句（如本地模板的提示）", en: "Further phrases that count as template text (a local template's prompts)" },
        schema: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
      },
    },
    messages: {
      field: { zh: "{what}仍是模板文字：“{text}”", en: "{what} still holds template text: \"{text}\"" },
      indicatorField: { zh: "第 {row} 行的{what}仍是模板文字：“{text}”", en: "The {what} in row {row} still holds template text: \"{text}\"" },
    },
  },
  check(project: Project, ctx: RuleContext) {
    const also = ctx.options.also as string[];
    const reports: Report[] = [];
    for (const { what, field: fieldOf } of PROJECT_FIELDS) {
      const field = fieldOf(project);
      const text = written(field);
      if (text !== null && templateText(text, also)) reports.push(report(project, field, "field", { what, text: quoted(text) }));
    }
    for (const ind of project.indicators) {
      for (const { key, what } of INDICATOR_FIELDS) {
        const field = ind[key];
        const text = written(field);
        if (text !== null && templateText(text, also)) reports.push(report(project, field, "indicatorField", { what, row: ind.row, text: quoted(text) }));
      }
    }
    return reports;
  },
};
