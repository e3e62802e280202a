// FUND_SUM: 年度资金总额 must be the sum of its parts, column by column (rules.md, 自评表 funds block).
import { AMOUNT_COLUMNS, Project } from "../model";
import { SUM_TOLERANCE, fmt2, isBlank, roundDecimal, sumDecimal, within } from "../numbers";
import { ProjectRule, Report, report } from "./rule";
import { AMOUNT_NAMES, fundParts } from "./terms";

export const FundSumRule: ProjectRule = {
  id: "FUND_SUM",
  meta: {
    severity: "error",
    corrects: true,
    fixable: true,
    docs: {
      name: { zh: "资金合计", en: "Fund total" },
      description: {
        zh: "年度资金总额不等于当年财政拨款、上年结转资金与其他资金之和",
        en: "Total funds are not the sum of current appropriation, carry-over and other funds",
      },
      rationale: {
        zh: "年初预算数、全年预算数、全年执行数三列各自要合得上；总额错了，执行率、预算执行得分和总分都会跟着错。",
        en: "Each of the three amount columns must add up; a wrong total makes the execution rate, its score and the total score wrong too.",
      },
      source: { zh: "财预〔2020〕10号 自评表 项目资金栏", en: "财预〔2020〕10号, the form's funds block" },
      examples: {
        invalid: { zh: "当年财政拨款 196.69、其他 0，年度资金总额的全年执行数却填 206.69", en: "Parts executed 196.69 + 0 + 0, total executed 206.69" },
        valid: { zh: "478.47 = 478.47 + 0.00 + 0.00（容差 0.011）", en: "478.47 = 478.47 + 0.00 + 0.00 (tolerance 0.011)" },
      },
    },
    messages: {
      wrongTotal: {
        zh: "{column}：年度资金总额应为 {expected}（{parts}），表中为 {stated}",
        en: "{column}: total funds should be {expected} ({parts}), the sheet has {stated}",
      },
    },
  },
  check(project: Project) {
    const { total } = project.funds;
    const rows = fundParts(project);
    const reports: Report[] = [];
    for (const column of AMOUNT_COLUMNS) {
      if (total[column].absent || total[column].value === null) continue;
      // An empty part is a part of 0; an unreadable one makes the sum unknowable.
      let unreadable = false;
      const values: (number | null)[] = [];
      for (const row of rows) {
        const part = row[column];
        if (part.absent) continue;
        if (part.uncalculated || (part.value === null && !isBlank(part.raw))) unreadable = true;
        values.push(part.value);
      }
      // A form without part rows (or without this column in them) has no sum to check.
      if (unreadable || values.length === 0) continue;
      const sum = sumDecimal(values);
      if (within(total[column].value!, sum, SUM_TOLERANCE)) continue;
      const parts = rows.map((row) => row[column]).filter((p) => !p.absent);
      const expected = roundDecimal(sum, 2);
      reports.push(report(project, total[column], "wrongTotal",
        { column: AMOUNT_NAMES[column], expected: fmt2(sum), parts: parts.map((p) => fmt2(p.value ?? 0)).join(" + "), stated: fmt2(total[column].value!) },
        { expected, actual: total[column].value, related: parts.map((p) => p.cell), fix: { cell: total[column].cell, value: expected } }));
    }
    return reports;
  },
};
