// BUDGET_WEIGHT: the 自评表 gives 预算执行率 10 points; another weight is usually a slip (rules.md).
import { Project } from "../model";
import { within } from "../numbers";
import { DEFAULT_BUDGET_WEIGHT } from "../scoring";
import { ProjectRule, RuleContext, report, stated } from "./rule";

export const BudgetWeightRule: ProjectRule = {
  id: "BUDGET_WEIGHT",
  meta: {
    severity: "warning",
    docs: {
      name: { zh: "预算执行分数", en: "Budget weight" },
      description: { zh: "预算执行率的分数不是 10", en: "The budget execution weight is not 10" },
      rationale: {
        zh: "自评表的预算执行率一项通常为 10 分；别的分数多半是抄错，或与一级指标的权重一起需要说明。",
        en: "The budget execution item is usually worth 10 points; another weight is mostly a slip, or needs explaining with the 一级 weights.",
      },
      source: { zh: "财预〔2020〕10号 附件 自评表（预算执行率 10 分）", en: "财预〔2020〕10号, annex (budget execution 10 points)" },
      examples: {
        invalid: { zh: "年度资金总额的分数填 20", en: "Weight 20 in the total funds row" },
        valid: { zh: "分数填 10", en: "Weight 10" },
      },
    },
    options: {
      weight: {
        default: DEFAULT_BUDGET_WEIGHT,
        description: { zh: "预算执行率应有的分数", en: "The weight budget execution should have" },
        schema: { type: "number", minimum: 0, maximum: 100 },
      },
    },
    messages: {
      unusualWeight: { zh: "预算执行率的分数通常为 {usual}，表中为 {stated}", en: "Budget execution is usually worth {usual}, the sheet has {stated}" },
    },
  },
  check(project: Project, ctx: RuleContext) {
    const usual = ctx.options.weight as number;
    const { weight } = project.funds.total;
    if (weight.absent || weight.uncalculated || (weight.value !== null && within(weight.value, usual, 0))) return [];
    return [report(project, weight, "unusualWeight", { usual, stated: stated(weight) }, { expected: usual, actual: weight.value })];
  },
};
