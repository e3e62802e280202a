/**
 * The reviewer's workbook (汇总) of a batch, as data: one row per project across all files, every
 * finding, totals by unit and by grade, and the files that could not be read. Every number in it
 * is computed here (sums by sumDecimal, rates by execRate); node/reviewBookWriter writes it.
 */
import type { CheckResult } from "./check";
import { countBySeverity, projectsOf } from "./check";
import { GRADES } from "./labels";
import type { Finding } from "./model";
import { roundDecimal, sumDecimal } from "./numbers";
import { projectData } from "./report";
import { RULE_NAMES, SEVERITY_NAMES } from "./ruleNames";
import { execRate, isError } from "./scoring";
import { quoteSheet } from "./templateSheet";

/** A link cell: its formula and the text it shows (the formula's cached result). */
export interface Link {
  formula: string;
  text: string;
}

export interface ReviewedFile {
  /** The name shown for the file. */
  name: string;
  /** Where the summary's links open it, relative to the summary workbook (the checked copy when one was written). */
  target: string;
  result?: CheckResult;
  /** Why it could not be read. */
  unreadable?: string;
}

export interface ReviewProject {
  file: string;
  sheet: string;
  code: string | null;
  name: string | null;
  department: string | null;
  implementer: string | null;
  budget: number | null;
  executed: number | null;
  rate: number | null;
  totalScore: number | null;
  grade: string | null;
  errors: number;
  warnings: number;
  link: Link | undefined;
}

export interface ReviewFinding {
  file: string;
  sheet: string;
  cell: string;
  severity: string;
  rule: string;
  message: string;
  link: Link | undefined;
}

export interface ReviewTotal {
  /** 主管部门 and 实施单位 for a unit's row; the grade for a grade's row. */
  keys: string[];
  projects: number;
  budget: number;
  executed: number;
  rate: number | null;
  averageScore: number | null;
  /** Projects by grade (优, 良, 中, 差, then those without one). */
  grades: number[];
  errors: number;
  warnings: number;
}

export interface ReviewBook {
  projects: ReviewProject[];
  findings: ReviewFinding[];
  units: ReviewTotal[];
  byGrade: ReviewTotal[];
  total: ReviewTotal;
  files: { name: string; status: string; projects: number; errors: number; warnings: number; link: Link | undefined }[];
}

export const UNGRADED = "未评级";
/** A string in a formula holds at most 255 characters (Excel's limit). */
const MAX_FORMULA_STRING = 255;

/**
 * =HYPERLINK("[file.xlsx]'Sheet'!A1","text"): opens another workbook at a cell (Microsoft's
 * HYPERLINK documentation, "[C:\My Documents\Mybook.xlsx]Annual!F10"); undefined when the
 * location is too long for a formula.
 */
export function fileLink(target: string, sheet: string | undefined, cell: string, text: string): Link | undefined {
  const location = sheet === undefined ? target : `[${target}]${quoteSheet(sheet)}!${cell}`;
  if (location.length > MAX_FORMULA_STRING) return undefined;
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return { formula: `=HYPERLINK(${q(location)},${q(text)})`, text };
}

export const OPEN_TEXT = "打开";

function countIn(findings: Finding[], sheet: string): { errors: number; warnings: number } {
  const c = countBySeverity(findings.filter((f) => f.sheet === sheet));
  return { errors: c.errors, warnings: c.warnings };
}

function totalOf(keys: string[], rows: ReviewProject[]): ReviewTotal {
  const budget = sumDecimal(rows.map((r) => r.budget));
  const executed = sumDecimal(rows.map((r) => r.executed));
  const rate = execRate(budget, executed);
  const scores = rows.map((r) => r.totalScore).filter((s): s is number => typeof s === "number");
  return {
    keys,
    projects: rows.length,
    budget,
    executed,
    rate: isError(rate) ? null : rate.value,
    averageScore: scores.length ? roundDecimal(sumDecimal(scores) / scores.length, 2) : null,
    grades: GRADE_ORDER.map((g) => rows.filter((r) => gradeOf(r) === g).length),
    errors: rows.reduce((n, r) => n + r.errors, 0),
    warnings: rows.reduce((n, r) => n + r.warnings, 0),
  };
}

