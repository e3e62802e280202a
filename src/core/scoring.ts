/**
 * The form's arithmetic (财预〔2020〕10号 自评表): 执行率, its 得分, 评分等级, whether a target
 * is met and the highest 得分 an indicator may get. The rules, the PERF.* functions and the
 * template all call these; nothing else computes a number the user sees.
 */
import { Grade, QualitativeLevel } from "./labels";
import { Actual, QuantitativeTarget, RoundingMode, Target, roundDecimal, sumDecimal } from "./numbers";

/** Why a computation has no number, in the terms of a spreadsheet error. */
export interface ScoringError {
  error: "#DIV/0!" | "#VALUE!" | "#NUM!" | "#N/A";
  message: string;
}

export type Scored<T> = { value: T } | ScoringError;

export function isError<T>(r: Scored<T>): r is ScoringError {
  return (r as ScoringError).error !== undefined;
}

export const DEFAULT_BUDGET_WEIGHT = 10;
export const FULL_MARKS = 100;

/** 执行率 unrounded: 执行数 / 预算数 × 100; 0 when both are 0; null when only the budget is 0. */
export function exactExecRate(budget: number, executed: number): number | null {
  if (budget === 0) return executed === 0 ? 0 : null;
  return (executed / budget) * 100;
}

/** 执行率 (%) = 全年执行数 / 全年预算数 × 100, to `decimals` places. */
export function execRate(budget: number, executed: number, decimals = 2, mode: RoundingMode = "round"): Scored<number> {
  if (budget < 0 || executed < 0) return { error: "#VALUE!", message: "金额不能为负数" };
  const exact = exactExecRate(budget, executed);
  if (exact === null) return { error: "#DIV/0!", message: "全年预算数为 0，而全年执行数不为 0" };
  return { value: roundDecimal(exact, decimals, mode) };
}

/** 预算执行率 得分 = min(执行率, 100) / 100 × 分数, two decimals. */
export function execScore(rate: number, weight = DEFAULT_BUDGET_WEIGHT, mode: RoundingMode = "round"): Scored<number> {
  if (rate < 0) return { error: "#VALUE!", message: "执行率不能为负数" };
  if (weight < 0) return { error: "#VALUE!", message: "分数不能为负数" };
  return { value: roundDecimal((Math.min(rate, 100) / 100) * weight, 2, mode) };
}

/** The unrounded 得分 of a rate, for comparisons within a tolerance. */
export function exactExecScore(rate: number, weight: number): number {
  return (Math.min(rate, 100) / 100) * weight;
}

/**
 * 总分 (or the 分值 of the 总分 row): the 预算执行 part plus every indicator's, summed as SUM does
 * (what is not a number counts as 0), without float noise. The indicators' sum is given too.
 */
export function formTotal(budgetPart: number, indicatorParts: readonly unknown[]): { indicators: number; total: number } {
  const indicators = sumDecimal(indicatorParts);
  return { indicators, total: sumDecimal([budgetPart, indicators]) };
}

/** 评分等级: 90 and above 优, 80–90 良, 60–80 中, below 60 差. */
export function grade(total: number): Scored<Grade> {
  if (!Number.isFinite(total) || total < 0 || total > FULL_MARKS) {
    return { error: "#NUM!", message: "总分应在 0 到 100 之间" };
  }
  if (total >= 90) return { value: "优" };
  if (total >= 80) return { value: "良" };
  if (total >= 60) return { value: "中" };
  return { value: "差" };
}

/**
 * Whether a quantitative target is met. `=` counts over-achievement as met (rules.md), except
 * `=0` (accidents, complaints: =0(起)), which is a ceiling: met at 0, missed above it.
 */
export function targetMet(target: QuantitativeTarget, actual: number): boolean {
  switch (target.op) {
    case "≥":
      return actual >= target.value;
    case "=":
      return target.value === 0 ? actual <= 0 : actual >= target.value;
    case ">":
      return actual > target.value;
    case "≤":
      return actual <= target.value;
    case "<":
      return actual < target.value;
  }
}

/** Share of 分值 each 实际完成值 level allows at most, and at least (domain.md). */
export const QUALITATIVE_BAND: Record<QualitativeLevel, [number, number]> = {
  达成指标: [0.8, 1],
  部分达成指标并具有一定效果: [0.6, 0.8],
  未达成指标且效果较差: [0, 0.6],
};

/** Downward targets (反向指标: ≤ <, and =0): less is better. */
export function isDownward(target: QuantitativeTarget): boolean {
  return target.op === "≤" || target.op === "<" || (target.op === "=" && target.value === 0);
}

/** Upward targets (≥ > =, but not =0): a miss scores in proportion, 完成值 / 指标值. */
export function isUpward(target: QuantitativeTarget): boolean {
  return !isDownward(target);
}

/**
 * The 得分 of a missed downward target, unrounded (the deployed rule for 反向指标): full marks at
 * the target, falling linearly to 0 at twice the target; a target of 0 allows nothing above it.
 */
export function reverseScore(target: QuantitativeTarget, actual: number, weight: number): number {
  if (target.value <= 0) return actual > target.value ? 0 : weight;
  return weight * Math.max(0, 1 - (actual - target.value) / target.value);
}

/** The proportional 得分 of a missed quantitative target, unrounded. */
export function proportionalScore(target: QuantitativeTarget, actual: number, weight: number): number {
  if (isDownward(target)) return reverseScore(target, actual, weight);
  return target.value > 0 ? (weight * Math.max(actual, 0)) / target.value : 0;
}

/** The highest 得分 the rules allow for an indicator. */
export function indicatorScoreCap(target: Target, actual: Actual, weight: number): Scored<number> {
  if (weight < 0) return { error: "#VALUE!", message: "分值不能为负数" };
  if (actual.kind === "level") return { value: roundDecimal(QUALITATIVE_BAND[actual.level][1] * weight, 2) };
  if (target.kind === "qualitative") {
    return { error: "#VALUE!", message: "定性指标的实际完成值应为：达成指标 / 部分达成指标并具有一定效果 / 未达成指标且效果较差" };
  }
  if (actual.kind !== "quantity") return { error: "#VALUE!", message: "实际完成值不是数值" };
  if (targetMet(target, actual.value)) return { value: weight };
  return { value: roundDecimal(Math.min(proportionalScore(target, actual.value, weight), weight), 2) };
}
