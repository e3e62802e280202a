// LEVEL1_WEIGHTS (info): 产出 50, 效益 30, 满意度 10 with 预算执行 10 — 财预〔2020〕10号: 原则上统一设置，特殊情况可适当调整.
import { Indicator, Project } from "../model";
import { SUM_TOLERANCE, fmt2, sumDecimal, within } from "../numbers";
import { ProjectRule, Report, RuleContext, report } from "./rule";
import { LEVEL1_LABEL, isFramework, level1Groups } from "./levels";

type Group = keyof typeof LEVEL1_LABEL;
const GROUPS: readonly string[] = ["output", "effect", "satisfaction"];

const weightOption = (label: string, usual: number) => ({
  default: usual,
  description: { zh: `${label}的分值合计`, en: `The weights of ${label} together` },
  schema: { type: "number", minimum: 0, maximum: 100 },
});

export const Level1WeightsRule: ProjectRule = {
  id: "LEVEL1_WEIGHTS",
  meta: {
    severity: "info",
    docs: {
      name: { zh: "一级指标权重", en: "一级 weights" },
      description: {
        zh: "一级指标的分值合计不是通常的 产出 50、效益 30、满意度 10（预算执行 10）",
        en: "The 一级 groups' weights are not the usual 产出 50, 效益 30, 满意度 10 (budget 10)",
      },
      rationale: {
        zh: "10号文的自评表原则上统一设置权重：预算执行率 10 分、产出指标 50 分、效益指标 30 分、满意度指标 10 分，特殊情况可适当调整；调整了的要能说明。预算执行不是 10 分时由 BUDGET_WEIGHT 提示，这里不再比较；评价框架的表和含成本等其他一级指标的表不比较。",
        en: "10号 sets the weights in principle: budget 10, 产出 50, 效益 30, 满意度 10, adjustable in special cases that need explaining. With another budget weight BUDGET_WEIGHT speaks instead; framework forms and forms with other 一级 groups are not compared.",
      },
      source: { zh: "财预〔2020〕10号 附件：原则上统一设置，特殊情况可适当调整", en: "财预〔2020〕10号, annex: set uniformly in principle, adjustable in special cases" },
      examples: {
        invalid: { zh: "产出指标 60 分、效益指标 20 分", en: "产出 60, 效益 20" },
        valid: { zh: "产出指标 50 分、效益指标 30 分、满意度指标 10 分", en: "产出 50, 效益 30, 满意度 10" },
      },
    },
    options: {
      budget: {
        default: 10,
        description: { zh: "预算执行率的分数；分数不同时不比较一级指标", en: "The budget execution weight under which the 一级 groups are compared" },
        schema: { type: "number", minimum: 0, maximum: 100 },
      },
      output: weightOption(LEVEL1_LABEL.output, 50),
      effect: weightOption(LEVEL1_LABEL.effect, 30),
      satisfaction: weightOption(LEVEL1_LABEL.satisfaction, 10),
    },
    messages: {
      unusual: {
        zh: "{level1}的分值合计为 {sum}，通常为 {usual}（预算执行 {budget}、产出 {output}、效益 {effect}、满意度 {satisfaction}）",
        en: "{level1} weighs {sum} in all, usually {usual} (budget {budget}, 产出 {output}, 效益 {effect}, 满意度 {satisfaction})",
      },
    },
  },
  check(project: Project, ctx: RuleContext) {
    const usual = ctx.options as Record<"budget" | Group, number>;
    const budget = project.funds.total.weight;
    if (budget.absent || budget.value === null || !within(budget.value, usual.budget, 0) || isFramework(project)) return [];
    const groups = level1Groups(project);
    if (groups.some((g) => g.kind === undefined || !GROUPS.includes(g.kind))) return [];
    // Each group's indicators and weights, in one pass (a group's rows may come in more than one run).
    const byKind = new Map<Group, Indicator[]>();
    for (const g of groups) {
      const list = byKind.get(g.kind as Group);
      if (list) for (const ind of g.indicators) list.push(ind);
      else byKind.set(g.kind as Group, [...g.indicators]);
    }
    const reports: Report[] = [];
    for (const [kind, indicators] of byKind) {
      if (indicators.some((ind) => ind.weight.absent || ind.weight.value === null)) continue;
      const sum = sumDecimal(indicators.map((ind) => ind.weight.value));
      if (within(sum, usual[kind], SUM_TOLERANCE)) continue;
      reports.push(report(project, indicators[0].weight, "unusual",
        { level1: LEVEL1_LABEL[kind], sum: fmt2(sum), usual: usual[kind], budget: usual.budget, output: usual.output, effect: usual.effect, satisfaction: usual.satisfaction },
        { expected: usual[kind], actual: sum, reads: indicators.map((ind) => ind.weight.cell) }));
    }
    return reports;
  },
};