const GRADE_ORDER: string[] = [...GRADES, UNGRADED];
const gradeOf = (r: ReviewProject): string => (r.grade !== null && GRADE_ORDER.includes(r.grade) ? r.grade : UNGRADED);

function groupBy(rows: ReviewProject[], key: (r: ReviewProject) => string[]): ReviewTotal[] {
  const groups = new Map<string, { keys: string[]; rows: ReviewProject[] }>();
  for (const r of rows) {
    const keys = key(r);
    const id = keys.join("\u0000");
    if (!groups.has(id)) groups.set(id, { keys, rows: [] });
    groups.get(id)!.rows.push(r);
  }
  return [...groups.values()].map((g) => totalOf(g.keys, g.rows));
}

/** One file's part of the review: its rows, made where the file was checked (a worker sends these, not the whole result). */
export interface FileReview {
  projects: ReviewProject[];
  findings: ReviewFinding[];
  file: ReviewBook["files"][number];
}

export function fileReview(file: ReviewedFile): FileReview {
  const projects: ReviewProject[] = [];
  const findings: ReviewFinding[] = [];
  const result = file.result;
  if (!result) {
    return { projects, findings, file: { name: file.name, status: `无法读取：${file.unreadable ?? ""}`, projects: 0, errors: 0, warnings: 0, link: undefined } };
  }
  for (const p of projectsOf(result.sheets)) {
    const data = projectData(p) as ReturnType<typeof projectData> & { code?: string | null };
    const total = data.funds.total;
    projects.push({
      file: file.name,
      sheet: p.sheet,
      code: data.code ?? null,
      name: data.name,
      department: data.department,
      implementer: data.implementer,
      budget: total.budget,
      executed: total.executed,
      rate: total.rate,
      totalScore: data.totalScore,
      grade: data.grade,
      ...countIn(result.findings, p.sheet),
      link: fileLink(file.target, p.sheet, "A1", OPEN_TEXT),
    });
  }
  for (const f of result.findings) {
    findings.push({
      file: file.name,
      sheet: f.sheet,
      cell: f.cell,
      severity: SEVERITY_NAMES[f.severity],
      rule: `${RULE_NAMES[f.rule] ?? f.rule}（${f.rule}）`,
      message: f.message,
      link: fileLink(file.target, f.sheet, f.cell, f.cell),
    });
  }
  const c = countBySeverity(result.findings);
  const link = fileLink(file.target, undefined, "A1", OPEN_TEXT);
  return { projects, findings, file: { name: file.name, status: "已检查", projects: projects.length, errors: c.errors, warnings: c.warnings, link } };
}

/** The workbook of a batch: the files' rows in their order, and the totals over all of them. */
export function reviewBook(files: (ReviewedFile | FileReview)[]): ReviewBook {
  const reviews = files.map((f) => ("findings" in f ? f : fileReview(f)));
  const projects = reviews.flatMap((r) => r.projects);
  const unitKey = (r: ReviewProject) => [r.department ?? "（未填）", r.implementer ?? "（未填）"];
  const gradeKey = (r: ReviewProject) => [gradeOf(r)];
  return {
    projects,
    findings: reviews.flatMap((r) => r.findings),
    units: groupBy(projects, unitKey).sort((a, b) => a.keys[0].localeCompare(b.keys[0], "zh-CN") || a.keys[1].localeCompare(b.keys[1], "zh-CN")),
    byGrade: groupBy(projects, gradeKey).sort((a, b) => GRADE_ORDER.indexOf(a.keys[0]) - GRADE_ORDER.indexOf(b.keys[0])),
    total: totalOf(["合计"], projects),
    files: reviews.map((r) => r.file),
  };
}
