/**
 * Reading numbers, targets and actuals the way users type them, and decimal rounding.
 * This is the one place that knows `2,270.22`, `99.34%`, `≥90（%）` and half-up rounding.
 */
import type { CellValue } from "./grid";
import { QUALITATIVE_LEVELS, QualitativeLevel, compact, halfWidth } from "./labels";

// White space and full-width forms are the labels' normalisation (labels.ts); numbers read through it too.
export { compact, halfWidth };

/** Rates and scores are compared within this much (rules.md), plus float noise. */
export const TOLERANCE = 0.01;
/** Sums of amounts are compared within this much (rules.md). */
export const SUM_TOLERANCE = 0.011;
export const FLOAT_NOISE = 1e-6;

export function within(a: number, b: number, tolerance = TOLERANCE): boolean {
  return Math.abs(a - b) <= tolerance + FLOAT_NOISE;
}

export function cellText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "string") return value.trim();
  return String(value);
}

const NUMBER_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;

/** A number written as text: `478.47`, `2,270.22`, ` 10.00 `, `99.34%` (reads 99.34). */
function parseNumberText(text: string): number | null {
  const t = halfWidth(compact(text)).replace(/%$/, "");
  if (t === "" || !NUMBER_TEXT.test(t) || !/\d/.test(t)) return null;
  const n = Number(t.replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

export function isPercentFormat(format: string | null | undefined): boolean {
  // A % inside quotes or after a backslash is a literal, not a percentage format.
  return !!format && /%/.test(format.replace(/"[^"]*"|\\./g, ""));
}

/**
 * An amount, rate or score as a number, or null when the cell is empty or not a number.
 * With `percentScale`, a percentage cell (0.9934 shown as 99.34%) reads as 99.34, the way
 * the form writes 执行率(%).
 */
export function parseNumber(value: CellValue, format?: string | null, percentScale = false): number | null {
  if (typeof value === "string") return parseNumberText(value);
  if (typeof value !== "number" || !Number.isFinite(value)) return null;
  return percentScale && isPercentFormat(format) ? times100(value) : value;
}

/** x × 100 on the decimal value (0.9934 → 99.34 exactly, not 99.33999…). */
function times100(x: number): number {
  const d = toDecimal(x);
  return fromDecimal({ ...d, scale: d.scale - 2 });
}

/** True when the cell holds nothing a person would read as a value. */
export function isBlank(value: CellValue): boolean {
  // trim() removes exactly what \s matches (U+00A0 and U+3000 included).
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** `-` and its look-alikes: the form's mark for "not applicable". */
export function isDash(value: CellValue): boolean {
  return typeof value === "string" && /^[-—－–―]+$/.test(compact(value));
}

// ---------------------------------------------------------------------------------------
// Decimal rounding on the decimal value, not the binary float: 9.605 (stored as
// 9.60499…) rounds half-up to 9.61, as the value a person typed would.

export type RoundingMode = "round" | "trunc";

interface Decimal {
  negative: boolean;
  digits: string; // the significant digits; value = digits × 10^-scale
  scale: number;
}

function toDecimal(x: number): Decimal {
  // 15 significant digits is what a double holds faithfully; it undoes float noise.
  const [mantissa, expPart] = Math.abs(x).toExponential(14).split("e");
  const exp = Number(expPart);
  const digits = mantissa.replace(".", "").replace(/0+$/, "") || "0";
  const scale = digits.length - 1 - exp;
  return { negative: x < 0, digits, scale };
}

function fromDecimal(d: Decimal): number {
  const text = d.scale >= 0 ? `${d.digits}e-${d.scale}` : `${d.digits}e${-d.scale}`;
  const n = Number(text);
  return d.negative ? -n : n;
}

const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];
/**
 * y = |x| × 10^places as a double differs from the decimal value × 10^places by less than
 * 5.2e-15 × y (15 digits: 5e-15 relative; the product: 1.1e-16). Farther than this from a tie,
 * the double decides the rounding as the decimal would.
 */
const undecided = (y: number) => 1e-9 + y * 6e-15;

/** Rounds (half-up, away from zero) or truncates x to `places` decimals, on its decimal value. */
export function roundDecimal(x: number, places = 2, mode: RoundingMode = "round"): number {
  if (!Number.isFinite(x) || x === 0) return x;
  // Most amounts and scores are far from a tie: decide on the float, which is then exact
  // (k / 10^places is the double nearest the decimal, as parsing "k e-places" gives).
  const scale = POWERS_OF_TEN[places];
  const y = Math.abs(x) * scale;
  if (scale !== undefined && y < 2 ** 52) {
    const whole = Math.floor(y);
    const fraction = y - whole;
    const margin = undecided(y);
    const decided = mode === "round" ? Math.abs(fraction - 0.5) > margin : fraction > margin && fraction < 1 - margin;
    if (decided) {
      const k = mode === "round" && fraction > 0.5 ? whole + 1 : whole;
      return k === 0 ? 0 : (x < 0 ? -k : k) / scale;
    }
  }
  const d = toDecimal(x);
  const drop = d.scale - places;
  // Nothing to drop: still return the decimal value (83 / 100 × 10 is 8.3, not 8.299999999999999).
  if (drop <= 0) return fromDecimal(d);
  let kept = d.digits.length > drop ? d.digits.slice(0, d.digits.length - drop) : "0";
  if (mode === "round") {
    const next = d.digits.length >= drop ? d.digits[d.digits.length - drop] : "0";
    if (next >= "5") kept = (BigInt(kept) + 1n).toString();
  }
  const result = fromDecimal({ ...d, digits: kept, scale: places });
  return result === 0 ? 0 : result;
}

/**
 * The sum of amounts, rates or scores (anything not a number counts as 0, as SUM does),
 * without float noise: 10.1 + 20.2 is 30.3. The rules, the template and the summary all sum here.
 */
export function sumDecimal(values: readonly unknown[]): number {
  let sum = 0;
  for (const v of values) if (typeof v === "number" && Number.isFinite(v)) sum += v;
  return roundDecimal(sum, 10);
}

/** Two-decimal display of a number, as the form prints it. */
export function fmt2(x: number): string {
  return roundDecimal(x, 2).toFixed(2);
}

// ---------------------------------------------------------------------------------------
// Targets (年度指标值) and actuals (实际完成值)

export type Operator = "≥" | "≤" | "=" | ">" | "<";

export interface QuantitativeTarget {
  kind: "quantitative";
  op: Operator;
  value: number;
  /** The unit between brackets, null when there is none or it is written `null`. */
  unit: string | null;
}

export interface QualitativeTarget {
  kind: "qualitative";
  text: string;
}

export type Target = QuantitativeTarget | QualitativeTarget;

const OPERATORS: Record<string, Operator> = {
  "≥": "≥", ">=": "≥", "≧": "≥", "=>": "≥",
  "≤": "≤", "<=": "≤", "≦": "≤", "=<": "≤",
  "=": "=", "==": "=",
  ">": ">", "<": "<",
};

/**
 * An operator, a number and a unit: in brackets `(人次)`, a percent sign, or bare (`≥50个`, `≤90万元`,
 * `≥100百分比`, layouts.md) — a bare unit is a short word of Chinese characters or letters.
 */
const QUANTITY = /^(≥|≤|≧|≦|>=|<=|=>|=<|==|=|>|<)?([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?)(?:\((.*)\)|(%)|([\u4e00-\u9fffA-Za-z㎡℃]{1,5}))?$/;
/** `98%以上`, `5万元以内`: the word after the quantity is its operator. */
const TRAILING_OPERATOR: [RegExp, Operator][] = [[/(及以上|以上)$/, "≥"], [/(及以下|以下|以内)$/, "≤"]];
/** A bare "unit" that is a point in time (`9月前`, `年底`) makes the target a deadline, not a quantity. */
const TIME_WORD = /(前|后|底|末|初|止|内|左右)$/;

/** Unit text as compared: the percent sign's spellings count as one unit; `null` is none. */
export function normalUnit(unit: string | null | undefined): string | null {
  if (unit === null || unit === undefined) return null;
  const u = halfWidth(compact(unit));
  if (u === "" || u.toLowerCase() === "null") return null;
  if (u === "%" || u === "百分比" || u === "百分之") return "%";
  return u;
}

type Quantity = Readonly<{ op: Operator | null; value: number; unit: string | null }>;

/** Targets repeat across a department's forms and every indicator rule parses them: remember. */
const quantities = new Map<string, Quantity | null>();
const QUANTITIES_KEPT = 20000;

function parseQuantity(text: string): Quantity | null {
  let q = quantities.get(text);
  if (q === undefined) {
    q = readQuantity(text);
    if (quantities.size >= QUANTITIES_KEPT) quantities.clear();
    quantities.set(text, q);
  }
  return q; // shared: callers copy what they keep
}

function readQuantity(text: string): Quantity | null {
  let t = halfWidth(compact(text)).replace(/\ufe66/g, "="); // ﹦, the small equals sign some systems print
  let implied: Operator | null = null;
  for (const [word, op] of TRAILING_OPERATOR) {
    if (word.test(t)) {
      t = t.replace(word, "");
      implied = op;
    }
  }
  const m = QUANTITY.exec(t);
  if (!m || !/\d/.test(m[2])) return null;
  if (m[5] !== undefined && TIME_WORD.test(m[5])) return null;
  const value = Number(m[2].replace(/,/g, ""));
  if (!Number.isFinite(value)) return null;
  const unit = m[3] ?? m[4] ?? m[5] ?? null;
  return { op: m[1] ? OPERATORS[m[1]] : implied, value, unit };
}

/** 年度指标值: `≥1850.00(人次)`, `>=90（%）`, `≥50个`, `85(%)` (no operator reads as ≥), or a text. */
export function parseTarget(value: CellValue): Target | null {
  if (isBlank(value)) return null;
  if (typeof value === "number") return { kind: "quantitative", op: "≥", value, unit: null };
  if (typeof value !== "string") return { kind: "qualitative", text: String(value) };
  const q = parseQuantity(value);
  if (q) return { kind: "quantitative", op: q.op ?? "≥", value: q.value, unit: q.unit };
  return { kind: "qualitative", text: value.trim() };
}

export type Actual =
  | { kind: "quantity"; value: number; unit: string | null }
  | { kind: "level"; level: QualitativeLevel }
  | { kind: "text"; text: string };

const QUALIFIED_LEVEL = /达成(?:年度|预期)指标/;

/**
 * 实际完成值: `47.00(期)`, `50`, a number, or one of the three qualitative levels. An actual that
 * repeats its target's operator (`≥266米`, 中江) is the quantity it states.
 */
export function parseActual(value: CellValue, format?: string | null): Actual | null {
  if (isBlank(value)) return null;
  if (typeof value === "number") {
    const n = parseNumber(value, format, true);
    return n === null ? null : { kind: "quantity", value: n, unit: isPercentFormat(format) ? "%" : null };
  }
  const text = cellText(value);
  // 达成年度指标, 部分达成预期指标并具有一定效果: the same levels with 年度 or 预期 (rules.md).
  const compacted = compact(text).replace(QUALIFIED_LEVEL, "达成指标");
  const level = QUALITATIVE_LEVELS.find((l) => compacted === l);
  if (level) return { kind: "level", level };
  const q = parseQuantity(text);
  if (q) return { kind: "quantity", value: q.value, unit: q.unit };
  return { kind: "text", text };
}

/** The operator as typed by a person who has no ≥ key, for messages. */
export function describeTarget(t: QuantitativeTarget): string {
  return `${t.op}${t.value}${t.unit === null ? "" : `(${t.unit})`}`;
}
