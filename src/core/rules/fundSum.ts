// FUND_SUM: 年度资金总额 must be the sum of its parts, column by column (rules.md, 自评表 funds block).
import { AMOUNT_COLUMNS, Project, fundParts } from "../model";
import { SUM_TOLERANCE, fmt2, isBlank, roundDecimal, sumDecimal, within } from "../numbers";
import { ProjectRule, finding } from "./rule";

const NAMES = { initial: "年初预算数", budget: "全年预算数", executed: "全年执行数" };

export const FundSumRule: ProjectRule = {
  id: "FUND_SUM",
  severity: "error",
  describe: "年度资金总额不等于当年财政拨款、上年结转资金与其他资金之和",
  check(project: Project) {
    const { total } = project.funds;
    // Whichever part rows the form has (四川: 财政资金, 财政专户管理资金, 单位资金, 其他资金).
    const lines = fundParts(project);
    return AMOUNT_COLUMNS.flatMap((column) => {
      const parts = lines.map((line) => line.cells[column]).filter((p) => !p.absent);
      // An empty part is a part of 0; an unreadable one makes the sum unknowable.
      if (parts.length === 0 || total[column].value === null || parts.some((p) => p.value === null && !isBlank(p.raw))) return [];
      const sum = sumDecimal(parts.map((p) => p.value));
      if (within(total[column].value!, sum, SUM_TOLERANCE)) return [];
      return [
        finding(this, project, total[column],
          `${NAMES[column]}：年度资金总额应为 ${fmt2(sum)}（${parts.map((p) => fmt2(p.value ?? 0)).join(" + ")}），表中为 ${fmt2(total[column].value!)}`,
          { expected: roundDecimal(sum, 2), actual: total[column].value, related: parts.map((p) => p.cell) }),
      ];
    });
  },
};
