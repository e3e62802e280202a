/** The whole-workbook check: grids in, findings out, in the order the report promises. */
import { Grid, parseA1 } from "./grid";
import { Finding, MappingOverrides, Project } from "./model";
import { SheetReading, findForm } from "./read/findForm";
import { PROJECT_RULES, WORKBOOK_RULES } from "./rules";

/** A read sheet; `visibility` only for a hidden or very hidden one (checked all the same). */
export type SheetResult = { name: string; visibility?: "hidden" | "veryHidden" } & SheetReading;

export interface CheckResult {
  sheets: SheetResult[];
  findings: Finding[];
}

/** Sheet name → the user's field → cell corrections for that sheet. */
export type WorkbookMapping = Record<string, MappingOverrides>;

export function readSheet(grid: Grid, mapping: WorkbookMapping = {}): SheetResult {
  const visibility = grid.visibility === "hidden" || grid.visibility === "veryHidden" ? { visibility: grid.visibility } : {};
  return { name: grid.name, ...visibility, ...findForm(grid, mapping[grid.name] ?? {}) };
}

export function projectsOf(sheets: SheetResult[]): Project[] {
  return sheets.flatMap((s) => (s.kind === "project" ? [s.project] : []));
}

/** Runs every rule on read sheets; findings once each, by sheet order, row, column. */
export function checkSheets(sheets: SheetResult[]): CheckResult {
  const projects = projectsOf(sheets);
  const all: Finding[] = [];
  const add = (findings: Finding[]) => {
    for (const f of findings) all.push(f);
  };
  for (const p of projects) for (const rule of PROJECT_RULES) add(rule.check(p));
  for (const rule of WORKBOOK_RULES) add(rule.checkWorkbook(projects));
  const seen = new Set<string>();
  const findings = all.filter((f) => {
    const key = `${f.rule}\u0000${f.sheet}\u0000${f.cell}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const order = new Map(sheets.map((s, i) => [s.name, i]));
  const keyed = findings.map((f) => {
    const at = parseA1(f.cell) ?? { row: 0, col: 0 };
    return { f, sheet: order.get(f.sheet) ?? 0, row: at.row, col: at.col };
  });
  keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col);
  return { sheets, findings: keyed.map((k) => k.f) };
}

export function checkGrids(grids: Grid[], mapping: WorkbookMapping = {}): CheckResult {
  return checkSheets(grids.map((g) => readSheet(g, mapping)));
}

export function countBySeverity(findings: Finding[]): { errors: number; warnings: number; infos: number } {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  return { errors: count("error"), warnings: count("warning"), infos: count("info") };
}
