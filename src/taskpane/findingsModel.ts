/**
 * What the 检查 tab shows, without the DOM: counts, the severity filter, findings grouped by
 * sheet, and the words for the progress of a running check.
 */
import type { CheckResult } from "../core/check";
import { projectsOf } from "../core/check";
import type { Finding, Severity } from "../core/model";
import type { CheckProgress } from "../host/check";
import { t } from "./i18n";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export type SeverityCounts = Record<Severity, number>;
export type SeverityFilter = Record<Severity, boolean>;

export const ALL_SHOWN: SeverityFilter = { error: true, warning: true, info: true };

export function counts(findings: readonly Finding[]): SeverityCounts {
  const c: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function filterBySeverity(findings: readonly Finding[], filter: SeverityFilter): Finding[] {
  return findings.filter((f) => filter[f.severity]);
}

export interface SheetGroup {
  sheet: string;
  findings: Finding[];
  counts: SeverityCounts;
}

/**
 * Findings by sheet, sheets in workbook order (`sheetOrder`, then any others as met), each
 * group's findings in the order given. Sheets without findings are left out.
 */
export function groupBySheet(findings: readonly Finding[], sheetOrder: readonly string[] = []): SheetGroup[] {
  const bySheet = new Map<string, Finding[]>();
  for (const name of sheetOrder) bySheet.set(name, []);
  for (const f of findings) {
    const list = bySheet.get(f.sheet);
    if (list) list.push(f);
    else bySheet.set(f.sheet, [f]);
  }
  return [...bySheet]
    .filter(([, list]) => list.length > 0)
    .map(([sheet, list]) => ({ sheet, findings: list, counts: counts(list) }));
}

export interface Summary {
  projects: number;
  counts: SeverityCounts;
}

export function summarize(result: CheckResult): Summary {
  return { projects: projectsOf(result.sheets).length, counts: counts(result.findings) };
}

/** Which message the result deserves before (or instead of) a list. */
export type Outcome = "noProjects" | "clean" | "findings";

export function outcomeOf(result: CheckResult): Outcome {
  if (projectsOf(result.sheets).length === 0) return "noProjects";
  return result.findings.length === 0 ? "clean" : "findings";
}

/** The view state of the findings list: the result, the filter and the collapsed sheets. */
export class FindingsState {
  filter: SeverityFilter = { ...ALL_SHOWN };
  readonly collapsed = new Set<string>();

  constructor(readonly result: CheckResult) {}

  /** The state for a new result that keeps what the user chose for the last one (重新检查). */
  static next(result: CheckResult, previous?: FindingsState): FindingsState {
    const state = new FindingsState(result);
    if (previous) {
      state.filter = { ...previous.filter };
      for (const sheet of previous.collapsed) state.collapsed.add(sheet);
    }
    return state;
  }

  get summary(): Summary {
    return summarize(this.result);
  }

  get outcome(): Outcome {
    return outcomeOf(this.result);
  }

  get visible(): Finding[] {
    return filterBySeverity(this.result.findings, this.filter);
  }

  get groups(): SheetGroup[] {
    return groupBySheet(this.visible, this.result.sheets.map((s) => s.name));
  }

  toggle(severity: Severity, on: boolean): void {
    this.filter = { ...this.filter, [severity]: on };
  }

  setCollapsed(sheet: string, collapsed: boolean): void {
    if (collapsed) this.collapsed.add(sheet);
    else this.collapsed.delete(sheet);
  }
}

/** "读取工作表…", "检查 12/44", "标记单元格…" */
export function progressText(p: CheckProgress): string {
  if (p.stage === "check") return t("check.stage.check", { done: p.done, total: p.total });
  return t(p.stage === "read" ? "check.stage.read" : "check.stage.paint");
}

/** The value and max of the <progress> element; undefined value means indeterminate. */
export function progressValue(p: CheckProgress): { value?: number; max: number } {
  if (p.total <= 0) return { max: 1 };
  return { value: Math.min(p.done, p.total), max: p.total };
}
