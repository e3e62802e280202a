/** What a rule is: ESLint-style metadata next to a function that reports findings. */
import { Field, Finding, Project, Severity } from "../model";

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

/** The value of every field when all are present, else undefined: rules skip what they cannot read. */
export function values<T>(...fields: Field<T>[]): T[] | undefined {
  const result: T[] = [];
  for (const f of fields) {
    if (f.value === null) return undefined;
    result.push(f.value);
  }
  return result;
}

import { Indicator } from "../model";
import { cellText, fmt2, isBlank } from "../numbers";

/** What the sheet says in a number field, for messages: 93.00, 空, or the unreadable text. */
export function stated(field: Field<number>): string {
  if (field.value !== null) return fmt2(field.value);
  return isBlank(field.raw) ? "空" : `“${cellText(field.raw)}”`;
}
import { QuantitativeTarget, parseActual, parseTarget } from "../numbers";

/** A quantitative indicator's target and numeric actual, when both are readable. */
export function quantitative(ind: Indicator): { target: QuantitativeTarget; actual: number; actualUnit: string | null } | undefined {
  const target = parseTarget(ind.target.raw);
  const actual = parseActual(ind.actual.raw, ind.actual.format);
  if (target?.kind !== "quantitative" || actual?.kind !== "quantity") return undefined;
  return { target, actual: actual.value, actualUnit: actual.unit };
}
