// EXEC_RATE: 执行率 = 全年执行数 / 全年预算数 × 100 in every funds row (财预〔2020〕10号 自评表).
import { Project } from "../model";
import { fmt2, isBlank, roundDecimal, within } from "../numbers";
import { exactExecRate } from "../scoring";
import { ProjectRule, finding, stated } from "./rule";

export const ExecRateRule: ProjectRule = {
  id: "EXEC_RATE",
  severity: "error",
  describe: "执行率与全年执行数 / 全年预算数 不符",
  check(project: Project) {
    // Every funds row the form has, by the name it prints; `budget` is the rate's denominator (layouts.md).
    return project.fundLines.flatMap(({ label, cells }) => {
      const { budget, executed, rate } = cells;
      const name = label.value;
      if (rate.absent || budget.value === null || executed.value === null) return [];
      // An empty or unreadable rate (#DIV/0!) where the amounts give one is a wrong rate too.
      const exact = exactExecRate(budget.value, executed.value);
      const related = [budget.cell, executed.cell];
      if (exact === null) {
        return [finding(this, project, rate,
          `${name}：全年预算数为 0，全年执行数却为 ${fmt2(executed.value)}，执行率无从计算（表中为 ${stated(rate)}）`,
          { actual: rate.value, related })];
      }
      if (rate.value !== null && within(rate.value, exact)) return [];
      const expected = roundDecimal(exact, 2);
      const formula = budget.value === 0 ? "全年预算数为 0" : `${fmt2(executed.value)} / ${fmt2(budget.value)} × 100 = ${roundDecimal(exact, 4)}…`;
      return [finding(this, project, rate,
        `${name}：执行率应为 ${fmt2(expected)}（${formula}），表中为 ${stated(rate)}`,
        { expected, actual: rate.value, related })];
    });
  },
};
