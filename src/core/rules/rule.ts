/** What a rule is: ESLint-style metadata next to a function that reports findings. */
import { Field, Finding, Indicator, Project, Severity } from "../model";
import { Actual, QuantitativeTarget, Target, cellText, fmt2, isBlank, parseActual, parseTarget } from "../numbers";

export interface ProjectRule {
  id: string;
  severity: Severity;
  /** One line for people choosing what to filter on. */
  describe: string;
  check(project: Project): Finding[];
}

export interface WorkbookRule {
  id: string;
  severity: Severity;
  describe: string;
  checkWorkbook(projects: Project[]): Finding[];
}

export type Rule = ProjectRule | WorkbookRule;

export function isWorkbookRule(rule: Rule): rule is WorkbookRule {
  return (rule as WorkbookRule).checkWorkbook !== undefined;
}

/** A finding of `rule` about `at` (a field or an address) on the project's sheet. */
export function finding(
  rule: { id: string; severity: Severity },
  project: Project,
  at: Field<unknown> | string,
  message: string,
  extra: Pick<Finding, "expected" | "actual" | "related"> = {},
): Finding {
  return {
    rule: rule.id,
    severity: rule.severity,
    sheet: project.sheet,
    cell: typeof at === "string" ? at : at.cell,
    message,
    ...extra,
  };
}

/** Both fields hold a value: rules skip what they cannot read (and formulas without results, NOT_CALCULATED). */
export function known(a: Field<unknown>, b: Field<unknown>): boolean {
  return a.value !== null && b.value !== null && !a.uncalculated && !b.uncalculated;
}

/**
 * The findings of `check` on each indicator of the project. Most indicators pass every rule, so
 * a check returns a finding or nothing, and nothing is allocated for those that pass.
 */
export function eachIndicator(project: Project, check: (ind: Indicator) => Finding | undefined): Finding[] {
  const findings: Finding[] = [];
  for (const ind of project.indicators) {
    const f = check(ind);
    if (f) findings.push(f);
  }
  return findings;
}

/** What the sheet says in a number field, for messages: 93.00, 空, or the unreadable text. */
export function stated(field: Field<number>): string {
  if (field.value !== null) return fmt2(field.value);
  return isBlank(field.raw) ? "空" : `“${cellText(field.raw)}”`;
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
    const target = parseTarget(ind.target.raw);
    const actual = parseActual(ind.actual.raw, ind.actual.format);
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
