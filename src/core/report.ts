/** Findings → the JSON report of ../shared/spec/report-json.md (schema version 1). */
import { CheckResult, countBySeverity, messageIn, projectsOf } from "./check";
import { FUND_COLUMNS, FUND_ROWS, Field, Finding, Lang, Project } from "./model";

export interface ReportFunds {
  initial: number | null;
  budget: number | null;
  executed: number | null;
  rate: number | null;
  weight?: number | null;
  score?: number | null;
}

export interface ReportProject {
  name: string | null;
  year: number | null;
  department: string | null;
  implementer: string | null;
  funds: Record<(typeof FUND_ROWS)[number], ReportFunds>;
  indicators: {
    level1: string | null; level2: string | null; name: string | null; target: string | null; actual: string | null;
    weight: number | null; score: number | null; reason: string; row: number;
  }[];
  totalWeight: number | null;
  totalScore: number | null;
  grade: string | null;
}

export interface ReportSheet {
  name: string;
  kind: "project" | "other";
  /** The sheet is hidden in the workbook (and was checked all the same). */
  hidden?: true;
  /** Hidden so that only VBA can show it again (Excel's xlSheetVeryHidden). */
  veryHidden?: true;
  project?: ReportProject;
  cells?: Record<string, string>;
}

export interface Report {
  schemaVersion: 1;
  file: string;
  sheets: ReportSheet[];
  findings: Finding[];
  summary: { projects: number; errors: number; warnings: number; infos: number };
}

/** `funds.total.rate` and the like, made once. */
const FUND_KEYS = FUND_ROWS.map((row) => FUND_COLUMNS.map((column) => `funds.${row}.${column}`));

/** The field → A1 address mapping of a project, as the report and the mapping view show it. */
export function cellsOf(p: Project): Record<string, string> {
  const cells: Record<string, string> = {
    title: p.origin,
    name: p.name.cell,
    year: p.year.cell,
    department: p.department.cell,
    implementer: p.implementer.cell,
  };
  FUND_ROWS.forEach((row, r) => FUND_COLUMNS.forEach((column, c) => (cells[FUND_KEYS[r][c]] = p.funds[row][column].cell)));
  cells["goals.planned"] = p.goals.planned.cell;
  cells["goals.achieved"] = p.goals.achieved.cell;
  cells.totalWeight = p.totalWeight.cell;
  cells.totalScore = p.totalScore.cell;
  cells.grade = p.grade.cell;
  return cells;
}

const v = <T>(f: Field<T>): T | null => f.value;

export function projectData(p: Project): ReportProject {
  const funds = {} as ReportProject["funds"];
  for (const row of FUND_ROWS) {
    const f = p.funds[row];
    funds[row] = { initial: v(f.initial), budget: v(f.budget), executed: v(f.executed), rate: v(f.rate) };
    if (row === "total") Object.assign(funds[row], { weight: v(f.weight), score: v(f.score) });
  }
  return {
    name: v(p.name),
    year: v(p.year),
    department: v(p.department),
    implementer: v(p.implementer),
    funds,
    indicators: p.indicators.map((i) => ({
      level1: v(i.level1), level2: v(i.level2), name: v(i.name), target: v(i.target), actual: v(i.actual),
      weight: v(i.weight), score: v(i.score), reason: i.reason.value ?? "", row: i.row,
    })),
    totalWeight: v(p.totalWeight),
    totalScore: v(p.totalScore),
    grade: v(p.grade),
  };
}

/**
 * A finding as the report gives it: its message and data in the report's language. JSON has no
 * Infinity (it would print as null): an overflowed number (absurd amounts) is left out.
 */
function jsonFinding(f: Finding, lang: Lang): Finding {
  const out = { ...f, message: messageIn(f, lang) };
  if (f.data) {
    const data: Record<string, string | number> = {};
    for (const [name, value] of Object.entries(f.data)) {
      data[name] = typeof value === "object" ? value[lang] : typeof value === "number" && !Number.isFinite(value) ? String(value) : value;
    }
    out.data = data;
  }
  if (typeof out.expected === "number" && !Number.isFinite(out.expected)) delete out.expected;
  if (typeof out.actual === "number" && !Number.isFinite(out.actual)) out.actual = null;
  if (typeof out.fix?.value === "number" && !Number.isFinite(out.fix.value)) delete out.fix;
  return out;
}

export function toReport(file: string, result: CheckResult, lang: Lang = "zh"): Report {
  return {
    schemaVersion: 1,
    file,
    sheets: result.sheets.map((s): ReportSheet => {
      const hidden: Pick<ReportSheet, "hidden" | "veryHidden"> = s.visibility ? { hidden: true, ...(s.visibility === "veryHidden" ? { veryHidden: true } : {}) } : {};
      return s.kind === "project"
        ? { name: s.name, kind: "project", ...hidden, project: projectData(s.project), cells: cellsOf(s.project) }
        : { name: s.name, kind: "other", ...hidden };
    }),
    findings: result.findings.map((f) => jsonFinding(f, lang)),
    summary: { projects: projectsOf(result.sheets).length, ...countBySeverity(result.findings) },
  };
}
