/**
 * The one layer between Excel and core/scoring for the PERF.* functions: what Excel passes in
 * (numbers, text such as "2,270.22", blanks, omitted arguments) becomes core values, and a core
 * ScoringError becomes a CustomFunctions.Error. `CustomFunctions` is read only when a function
 * runs, so this module loads in Node where the tests put a fake runtime in place.
 */
import type { CellValue } from "../core/grid";
import { Actual, QuantitativeTarget, RoundingMode, Target, compact, isBlank, parseActual, parseNumber, parseTarget } from "../core/numbers";
import { Scored, ScoringError, isError } from "../core/scoring";

/** What Excel hands a parameter: a cell value, or null / undefined when the argument is omitted. */
export type Argument = CellValue | undefined;

type ErrorName = "divisionByZero" | "invalidValue" | "invalidNumber" | "notAvailable";

const ERROR_NAMES: Record<ScoringError["error"], ErrorName> = {
  "#DIV/0!": "divisionByZero",
  "#VALUE!": "invalidValue",
  "#NUM!": "invalidNumber",
  "#N/A": "notAvailable",
};

/** The spreadsheet error for a core error; Excel shows the message for #VALUE! and #N/A only. */
export function spreadsheetError(e: ScoringError): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[ERROR_NAMES[e.error]], e.message);
}

function failure(error: ScoringError["error"], message: string): CustomFunctions.Error {
  return spreadsheetError({ error, message });
}

/** The value of a core result, or the result's error thrown as the cell's error. */
export function valueOf<T>(result: Scored<T>): T {
  if (isError(result)) throw spreadsheetError(result);
  return result.value;
}

/** The argument, or null when it is omitted or blank. */
function given(value: Argument): Exclude<CellValue, null> | null {
  return value === undefined || value === null || isBlank(value) ? null : value;
}

/** The argument as the user typed it, shortened for a message. */
function shown(value: Argument): string {
  const text = String(value);
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}

/**
 * A required amount, rate, weight or total. Number text is read as the form writes it
 * (`2,270.22`, `99.34%` reads 99.34); a blank reads 0, as in Excel's own arithmetic.
 */
export function numberArg(value: Argument, label: string): number {
  const v = given(value);
  if (v === null) return 0;
  const n = parseNumber(v);
  if (n === null) throw failure("#VALUE!", `${label}不是数值：${shown(value)}`);
  return n;
}

/** An optional number: omitted or blank takes the default. */
export function optionalNumberArg(value: Argument, fallback: number, label: string): number {
  return given(value) === null ? fallback : numberArg(value, label);
}

export const DEFAULT_DECIMALS = 2;
const MAX_DECIMALS = 10;

/** Decimal places: an integer 0–10 (a fraction is cut, as Excel's ROUND does); default 2. */
export function decimalsArg(value: Argument): number {
  const places = Math.trunc(optionalNumberArg(value, DEFAULT_DECIMALS, "小数位数"));
  if (places < 0 || places > MAX_DECIMALS) throw failure("#NUM!", `小数位数应在 0 到 ${MAX_DECIMALS} 之间`);
  return places;
}

/** The spellings of the two rounding modes a user may type. */
const ROUNDING_MODES = new Map<string, RoundingMode>([
  ["round", "round"],
  ["四舍五入", "round"],
  ["trunc", "trunc"],
  ["truncate", "trunc"],
  ["截断", "trunc"],
  ["截尾", "trunc"],
]);

/** "round" (default) or "trunc", case and white space ignored; anything else is #VALUE!. */
export function roundingModeArg(value: Argument): RoundingMode {
  const v = given(value);
  if (v === null) return "round";
  const mode = typeof v === "string" ? ROUNDING_MODES.get(compact(v).toLowerCase()) : undefined;
  if (!mode) throw failure("#VALUE!", `取舍方式应为 "round"（四舍五入）或 "trunc"（截断），而不是：${shown(value)}`);
  return mode;
}

/** 年度指标值, quantitative (`≥90(%)`, `>=90（%）`, 85) or qualitative (`及时`). */
export function targetArg(value: Argument): Target {
  const v = given(value);
  const target = v === null ? null : parseTarget(v);
  if (!target) throw failure("#VALUE!", "年度指标值为空");
  return target;
}

/** 年度指标值 that must be quantitative: a qualitative one has no number to compare (#N/A). */
export function quantitativeTargetArg(value: Argument): QuantitativeTarget {
  const target = targetArg(value);
  if (target.kind === "qualitative") {
    throw failure("#N/A", `“${shown(target.text)}”是定性指标，没有可比较的数值；按 达成指标 / 部分达成指标并具有一定效果 / 未达成指标且效果较差 评分`);
  }
  return target;
}

/** 实际完成值: `47.00(期)`, a number, or one of the three qualitative levels. */
export function actualArg(value: Argument): Actual {
  const v = given(value);
  const actual = v === null ? null : parseActual(v);
  if (!actual) throw failure("#VALUE!", "实际完成值为空");
  return actual;
}

/** 实际完成值 that must be a number (`47.00(期)`, `85%`, 85). */
export function quantityArg(value: Argument): number {
  const actual = actualArg(value);
  if (actual.kind !== "quantity") throw failure("#VALUE!", `实际完成值不是数值：${shown(value)}`);
  return actual.value;
}
