/** Findings → the JSON report of ../shared/spec/report-json.md (schema version 1). */
import { CheckResult, countBySeverity, messageIn, projectsOf } from "./check";
import { FUND_COLUMNS, FUND_ROWS, Field, Finding, FundsRow, Lang, Project, SheetKind } from "./model";

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
  /** A project code printed in front of the name, else null. */
  code: string | null;
  year: number | null;
  department: string | null;
  implementer: string | null;
  /** The four rows the report always has, and further part rows under their printed names (单位资金 …). */
  funds: Record<(typeof FUND_ROWS)[number], ReportFunds> & Record<string, ReportFunds>;
  indicators: {
    level1: string | null; level2: string | null; name: string | null; target: string | null; actual: string | null;
    weight: number | null; score: number | null; reason: string; row: number;
  }[];
  totalWeight: number | null;
  totalScore: number | null;
  grade: string | null;
  /** 评价结论 / 存在问题 / 改进措施, where the form has them. */
  narrative: { conclusion: string | null; problems: string | null; measures: string | null };
}

export interface ReportSheet {
  name: string;
  kind: SheetKind;
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

/**
 * Every field of a project by its mapping key (the report's `cells` keys: `name`, `funds.total.rate`,
 * `funds.单位资金.budget`, `goals.planned`, `narrative.conclusion` …), absent ones included.
 */
export function fieldsOf(p: Project): Record<string, Field<unknown>> {
  const fields: Record<string, Field<unknown>> = {
    name: p.name, code: p.code, year: p.year, department: p.department, implementer: p.implementer,
  };
  FUND_ROWS.forEach((row, r) => FUND_COLUMNS.forEach((column, c) => (fields[FUND_KEYS[r][c]] = p.funds[row][column])));
  for (const line of p.fundLines) {
    if (!(FUND_ROWS as readonly string[]).includes(line.key)) for (const column of FUND_COLUMNS) fields[`funds.${line.key}.${column}`] = line.cells[column];
  }
  fields["goals.planned"] = p.goals.planned;
  fields["goals.achieved"] = p.goals.achieved;
  fields.totalWeight = p.totalWeight;
  fields.totalScore = p.totalScore;
  fields.grade = p.grade;
  fields["narrative.conclusion"] = p.narrative.conclusion;
  fields["narrative.problems"] = p.narrative.problems;
  fields["narrative.measures"] = p.narrative.measures;
  return fields;
}

/**
 * The field → A1 address mapping of a project, as the report and the mapping view show it. A field
 * the form does not have (absent) has no entry.
 */
export function cellsOf(p: Project): Record<string, string> {
  const cells: Record<string, string> = { title: p.origin };
  for (const [key, field] of Object.entries(fieldsOf(p))) if (!field.absent) cells[key] = field.cell;
  return cells;
}

const v = <T>(f: Field<T>): T | null => f.value;
const fundsOf = (f: FundsRow): ReportFunds => ({ initial: v(f.initial), budget: v(f.budget), executed: v(f.executed), rate: v(f.rate) });

export function projectData(p: Project): ReportProject {
  const funds = {} as ReportProject["funds"];
  for (const row of FUND_ROWS) funds[row] = fundsOf(p.funds[row]);
  Object.assign(funds.total, { weight: v(p.funds.total.weight), score: v(p.funds.total.score) });
  for (const line of p.fundLines) if (!(line.key in funds)) funds[line.key] = fundsOf(line.cells);
  return {
    name: v(p.name),
    code: v(p.code),
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
    narrative: { conclusion: v(p.narrative.conclusion), problems: v(p.narrative.problems), measures: v(p.narrative.measures) },
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
        : { name: s.name, kind: s.kind, ...hidden };
    }),
    findings: result.findings.map((f) => jsonFinding(f, lang)),
    summary: { projects: projectsOf(result.sheets).length, ...countBySeverity(result.findings) },
  };
}
