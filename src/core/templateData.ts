/**
 * What a template form holds: the cells a person types (FormData), read from any sheet's
 * Project, and what the template's formulas give for them, computed by core/scoring so that a
 * written file shows numbers before any spreadsheet recalculates it.
 */
import type { CellValue } from "./grid";
import { FUND_ROWS, FundRowKey, Project } from "./model";
import { cellText, compact, isBlank, roundDecimal, sumDecimal } from "./numbers";
import { DEFAULT_BUDGET_WEIGHT, execRate, execScore, formTotal, grade, isError } from "./scoring";

export const DEFAULT_ROWS = 12;

// ---------------------------------------------------------------------------------------
// What goes into a form

export type Entry = string | number | null;

export interface IndicatorData {
  level1: string | null;
  level2: string | null;
  name: string | null;
  target: string | null;
  actual: string | null;
  weight: Entry;
  score: Entry;
  reason: string | null;
}

/** The cells a person types; everything else on the form is computed. */
export interface FormData {
  yearLine: string | null;
  name: string | null;
  department: string | null;
  implementer: string | null;
  /** The parts; 年度资金总额 is their SUM. */
  funds: Record<Exclude<FundRowKey, "total">, { initial: Entry; budget: Entry; executed: Entry }>;
  /** 分数 of 年度资金总额. */
  budgetWeight: Entry;
  goals: { planned: string | null; achieved: string | null };
  indicators: IndicatorData[];
  /** What a source sheet stated in the cells the template computes, by field key. */
  stated?: Partial<Record<ComputedField, Entry>>;
  /** 原表数值 notes a source that is itself a rebuilt form carries, kept when it is rebuilt again. */
  notes?: Partial<Record<ComputedField, string>>;
}

export const COMPUTED_FIELDS = [
  "funds.total.initial", "funds.total.budget", "funds.total.executed",
  "funds.total.rate", "funds.current.rate", "funds.carryover.rate", "funds.other.rate",
  "funds.total.score", "totalWeight", "totalScore", "grade",
] as const;
export type ComputedField = (typeof COMPUTED_FIELDS)[number];

export const PARTS = ["current", "carryover", "other"] as const;
export const AMOUNTS = ["initial", "budget", "executed"] as const;

export function emptyForm(rows = DEFAULT_ROWS): FormData {
  const blank = { initial: null, budget: null, executed: null };
  return {
    yearLine: "（    年度）", name: null, department: null, implementer: null,
    funds: { current: { ...blank }, carryover: { ...blank }, other: { ...blank } },
    budgetWeight: DEFAULT_BUDGET_WEIGHT,
    goals: { planned: null, achieved: null },
    indicators: Array.from({ length: rows }, () => ({
      level1: null, level2: null, name: null, target: null, actual: null, weight: null, score: null, reason: null,
    })),
  };
}

const text = (raw: CellValue): string | null => (isBlank(raw) ? null : cellText(raw));
/** A number when the cell reads as one, else what it holds (kept, not lost), else null. */
const entry = (f: { value: number | null; raw: CellValue }): Entry => f.value ?? text(f.raw);
/** A target or actual as text; a percentage number cell as `95%`. */
function textOf(f: { raw: CellValue; format?: string | null }): string | null {
  if (typeof f.raw === "number" && f.format && /%/.test(f.format)) return `${roundDecimal(f.raw * 100, 6)}%`;
  return text(f.raw);
}

/** The year line as typed, `(2024年度)`; rebuilt when the year was found inside a longer title. */
function yearLineOf(p: Project): string | null {
  const typed = text(p.year.raw);
  if (typed !== null && (p.year.value === null || compact(typed).length <= 12)) return typed;
  return p.year.value !== null ? `（${p.year.value}年度）` : null;
}

