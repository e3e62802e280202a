/**
 * The whole-workbook check: grids in, findings out, in the order the report promises.
 *
 * One mistake, one finding (rules.md, Causes): project rules run in dependency order (the
 * registry's), and a finding of a later rule that reads a cell an earlier finding corrects is
 * checked again on the project with that cell's right value. Gone: a symptom, not reported.
 * Still there: reported as re-checked, naming its causes (…（先修正 E6）). A finding the stated
 * values do not give is never added.
 */
import { DEFAULT_CONFIG, ResolvedConfig } from "./config";
import { Grid, parseA1 } from "./grid";
import { Cause, Finding, Lang, MappingOverrides, Project, Severity } from "./model";
import { SheetReading, findForm } from "./read/findForm";
import { PROJECT_RULES, RULES_BY_ID, WORKBOOK_RULES } from "./rules";
import { withCorrections } from "./rules/corrected";
import { causesSuffix, fill } from "./rules/messages";
import { Report, Rule } from "./rules/rule";
import { weightLabels } from "./rules/statedWeight";
import { SEVERITY_RANK } from "./ruleNames";

/** A read sheet; `visibility` only for a hidden or very hidden one (checked all the same). */
export type SheetResult = { name: string; visibility?: "hidden" | "veryHidden" } & SheetReading;

export interface CheckResult {
  sheets: SheetResult[];
  findings: Finding[];
}

export interface CheckOptions {
  /** Which rules run, how (core/config); the national profile by default. */
  config?: ResolvedConfig;
  /** The language of the messages; Chinese by default. */
  lang?: Lang;
}

/** Sheet name → the user's field → cell corrections for that sheet. */
export type WorkbookMapping = Record<string, MappingOverrides>;

export function readSheet(grid: Grid, mapping: WorkbookMapping = {}): SheetResult {
  const visibility = grid.visibility === "hidden" || grid.visibility === "veryHidden" ? { visibility: grid.visibility } : {};
  const reading = findForm(grid, mapping[grid.name] ?? {});
  // Weights printed in labels (预算执行情况(10分)) are read while the grid is at hand (STATED_WEIGHT).
  if (reading.kind === "project") reading.project.weightLabels = weightLabels(grid, reading.project);
  return { name: grid.name, ...visibility, ...reading };
}

export function projectsOf(sheets: SheetResult[]): Project[] {
  return sheets.flatMap((s) => (s.kind === "project" ? [s.project] : []));
}

/** The less severe of the rule's severity and the one a report asks for. */
function severityOf(configured: Severity, asked: Severity | undefined): Severity {
  return asked !== undefined && SEVERITY_RANK[asked] > SEVERITY_RANK[configured] ? asked : configured;
}

function toFinding(rule: Rule, severity: Severity, r: Report, causes: Cause[], lang: Lang): Finding {
  const template = rule.meta.messages[r.messageId];
  if (!template) throw new Error(`${rule.id} has no message ${r.messageId}`);
  const f: Finding = {
    rule: rule.id,
    severity: severityOf(severity, r.severity),
    sheet: r.sheet,
    cell: r.cell,
    message: fill(template[lang], r.data, lang) + causesSuffix(causes, lang),
    messageId: r.messageId,
    data: r.data,
  };
  if (r.expected !== undefined) f.expected = r.expected;
  if (r.actual !== undefined) f.actual = r.actual;
  if (r.related !== undefined) f.related = r.related;
  if (r.fix !== undefined) f.fix = r.fix;
  f.causes = causes;
  return f;
}

type Corrections = Map<string, { value: number; cause: Cause }>;

/** Most findings have no cause: they share one empty, frozen list. */
const NO_CAUSES: Cause[] = Object.freeze([]) as unknown as Cause[];

/** The earlier findings whose corrected cells the report was computed from. */
function causesOf(r: Report, corrections: Corrections): Cause[] {
  if (corrections.size === 0) return NO_CAUSES;
  const causes: Cause[] = [];
  for (const cell of r.reads ?? [r.cell, ...(r.related ?? [])]) {
    const c = corrections.get(cell);
    if (c && !causes.includes(c.cause)) causes.push(c.cause);
  }
  return causes.length ? causes : NO_CAUSES;
}

