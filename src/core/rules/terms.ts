/**
 * Words the rules put into messages, in both languages, and the funds rows as the rules walk
 * them. The Chinese words are the form's own labels (labels.ts).
 */
import { LABEL } from "../labels";
import { fundParts as modelFundParts } from "../model";
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

/**
 * A funds row's name for messages: the form's own label for it (本年财政拨款, 单位资金 …) in Chinese,
 * the four rows' English names; a row the reader found beyond the four goes by its printed name.
 */
export function fundRowName(key: string, printed?: string | null): Localized {
  const known = FUND_ROW_NAMES[key];
  const zh = printed ?? known?.zh ?? key;
  return { zh, en: known?.en ?? zh };
}

/** The funds rows the form has (model.ts fundLines), 年度资金总额 first; a layout may have more parts than the usual three. */
export function fundRows(project: Project): { key: string; name: Localized; cells: FundsRow }[] {
  return project.fundLines.map((line) => ({ key: line.key, name: fundRowName(line.key, line.label.value), cells: line.cells }));
}

/** The parts that make up 年度资金总额 (every row but the total): model.ts fundParts, as cells. */
export function fundParts(project: Project): FundsRow[] {
  return modelFundParts(project).map((line) => line.cells);
}

/** An indicator by its 三级指标, or by its row when it has none (第 12 行指标). */
export function indicatorName(ind: Indicator): string | Localized {
  return ind.name.value ?? { zh: `第 ${ind.row} 行指标`, en: `the indicator in row ${ind.row}` };
}

/** Joins a list as each language writes one: 数量指标、质量指标 / 数量指标, 质量指标. */
export function listOf(items: readonly string[]): Localized {
  return { zh: items.join("、"), en: items.join(", ") };
}