/** A form read from any sheet, as the cells of the standard form. */
export function formDataOf(p: Project): FormData {
  const funds = {} as FormData["funds"];
  for (const row of PARTS) {
    const f = p.funds[row];
    funds[row] = { initial: entry(f.initial), budget: entry(f.budget), executed: entry(f.executed) };
  }
  const stated: FormData["stated"] = {};
  for (const column of AMOUNTS) stated[`funds.total.${column}`] = entry(p.funds.total[column]);
  for (const row of FUND_ROWS) stated[`funds.${row}.rate`] = entry(p.funds[row].rate);
  stated["funds.total.score"] = entry(p.funds.total.score);
  stated.totalWeight = entry(p.totalWeight);
  stated.totalScore = entry(p.totalScore);
  stated.grade = text(p.grade.raw);
  return {
    yearLine: yearLineOf(p),
    name: text(p.name.raw),
    department: text(p.department.raw),
    implementer: text(p.implementer.raw),
    funds,
    budgetWeight: entry(p.funds.total.weight),
    goals: { planned: text(p.goals.planned.raw), achieved: text(p.goals.achieved.raw) },
    indicators: p.indicators.map((i) => ({
      level1: i.level1.value, level2: i.level2.value, name: text(i.name.raw),
      target: textOf(i.target), actual: textOf(i.actual),
      weight: entry(i.weight), score: entry(i.score), reason: text(i.reason.raw),
    })),
    stated,
  };
}

// ---------------------------------------------------------------------------------------
// What the formulas give, in JS: core/scoring on the same numbers

/** A value as a formula sees it: SUM skips text and blanks; arithmetic fails on text. */
type Operand = { kind: "number"; value: number } | { kind: "blank" } | { kind: "text" };
const operand = (e: Entry): Operand =>
  typeof e === "number" ? { kind: "number", value: e } : e === null || compact(e) === "" ? { kind: "blank" } : { kind: "text" };
/** A cell in arithmetic (D6*…): blank is 0, text is #VALUE! (undefined). */
const arith = (e: Entry | undefined): number | undefined => {
  if (e === undefined) return undefined;
  const o = operand(e);
  return o.kind === "number" ? o.value : o.kind === "blank" ? 0 : undefined;
};
/** =IF(D=0,0,ROUND(E/D*100,2)): 0 when the budget is 0, as the template's formula shows it. */
export function rateOf(budget: Entry | undefined, executed: Entry | undefined): number | undefined {
  const b = arith(budget);
  if (b === 0) return 0;
  const e = arith(executed);
  if (b === undefined || e === undefined) return undefined;
  const r = execRate(b, e);
  return isError(r) ? undefined : r.value;
}

/** The result of every formula of the form for these data. */
export function computeForm(data: FormData): Partial<Record<ComputedField, number | string>> {
  const out: Partial<Record<ComputedField, number | string | undefined>> = {};
  const amounts: Record<FundRowKey, Record<(typeof AMOUNTS)[number], Entry | undefined>> = {
    total: { initial: null, budget: null, executed: null }, ...data.funds,
  };
  for (const column of AMOUNTS) {
    const total = sumDecimal(PARTS.map((row) => data.funds[row][column]));
    amounts.total[column] = total;
    out[`funds.total.${column}`] = total;
  }
  for (const row of FUND_ROWS) out[`funds.${row}.rate`] = rateOf(amounts[row].budget, amounts[row].executed);
  const rate = out["funds.total.rate"] as number | undefined;
  const weight = arith(data.budgetWeight);
  const scored = rate === undefined || weight === undefined ? undefined : execScore(rate, weight);
  const score = scored && !isError(scored) ? scored.value : undefined;
  out["funds.total.score"] = score;
  out.totalWeight = weight === undefined ? undefined : formTotal(weight, data.indicators.map((i) => i.weight)).total;
  const totalScore = score === undefined ? undefined : formTotal(score, data.indicators.map((i) => i.score)).total;
  out.totalScore = totalScore;
  const g = totalScore === undefined ? undefined : grade(totalScore);
  out.grade = g && !isError(g) ? g.value : undefined;
  for (const k of Object.keys(out) as ComputedField[]) if (out[k] === undefined) delete out[k];
  return out as Partial<Record<ComputedField, number | string>>;
}

