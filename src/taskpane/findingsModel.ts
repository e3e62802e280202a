/**
 * What the 检查 tab shows, without the DOM: counts, the filters (severity, rule), findings grouped
 * by sheet (errors first within each), the current finding and 上一条/下一条, the sheets that may
 * be stale, and the words for the progress of a running check and for its status line.
 */
import type { CheckResult, WorkbookMapping } from "../core/check";
import { projectsOf } from "../core/check";
import type { Finding, Severity } from "../core/model";
import { fmt2 } from "../core/numbers";
import { SEVERITY_RANK } from "../core/ruleNames";
import type { CheckProgress } from "../host/check";
import { ruleName, t } from "./i18n";

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

/** Errors, then warnings, then 提示; within each the order given (the report's: row, then column). */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i).map((x) => x.f);
}

/** A finding's identity in the list (two findings never share rule, sheet and cell: rules.md). */
export const findingKey = (f: Pick<Finding, "rule" | "sheet" | "cell">): string => `${f.rule}\u0000${f.sheet}\u0000${f.cell}`;

export interface RuleCount {
  rule: string;
  name: string;
  count: number;
}

/** The rules that found something, most findings first (then by name), with their counts. */
export function ruleCounts(findings: readonly Finding[]): RuleCount[] {
  const byRule = new Map<string, number>();
  for (const f of findings) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  return [...byRule].map(([rule, count]) => ({ rule, name: ruleName(rule), count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "zh"));
}

/**
 * The fields of the user's mapping (映射) a finding was read from: its cell or a related one is a
 * cell the user pointed a field at. Empty for a finding of the form as recognised.
 */
export function mappedFields(f: Finding, mapping: WorkbookMapping | undefined): string[] {
  const overrides = mapping?.[f.sheet];
  if (!overrides) return [];
  const cells = new Set([f.cell, ...(f.related ?? []), ...(f.fix ? [f.fix.cell] : [])]);
  return Object.entries(overrides).filter(([, cell]) => cells.has(cell)).map(([field]) => field);
}

/** What 改为 writes, as the clerk reads it: 95.22 (a percentage cell gets the fraction, shown as 95.22%), 良, 产出指标(65分). */
export function fixText(f: Finding): string | undefined {
  const fix = f.fix;
  if (!fix) return undefined;
  if (typeof fix.value === "string") return fix.value;
  if (typeof f.expected === "number" && Math.abs(f.expected / 100 - fix.value) < 1e-9 && f.expected !== fix.value) return `${fmt2(f.expected)}%`;
  return fmt2(fix.value);
}

/** The status line after a check, from the same counts the list shows: never "错误 0" above 没有找到自评表. */
export function doneText(result: CheckResult): string {
  const { projects, counts: c } = summarize(result);
  const outcome = outcomeOf(result);
  if (outcome === "noProjects") return t("check.doneNoProjects");
  if (outcome === "clean") return t("check.doneClean", { projects });
  return t("check.done", { errors: c.error, warnings: c.warning, infos: c.info });
}

/** The view state of the findings list: the result, the filters, the collapsed sheets, the current finding, the stale sheets. */
export class FindingsState {
  filter: SeverityFilter = { ...ALL_SHOWN };
  /** Only this rule's findings; all rules when null. */
  rule: string | null = null;
  readonly collapsed = new Set<string>();
  /** The finding last selected (clicked, or reached with 上一条/下一条), by findingKey. */
  current: string | undefined;
  /** Sheets edited since they were checked: their findings may be out of date (可能已过期). */
  readonly stale = new Set<string>();

  constructor(readonly result: CheckResult & { mapping?: WorkbookMapping }) {}

  /** The state for a new result that keeps what the user chose for the last one (重新检查). */
  static next(result: CheckResult, previous?: FindingsState): FindingsState {
    const state = new FindingsState(result);
    if (previous) {
      state.filter = { ...previous.filter };
      if (previous.rule && result.findings.some((f) => f.rule === previous.rule)) state.rule = previous.rule;
      for (const sheet of previous.collapsed) state.collapsed.add(sheet);
      if (previous.current && result.findings.some((f) => findingKey(f) === previous.current)) state.current = previous.current;
    }
    return state;
  }

  get summary(): Summary {
    return summarize(this.result);
  }

  get outcome(): Outcome {
    return outcomeOf(this.result);
  }

  /** Findings the filters let through, in report order. */
  get visible(): Finding[] {
    const bySeverityFilter = filterBySeverity(this.result.findings, this.filter);
    return this.rule === null ? bySeverityFilter : bySeverityFilter.filter((f) => f.rule === this.rule);
  }

  /** Sheets in workbook order; within each, errors first, then warnings, then 提示. */
  get groups(): SheetGroup[] {
    return groupBySheet(this.visible, this.result.sheets.map((s) => s.name)).map((g) => ({ ...g, findings: bySeverity(g.findings) }));
  }

  /** The findings in the order 下一条 goes through them: the groups' order, collapsed sheets included. */
  get order(): Finding[] {
    return this.groups.flatMap((g) => g.findings);
  }

  get rules(): RuleCount[] {
    return ruleCounts(this.result.findings);
  }

  toggle(severity: Severity, on: boolean): void {
    this.filter = { ...this.filter, [severity]: on };
  }

  setCollapsed(sheet: string, collapsed: boolean): void {
    if (collapsed) this.collapsed.add(sheet);
    else this.collapsed.delete(sheet);
  }

  /** The current finding's place among those shown (1-based), or 0 when it is not shown or there is none. */
  get position(): { at: number; of: number } {
    const order = this.order;
    const at = this.current === undefined ? -1 : order.findIndex((f) => findingKey(f) === this.current);
    return { at: at + 1, of: order.length };
  }

  /**
   * 下一条 (+1) / 上一条 (-1): the finding after or before the current one among those shown, the
   * first (or last) when there is none; it stops at the ends. Undefined when nothing is shown.
   */
  move(step: 1 | -1): Finding | undefined {
    const order = this.order;
    if (order.length === 0) return undefined;
    const { at } = this.position;
    const next = at === 0 ? (step === 1 ? 0 : order.length - 1) : Math.min(order.length - 1, Math.max(0, at - 1 + step));
    this.current = findingKey(order[next]);
    return order[next];
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
