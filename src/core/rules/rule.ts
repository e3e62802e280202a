/**
 * What a rule is, in ESLint's shape: `meta` (default severity, documentation, message templates
 * in Chinese and English, options) next to a function that returns reports `{ messageId, data }`.
 * The check (core/check.ts) turns reports into findings: severity from the configuration,
 * messages in the user's language, causes.
 */
import { Field, Finding, Indicator, Localized, MessageData, Project, Severity } from "../model";
import { Actual, QuantitativeTarget, Target, cellText, fmt2, isBlank, isPercentFormat, parseActual, parseTarget, roundDecimal } from "../numbers";

/** A JSON Schema fragment (the configuration's schema is made of these, core/config). */
export type JsonSchema = Record<string, unknown>;

export interface RuleOption {
  /** The `national` profile's value. */
  default: unknown;
  description: Localized;
  /** What the option accepts, as JSON Schema. */
  schema: JsonSchema;
}

export interface RuleDocs {
  /** A short name for lists: 执行率, Execution rate. */
  name: Localized;
  /** One line: what the rule finds. */
  description: Localized;
  /** Why it matters to the people who fill in and review the form. */
  rationale: Localized;
  /** Where the rule comes from: 财预〔2020〕10号 and its 填表说明, a deployed scoring rule, review practice. */
  source: Localized;
  examples: { invalid: Localized; valid: Localized };
}

export interface RuleMeta {
  /** The severity under the `national` profile. */
  severity: Severity;
  docs: RuleDocs;
  /** messageId → template with `{name}` placeholders, filled from a report's data. */
  messages: Record<string, Localized>;
  options?: Record<string, RuleOption>;
  /**
   * Its findings' `expected` is the value their cell should hold (Causes, rules.md): later
   * rules that read that cell are checked again with it.
   */
  corrects?: boolean;
  /** Its findings carry `fix` (the right value follows from the sheet alone). */
  fixable?: boolean;
  /**
   * When it reports on a project, the project's other rules do not run and the workbook rules
   * leave the project out (BLANK_FORM: a form nobody has filled in yet).
   */
  exclusive?: boolean;
}

export type RuleOptions = Record<string, unknown>;

export interface RuleContext {
  /** The rule's options: the defaults with the configuration's values over them. */
  options: RuleOptions;
  /** Findings of the rules that ran before on this project (dependency order). */
  earlier: readonly Finding[];
}

/** What a rule returns for one mistake; the check makes it a finding. */
export interface Report {
  sheet: string;
  cell: string;
  messageId: string;
  data: MessageData;
  expected?: number | string;
  actual?: number | string | null;
  related?: string[];
  fix?: { cell: string; value: number | string };
  /** The cells the finding was computed from (Causes); by default its cell and the related ones. */
  reads?: string[];
  /** A severity for this finding only, below the rule's (MISSING_LEVEL1's optional groups). */
  severity?: Severity;
}

export interface ProjectRule {
  id: string;
  meta: RuleMeta;
  check(project: Project, ctx: RuleContext): Report[];
}

export interface WorkbookRule {
  id: string;
  meta: RuleMeta;
  checkWorkbook(projects: Project[], ctx: RuleContext): Report[];
}

export type Rule = ProjectRule | WorkbookRule;

export function isWorkbookRule(rule: Rule): rule is WorkbookRule {
  return (rule as WorkbookRule).checkWorkbook !== undefined;
}

type ReportExtra = Pick<Report, "expected" | "actual" | "related" | "fix" | "reads" | "severity">;

/** A report about `at` (a field or an address) on the project's sheet. */
export function report(project: Project, at: Field<unknown> | string, messageId: string, data: MessageData, extra: ReportExtra = {}): Report {
  return { sheet: project.sheet, cell: typeof at === "string" ? at : at.cell, messageId, data, ...extra };
}

/**
 * Both fields hold a value (and are part of the form): rules skip what they cannot read, and
 * formulas without results (NOT_CALCULATED says so once for the sheet).
 */
export function known(a: Field<unknown>, b: Field<unknown>): boolean {
  return a.value !== null && b.value !== null && !a.absent && !b.absent && !a.uncalculated && !b.uncalculated;
}

/**
 * The reports of `check` on each indicator of the project. Most indicators pass every rule, so
 * a check returns a report or nothing, and nothing is allocated for those that pass.
 */
export function eachIndicator(project: Project, check: (ind: Indicator) => Report | undefined): Report[] {
  const reports: Report[] = [];
  for (const ind of project.indicators) {
    const r = check(ind);
    if (r) reports.push(r);
  }
  return reports;
}

/** What the sheet says in a number field, for messages: 93.00, 空 (empty), or the unreadable text. */
export function stated(field: Field<number>): MessageData[string] {
  if (field.value !== null) return fmt2(field.value);
  if (isBlank(field.raw)) return { zh: "空", en: "empty" };
  const text = cellText(field.raw);
  return { zh: `“${text}”`, en: `"${text}"` };
}

/** An indicator's 三级指标 for messages ("" when it has none). */
export const nameOf = (ind: Indicator): string => ind.name.value ?? "";

/**
 * The value to write into a field's cell so that it reads as `value`: a percentage cell holds
 * the fraction (95.22 % is 0.9522), as Excel stores it.
 */
export function fixValue(field: Field<number>, value: number): number {
  return isPercentFormat(field.format) ? roundDecimal(value / 100, 10) : value;
}

/** An indicator's 年度指标值 and 实际完成值 as the rules compare them. */
interface Reading {
  target: Target | null;
  actual: Actual | null;
  /** Both quantitative and readable. */
  quantity?: { target: QuantitativeTarget; actual: number; actualUnit: string | null };
}

/** Several rules look at each indicator's 年度指标值 and 实际完成值: parse them once. */
const readings = new WeakMap<Indicator, Reading>();

export function targetAndActual(ind: Indicator): Reading {
  let reading = readings.get(ind);
  if (!reading) {
    const target = ind.target.absent ? null : parseTarget(ind.target.raw);
    const actual = ind.actual.absent ? null : parseActual(ind.actual.raw, ind.actual.format);
    reading = { target, actual };
    if (target?.kind === "quantitative" && actual?.kind === "quantity") {
      reading.quantity = { target, actual: actual.value, actualUnit: actual.unit };
    }
    readings.set(ind, reading);
  }
  return reading;
}

/** A quantitative indicator's target and numeric actual, when both are readable. */
export function quantitative(ind: Indicator): Reading["quantity"] {
  return targetAndActual(ind).quantity;
}
