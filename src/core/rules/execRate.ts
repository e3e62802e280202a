// EXEC_RATE: 执行率 = 全年执行数 / 全年预算数 × 100 in every funds row (财预〔2020〕10号 自评表).
import { Project } from "../model";
import { fmt2, roundDecimal, within } from "../numbers";
import { exactExecRate } from "../scoring";
import { ProjectRule, Report, fixValue, report, stated } from "./rule";
import { fundRows } from "./terms";

export const ExecRateRule: ProjectRule = {
  id: "EXEC_RATE",
  meta: {
    severity: "error",
    corrects: true,
    fixable: true,
    docs: {
      name: { zh: "执行率", en: "Execution rate" },
      description: { zh: "执行率与全年执行数 / 全年预算数 不符", en: "The execution rate does not follow from executed / full-year budget" },
      rationale: {
        zh: "执行率由两个金额算出，不能估填；它决定预算执行得分。全年预算数为 0 时执行率为 0，且不应有执行数。",
        en: "The rate follows from two amounts and decides the budget execution score. With a budget of 0 the rate is 0 and nothing may be executed.",
      },
      source: { zh: "财预〔2020〕10号 自评表：执行率 = 全年执行数 / 全年预算数", en: "财预〔2020〕10号: rate = executed / full-year budget" },
      examples: {
        invalid: { zh: "全年预算数 48.30、全年执行数 45.99，执行率填 93.00", en: "Budget 48.30, executed 45.99, rate 93.00" },
        valid: { zh: "执行率填 95.21 或 95.22（95.217… 截断或四舍五入都接受）", en: "Rate 95.21 or 95.22 (95.217… truncated or rounded)" },
      },
    },
    messages: {
      wrongRate: {
        zh: "{row}：执行率应为 {expected}（{executed} / {budget} × 100 = {exact}…），表中为 {stated}",
        en: "{row}: the execution rate should be {expected} ({executed} / {budget} × 100 = {exact}…), the sheet has {stated}",
      },
      zeroBudgetRate: {
        zh: "{row}：执行率应为 {expected}（全年预算数为 0），表中为 {stated}",
        en: "{row}: the execution rate should be {expected} (the full-year budget is 0), the sheet has {stated}",
      },
      executedWithoutBudget: {
        zh: "{row}：全年预算数为 0，全年执行数却为 {executed}，执行率无从计算（表中为 {stated}）",
        en: "{row}: the full-year budget is 0 but {executed} was executed, so there is no rate (the sheet has {stated})",
      },
    },
  },
  check(project: Project) {
    const reports: Report[] = [];
    // Every funds row the form has, by the name it prints; `budget` is the rate's denominator (layouts.md).
    for (const { name: row, cells: { budget, executed, rate } } of fundRows(project)) {
      if (rate.absent || rate.uncalculated || budget.value === null || executed.value === null) continue;
      // An empty or unreadable rate (#DIV/0!) where the amounts give one is a wrong rate too.
      const exact = exactExecRate(budget.value, executed.value);
      const related = [budget.cell, executed.cell];
      if (exact === null) {
        reports.push(report(project, rate, "executedWithoutBudget", { row, executed: fmt2(executed.value), stated: stated(rate) }, { actual: rate.value, related }));
        continue;
      }
      if (rate.value !== null && within(rate.value, exact)) continue;
      const expected = roundDecimal(exact, 2);
      const extra = { expected, actual: rate.value, related, fix: { cell: rate.cell, value: fixValue(rate, expected) } };
      reports.push(budget.value === 0
        ? report(project, rate, "zeroBudgetRate", { row, expected: fmt2(expected), stated: stated(rate) }, extra)
        : report(project, rate, "wrongRate",
          { row, expected: fmt2(expected), executed: fmt2(executed.value), budget: fmt2(budget.value), exact: roundDecimal(exact, 4), stated: stated(rate) }, extra));
    }
    return reports;
  },
};
