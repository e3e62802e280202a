/** The nouns: a project as read from one sheet, its fields with their cells, and findings. */
import type { CellValue } from "./grid";
import { INDICATOR_COLUMN_LABELS, IndicatorColumn } from "./labels";

export type { IndicatorColumn };

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

/** The four funds rows the report names (report-json.md); a form may have fewer, or further parts (fundLines). */
export const FUND_ROWS = ["total", "current", "carryover", "other"] as const;
export type FundRowKey = (typeof FUND_ROWS)[number];
export const FUND_COLUMNS = ["initial", "budget", "executed", "weight", "rate", "score"] as const;
export type FundColumn = (typeof FUND_COLUMNS)[number];
export const AMOUNT_COLUMNS = ["initial", "budget", "executed"] as const;

/** A funds row's cells. `budget` is the rate's denominator (全年预算数, 调整后预算数 …; 年初预算数 where there is none). */
export type FundsRow = Record<FundColumn, Field<number>>;

/**
 * One row of the funds block as the form prints it: under one of the four keys, or, for a further
 * part (单位资金, 财政专户管理资金, 地方资金 …), under its printed name. `label.value` is that name.
 */
export interface FundLine {
  key: FundRowKey | string;
  label: Field<string>;
  cells: FundsRow;
}

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
  /** The name without a project code printed in front of it (`51000021R000000019951-工资性支出`). */
  name: Field<string>;
  /** That code, in the name's cell; absent when the name carries none. */
  code: Field<string>;
  department: Field<string>;
  implementer: Field<string>;
  year: Field<number>;
  /** The four rows the report names; a row the form does not have is all absent fields. */
  funds: Record<FundRowKey, FundsRow>;
  /** Every row of the funds block the form has, in sheet order, total first: see fundParts. */
  fundLines: FundLine[];
  goals: { planned: Field<string>; achieved: Field<string> };
  indicators: Indicator[];
  /** The indicator table's columns as located: each one's header cell (or the cell a user pointed it at). */
  columns: Partial<Record<IndicatorColumn, Field<string>>>;
  totalWeight: Field<number>;
  totalScore: Field<number>;
  grade: Field<string>;
  /**
   * Weights printed in labels outside the indicator rows (预算执行情况(10分), 绩效指标(90分)) and
   * what each labels, read with the sheet (rules/statedWeight.ts). 一级/二级 labels such as
   * 产出指标(50分) are the indicators' own fields.
   */
  weightLabels?: WeightLabel[];
  /** The text blocks some provinces add under the table (四川: 评价结论, 存在问题, 改进措施). */
  narrative: { conclusion: Field<string>; problems: Field<string>; measures: Field<string> };
}

export interface WeightLabel {
  cell: string;
  /** The label as printed. */
  text: string;
  weight: number;
  /** 预算执行's 分数, or every indicator's 分值. */
  labels: "budget" | "indicators";
}

/** The part rows under 年度资金总额, however many the form has: what FUND_SUM adds up. */
export function fundParts(project: Project): FundLine[] {
  return project.fundLines.filter((line) => line.key !== "total");
}

/** What a sheet holds (report-json.md `kind`): only a `project` is checked; the other forms are named. */
export const SHEET_KINDS = ["project", "department", "target", "monitoring", "other"] as const;
export type SheetKind = (typeof SHEET_KINDS)[number];

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

/** The indicator columns a user may point, as mapping keys (`columns.target`): one per column kind. */
export const COLUMN_FIELDS: readonly string[] = Object.keys(INDICATOR_COLUMN_LABELS).map((kind) => `columns.${kind}`);

/**
 * The field keys of a project's mapping (report-json.md `cells`) that a user may re-point, besides
 * the funds cells: a pointed column (`columns.target`) is read from the pointed cell's column.
 */
export const SCALAR_FIELDS: readonly string[] = [
  "name",
  "department",
  "implementer",
  "year",
  "totalWeight",
  "totalScore",
  "grade",
  "goals.planned",
  "goals.achieved",
  "narrative.conclusion",
  "narrative.problems",
  "narrative.measures",
  ...COLUMN_FIELDS,
];

/** Field → A1 address overrides that a user set for one sheet. */
export type MappingOverrides = Record<string, string>;
