// LOW_EXEC_FULL_MARKS (info): money largely unspent yet every target at full marks (seeds: 14.79 % and 40.77 % graded 优).
import { Project } from "../model";
import { fmt2, within } from "../numbers";
import { exactExecRate } from "../scoring";
import { ProjectRule, RuleContext, known, report } from "./rule";

export const LowExecFullMarksRule: ProjectRule = {
  id: "LOW_EXEC_FULL_MARKS",
  meta: {
    severity: "info",
    docs: {
      name: { zh: "低执行率满分", en: "Full marks, low execution" },
      description: { zh: "执行率低于 80%，而每个指标都得满分", en: "Execution below 80 % while every indicator has full marks" },
      rationale: {
        zh: "钱花得少、目标却全部满分完成，要么指标定得偏低，要么产出与资金使用不相符；复核时会对照资金和产出。",
        en: "Little money spent yet every target fully met: the targets may be set low, or the outputs may not match the spending; reviewers compare the two.",
      },
      source: { zh: "复核做法；种子表：执行率 14.79%、40.77% 的项目评为优", en: "Review practice; seeds: 14.79 % and 40.77 % execution graded 优" },
      examples: {
        invalid: { zh: "执行率 40.77%，所有指标满分", en: "40.77 % executed, every indicator at full marks" },
        valid: { zh: "执行率 40.77%，未完成的指标按比例扣分", en: "40.77 % executed, missed targets scored in proportion" },
      },
    },
    options: {
      below: {
        default: 80,
        description: { zh: "执行率（%）低于此值时提示", en: "The execution rate (%) below which to say so" },
        schema: { type: "number", minimum: 0, maximum: 100 },
      },
    },
    messages: {
      fullMarks: {
        zh: "执行率 {rate}% 低于 {below}%，而 {count} 个指标都得满分：产出可能与资金使用不相符",
        en: "Execution is {rate} %, below {below} %, yet all {count} indicators have full marks: the outputs may not match the spending",
      },
    },
  },
  check(project: Project, ctx: RuleContext) {
    const below = ctx.options.below as number;
    const { rate, budget, executed } = project.funds.total;
    const { indicators } = project;
    if (rate.absent || rate.value === null || indicators.length === 0) return [];
    // Where an earlier finding says the total's amounts are wrong (FUND_SUM: a total of zeros over parts that spent their
    // money, specimen 02 棠溪), the execution is the rate the amounts give, checked again once they are right; the
    // printed rate followed the wrong ones.
    const amountsWrong = ctx.earlier.some((f) => f.cell === budget.cell || f.cell === executed.cell);
    const execution = (amountsWrong && known(budget, executed) ? exactExecRate(budget.value!, executed.value!) : null) ?? rate.value;
    if (execution >= below) return [];
    if (!indicators.every((i) => known(i.weight, i.score) && within(i.score.value!, i.weight.value!, 0.005))) return [];
    return [report(project, rate, "fullMarks", { rate: fmt2(execution), below, count: indicators.length },
      { actual: execution, reads: [rate.cell, budget.cell, executed.cell, ...indicators.flatMap((i) => [i.score.cell, i.weight.cell])] })];
  },
};
