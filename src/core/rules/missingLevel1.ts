// MISSING_LEVEL1: a form without 产出指标 or 效益指标 (or 满意度指标) leaves out what 财预〔2020〕10号 asks every project to show.
import { Project } from "../model";
import { ProjectRule, RuleContext, report } from "./rule";
import { LEVEL1_LABEL, isFramework, level1Groups } from "./levels";
import { listOf } from "./terms";

type Group = keyof typeof LEVEL1_LABEL;
const GROUPS: Group[] = ["output", "effect", "satisfaction"];

export const MissingLevel1Rule: ProjectRule = {
  id: "MISSING_LEVEL1",
  meta: {
    severity: "warning",
    docs: {
      name: { zh: "缺少一级指标", en: "Missing 一级指标" },
      description: { zh: "自评表没有产出指标、效益指标或满意度指标", en: "The form has no 产出, 效益 or 满意度 indicators" },
      rationale: {
        zh: "绩效指标应包括产出、效益和满意度三类；缺产出或效益为警告，缺满意度只作提示（工资福利类项目可以没有满意度）。评价框架的表要求产出和效益。",
        en: "Performance indicators cover outputs, effects and satisfaction; a missing 产出 or 效益 is a warning, a missing 满意度 only a hint (salary projects may have none). Forms of the evaluation framework need 产出 and 效益.",
      },
      source: { zh: "财预〔2020〕10号 附件：绩效指标体系", en: "财预〔2020〕10号, annex: the indicator framework" },
      examples: {
        invalid: { zh: "指标表只有产出指标和满意度指标", en: "Only 产出 and 满意度 indicators" },
        valid: { zh: "产出、效益、满意度指标都有", en: "产出, 效益 and 满意度 indicators" },
      },
    },
    options: {
      optional: {
        default: [LEVEL1_LABEL.satisfaction],
        description: { zh: "缺少时只作提示的一级指标", en: "一级 groups whose absence is only a hint" },
        schema: { type: "array", items: { enum: Object.values(LEVEL1_LABEL) }, uniqueItems: true },
      },
    },
    messages: {
      missing: { zh: "自评表没有{groups}", en: "The form has no {groups}" },
    },
  },
  check(project: Project, ctx: RuleContext) {
    const first = project.indicators[0];
    if (!first || first.level1.absent) return [];
    const framework = isFramework(project);
    const present = new Set(level1Groups(project).map((g) => g.kind));
    // In the evaluation framework 满意度 is a 二级 of 效益.
    const missing = GROUPS.filter((g) => !present.has(g) && !(framework && g === "satisfaction"));
    if (missing.length === 0) return [];
    const optional = ctx.options.optional as string[];
    const labels = missing.map((g) => LEVEL1_LABEL[g]);
    const onlyOptional = labels.every((label) => optional.includes(label));
    return [report(project, first.level1, "missing", { groups: listOf(labels) }, onlyOptional ? { severity: "info" } : {})];
  },
};
