/** What the template tests share: seed forms grouped by source document, and what core computes for them. */
import ExcelJS from "exceljs";
import { checkGrids } from "../../src/core/check";
import type { Grid } from "../../src/core/grid";
import { worksheetGrid } from "../node/exceljsGrid";
import { FUND_ROWS, FundRowKey } from "../../src/core/model";
import { parseNumber, roundDecimal } from "../../src/core/numbers";
import { execRate, execScore, grade, isError } from "../../src/core/scoring";
import { LayoutName, formGrid } from "../fixtures/layouts";
import { SeedForm, seedForms } from "../fixtures/seedForms";

/** The five source documents (000 … 004), each a workbook of its forms. */
export function seedDocuments(): { id: string; forms: SeedForm[] }[] {
  const groups = new Map<string, SeedForm[]>();
  for (const f of seedForms()) groups.set(f.id.slice(0, 3), [...(groups.get(f.id.slice(0, 3)) ?? []), f]);
  return [...groups].map(([id, forms]) => ({ id, forms }));
}

/** Each document's forms in all three layouts in turn, so the converter reads every layout. */
export const mixedLayout = (_: SeedForm, i: number): LayoutName => (["plain", "offset", "wide"] as const)[i % 3];

const num = (printed: string): number => parseNumber(printed) ?? 0;

function value<T>(r: { value: T } | { error: string }): T {
  if (isError(r as never)) throw new Error(`core gives ${(r as { error: string }).error}`);
  return (r as { value: T }).value;
}

export interface Expected {
  budget: number;
  executed: number;
  rates: Record<FundRowKey, number>;
  score: number;
  totalWeight: number;
  totalScore: number;
  grade: string;
}

/**
 * What core/scoring gives for a seed form's typed numbers: 年度资金总额 as the sum of its parts,
 * 执行率 (0 where the budget is 0, as the template's formula shows it), its 得分, 总分, 评分等级.
 */
export function expectedFor(form: SeedForm): Expected {
  const parts = (column: number) => roundDecimal(num(form.funds.current[column]) + num(form.funds.carryover[column]) + num(form.funds.other[column]), 10);
  const budget = parts(1);
  const executed = parts(2);
  const rateOf = (b: number, e: number) => (b === 0 ? 0 : value(execRate(b, e)));
  const rates = {} as Record<FundRowKey, number>;
  for (const row of FUND_ROWS) {
    rates[row] = row === "total" ? rateOf(budget, executed) : rateOf(num(form.funds[row][1]), num(form.funds[row][2]));
  }
  const weight = num(form.funds.total[3]);
  const score = value(execScore(rates.total, weight));
  const totalWeight = roundDecimal(weight + form.indicators.reduce((s, i) => s + num(i.weight), 0), 10);
  const totalScore = roundDecimal(score + form.indicators.reduce((s, i) => s + num(i.score), 0), 10);
  return { budget, executed, rates, score, totalWeight, totalScore, grade: value(grade(totalScore)) };
}

/** A seed form the check finds no error in: its stated totals should match the formulas within 0.01. */
export function isConsistent(form: SeedForm): boolean {
  return !checkGrids([formGrid(form)]).findings.some((f) => f.severity === "error");
}

/** A cell's value as a spreadsheet last computed it: the cached result of a formula. */
export function shownValue(cell: ExcelJS.Cell): unknown {
  // cell.value drops a result of 0 (ExcelJS copies only truthy fields); cell.result does not.
  if (cell.type === ExcelJS.ValueType.Formula) return cell.result;
  return cell.value;
}

export function formulaOf(cell: ExcelJS.Cell): string | undefined {
  return cell.type === ExcelJS.ValueType.Formula ? cell.formula : undefined;
}

/** The grids `perfeval check` reads (formula cells by their cached results, 0 included). */
export function gridsOf(workbook: ExcelJS.Workbook): Grid[] {
  return workbook.worksheets.map(worksheetGrid);
}
