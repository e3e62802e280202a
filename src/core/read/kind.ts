/**
 * What kind of form a sheet holds (layouts.md "What a form is"): a project self-evaluation form
 * (checked), or a department's, a target form or a monitoring form (named, not checked), or
 * something else (a cover, notes).
 */
import { KIND_LABELS, KIND_TITLES, MONTHS_EXECUTED } from "../labels";
import type { SheetKind } from "../model";
import type { IndicatorTable } from "./indicators";
import { LabelCell, oneOf } from "./labelIndex";

export interface KindEvidence {
  /** The texts above the form's first label: its title, 附件, 报表编号 … */
  title: string;
  nameLabel: LabelCell | undefined;
  marks: KindMarks;
  hasFunds: boolean;
  table: IndicatorTable | undefined;
}

/** The labels only other kinds of forms have: a 部门 header, a monitoring form's columns. */
export interface KindMarks {
  department?: LabelCell;
  monitoring?: LabelCell;
}

const MONITORING = oneOf(KIND_LABELS.monitoring);
const DEPARTMENT = oneOf(KIND_LABELS.department);

/** Both marks in one pass over the sheet's labels. */
export function kindMarks(labels: LabelCell[]): KindMarks {
  const marks: KindMarks = {};
  for (const label of labels) {
    const key = label.key;
    if (!marks.department && DEPARTMENT(key)) marks.department = label;
    if (!marks.monitoring && (MONITORING(key) || (key.startsWith("1-") && MONTHS_EXECUTED.test(key)))) marks.monitoring = label;
  }
  return marks;
}

export function sheetKind({ title, nameLabel, marks, hasFunds, table }: KindEvidence): SheetKind {
  // A monitoring form has a funds block and targets too: its own columns tell it apart first.
  if (KIND_TITLES.monitoring.test(title) || marks.monitoring) return "monitoring";
  // 部门整体支出绩效自评表 has the project form's blocks, under a 部门 header instead of 项目名称.
  if (KIND_TITLES.department.test(title) || (!nameLabel && marks.department)) return "department";
  const targets = table?.headers.target !== undefined;
  const actuals = table?.headers.actual !== undefined;
  const targetTitle = KIND_TITLES.target.test(title) && !KIND_TITLES.selfEvaluation.test(title);
  if (nameLabel && !(targetTitle && !actuals) && (hasFunds || (targets && actuals))) return "project";
  // A 绩效目标表 lists indicators with targets (福建's lists a column per village) but no actuals.
  if ((nameLabel || targetTitle) && (targets || table?.headers.name !== undefined) && !actuals) return "target";
  return "other";
}
