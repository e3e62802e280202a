/**
 * Words the rules put into messages, in both languages, and the funds rows as the rules walk
 * them. The Chinese words are the form's own labels (labels.ts).
 */
import { LABEL } from "../labels";
import type { FundsRow, Indicator, Localized, Project } from "../model";

export const FUND_ROW_NAMES: Record<string, Localized> = {
  total: { zh: LABEL.total, en: "total funds" },
  current: { zh: LABEL.current, en: "current appropriation" },
  carryover: { zh: LABEL.carryover, en: "carried over" },
  other: { zh: LABEL.other, en: "other funds" },
};

export const AMOUNT_NAMES: Record<"initial" | "budget" | "executed", Localized> = {
  initial: { zh: LABEL.initial, en: "initial budget" },
  budget: { zh: LABEL.budget, en: "full-year budget" },
  executed: { zh: LABEL.executed, en: "executed" },
};

/** A funds row's name for messages; a row the reader found beyond the four parts goes by its key. */
export function fundRowName(key: string): Localized {
  return FUND_ROW_NAMES[key] ?? { zh: key, en: key };
}

/** The funds rows of the form, 年度资金总额 first; a layout may have more parts than the usual three. */
export function fundRows(project: Project): [string, FundsRow][] {
  return Object.entries(project.funds) as [string, FundsRow][];
}

/** The parts that make up 年度资金总额 (every row but the total). */
export function fundParts(project: Project): FundsRow[] {
  const parts: FundsRow[] = [];
  for (const key in project.funds) if (key !== "total") parts.push(project.funds[key as keyof Project["funds"]]);
  return parts;
}

/** An indicator by its 三级指标, or by its row when it has none (第 12 行指标). */
export function indicatorName(ind: Indicator): string | Localized {
  return ind.name.value ?? { zh: `第 ${ind.row} 行指标`, en: `the indicator in row ${ind.row}` };
}

/** Joins a list as each language writes one: 数量指标、质量指标 / 数量指标, 质量指标. */
export function listOf(items: readonly string[]): Localized {
  return { zh: items.join("、"), en: items.join(", ") };
}
