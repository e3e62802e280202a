/** The nouns: a project as read from one sheet, its fields with their cells, and findings. */
import type { CellValue } from "./grid";

/**
 * One value of the form with where it stands. `cell` is the A1 address of the value cell
 * (the top-left of a merge), or of the place the value should be when it is missing;
 * `raw` is what the cell holds, `value` what it means (null when empty or unreadable).
 */
export interface Field<T> {
  value: T | null;
  raw: CellValue;
  cell: string;
  /** 0-based sheet position of `cell`. */
  row: number;
  col: number;
  /** The number format of the cell, when it has one. */
  format?: string | null;
  /**
   * The layout has no label for this field (layouts.md, "What a missing block means"): the field
   * is absent, not missing. Its value is null, the report gives it as null with no cell, and no
   * rule asks for it.
   */
  absent?: true;
  /** The cell holds a formula whose result the file does not carry (NOT_CALCULATED): rules skip it. */
  uncalculated?: true;
}

export const FUND_ROWS = ["total", "current", "carryover", "other"] as const;
export type FundRowKey = (typeof FUND_ROWS)[number];
export const FUND_COLUMNS = ["initial", "budget", "executed", "weight", "rate", "score"] as const;
export type FundColumn = (typeof FUND_COLUMNS)[number];
export const AMOUNT_COLUMNS = ["initial", "budget", "executed"] as const;

export type FundsRow = Record<FundColumn, Field<number>>;

export interface Indicator {
  /** 1-based sheet row, as the user sees it. */
  row: number;
  level1: Field<string>;
  level2: Field<string>;
  name: Field<string>;
  target: Field<string>;
  actual: Field<string>;
  weight: Field<number>;
  score: Field<number>;
  reason: Field<string>;
}

export interface Project {
  sheet: string;
  /** Where the form starts: its title, or its first label. */
  origin: string;
  name: Field<string>;
  department: Field<string>;
  implementer: Field<string>;
  year: Field<number>;
  funds: Record<FundRowKey, FundsRow>;
  goals: { planned: Field<string>; achieved: Field<string> };
  indicators: Indicator[];
  totalWeight: Field<number>;
  totalScore: Field<number>;
  grade: Field<string>;
  /**
   * Weights printed in labels outside the indicator rows (预算执行情况(10分), 绩效指标(90分)) and
   * what each labels, read with the sheet (rules/statedWeight.ts). 一级/二级 labels such as
   * 产出指标(50分) are the indicators' own fields.
   */
  weightLabels?: WeightLabel[];
}

export interface WeightLabel {
  cell: string;
  /** The label as printed. */
  text: string;
  weight: number;
  /** 预算执行's 分数, or every indicator's 分值. */
  labels: "budget" | "indicators";
}

export type Severity = "error" | "warning" | "info";

/** A text in both languages of the check (messages, rule documentation). */
export interface Localized {
  zh: string;
  en: string;
}

export type Lang = keyof Localized;

/** What fills a message template's `{name}`: a number as printed, the sheet's own text, or a word in both languages. */
export type MessageData = Record<string, string | number | Localized>;

/** An earlier finding this one follows from (rules.md, Causes). */
export interface Cause {
  rule: string;
  cell: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  cell: string;
  /** `messageId`'s template of the rule, filled with `data`, in the language of the check. */
  message: string;
  messageId?: string;
  data?: MessageData;
  expected?: number | string;
  actual?: number | string | null;
  related?: string[];
  /** The value to write into `cell`, where the right value follows from the sheet alone (rules.md, Fixes). */
  fix?: { cell: string; value: number | string };
  causes?: Cause[];
}

/** The field keys of a project's mapping (report-json.md `cells`), also what a user may re-point. */
export const SCALAR_FIELDS = [
  "name",
  "department",
  "implementer",
  "year",
  "totalWeight",
  "totalScore",
  "grade",
  "goals.planned",
  "goals.achieved",
] as const;

/** Field → A1 address overrides that a user set for one sheet. */
export type MappingOverrides = Record<string, string>;