/** Checks one project; false when an exclusive rule (BLANK_FORM) reported it and nothing else ran. */
function checkProject(project: Project, config: ResolvedConfig, lang: Lang, out: Finding[]): boolean {
  const reported: Finding[] = [];
  const corrections: Corrections = new Map();
  let corrected: Project | undefined;
  for (const rule of PROJECT_RULES) {
    const run = config.rules[rule.id];
    if (!run) continue;
    const ctx = { options: run.options, earlier: reported };
    const reports = rule.check(project, ctx);
    if (reports.length === 0) continue;
    if (rule.meta.exclusive) {
      for (const r of reports) out.push(toFinding(rule, run.severity, r, NO_CAUSES, lang));
      return false;
    }
    const first = reported.length;
    let again: Report[] | undefined;
    for (const r of reports) {
      const causes = causesOf(r, corrections);
      if (causes.length === 0) {
        reported.push(toFinding(rule, run.severity, r, causes, lang));
        continue;
      }
      corrected ??= withCorrections(project, corrections);
      again ??= rule.check(corrected, ctx);
      const remaining = again.find((a) => a.cell === r.cell);
      if (remaining) reported.push(toFinding(rule, run.severity, remaining, causes, lang));
    }
    if (!rule.meta.corrects) continue;
    for (let i = first; i < reported.length; i++) {
      const f = reported[i];
      if (typeof f.expected !== "number" || !Number.isFinite(f.expected)) continue;
      corrections.set(f.cell, { value: f.expected, cause: { rule: f.rule, cell: f.cell } });
      corrected = undefined;
    }
  }
  for (const f of reported) out.push(f);
  return true;
}

/** Runs every configured rule on read sheets; findings once each, by sheet order, row, column. */
export function checkSheets(sheets: SheetResult[], options: CheckOptions = {}): CheckResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const lang = options.lang ?? "zh";
  const all: Finding[] = [];
  // A project an exclusive rule stopped (a blank form) is nobody's duplicate and has no year to compare.
  const projects = projectsOf(sheets).filter((p) => checkProject(p, config, lang, all));
  for (const rule of WORKBOOK_RULES) {
    const run = config.rules[rule.id];
    if (!run) continue;
    for (const r of rule.checkWorkbook(projects, { options: run.options, earlier: [] })) all.push(toFinding(rule, run.severity, r, [], lang));
  }
  const seen = new Set<string>();
  const findings = all.filter((f) => {
    const key = `${f.rule}\u0000${f.sheet}\u0000${f.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { sheets, findings: inReportOrder(findings, sheets.map((s) => s.name)) };
}

/** Findings in the report's order (report-json.md): by sheet order in the workbook, then row, then column. */
export function inReportOrder(findings: Finding[], sheetOrder: readonly string[]): Finding[] {
  const order = new Map(sheetOrder.map((name, i) => [name, i]));
  const keyed = findings.map((f) => {
    const at = parseA1(f.cell) ?? { row: 0, col: 0 };
    return { f, sheet: order.get(f.sheet) ?? 0, row: at.row, col: at.col };
  });
  keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col);
  return keyed.map((k) => k.f);
}

export function checkGrids(grids: Grid[], mapping: WorkbookMapping = {}, options: CheckOptions = {}): CheckResult {
  return checkSheets(grids.map((g) => readSheet(g, mapping)), options);
}

/** A finding's message in another language (the pane follows Office's, the report --lang). */
export function messageIn(f: Finding, lang: Lang): string {
  const template = f.messageId !== undefined ? RULES_BY_ID.get(f.rule)?.meta.messages[f.messageId] : undefined;
  if (!template || !f.data) return f.message;
  return fill(template[lang], f.data, lang) + causesSuffix(f.causes, lang);
}

export function countBySeverity(findings: Finding[]): { errors: number; warnings: number; infos: number } {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return { errors: count("error"), warnings: count("warning"), infos: count("info") };
}
