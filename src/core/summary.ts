/**
 * The 汇总 sheet: one row per project sheet whose figures are formulas pointing at that
 * sheet's cells (found through the project's field → cell mapping, whatever its layout), the
 * check's error and warning counts as static numbers, and a totals row. Cached results and
 * totals computed here go through core/scoring like every number the user sees.
 */
import { SheetResult, checkGrids, projectsOf } from "./check";
import type { Finding, Project } from "./model";
import { GRADES, Grade } from "./labels";
import { cellText, isBlank, roundDecimal, sumDecimal } from "./numbers";
import { cellsOf } from "./report";
import {
  TemplateCell, TemplateSheet, earlierNotes, fillTemplate, formDataOf, quoteSheet, rateOf, templateGrid, uniqueSheetName,
} from "./template";
import type { Grid } from "./grid";
import { StyleName, estimateHeight } from "./templateStyle";

export const SUMMARY_SHEET = "汇总";
export const SUMMARY_TITLE = "项目支出绩效自评汇总表";
export const FIRST_SUMMARY_ROW = 5;

export interface SummaryEntry {
  sheet: string;
  /** Field → A1 on that sheet: cellsOf(project), the same keys as a template's fields. */
  cells: Record<string, string>;
  /** What those cells show now: the formulas' cached results. */
  values: {
    name: string | null; department: string | null; implementer: string | null;
    budget: number | null; executed: number | null; rate: number | null; totalScore: number | null; grade: string | null;
  };
  /** The project sheet's 执行率 number format, so a percentage cell (0.9934) still reads 99.34%. */
  rateFormat?: string | null;
  errors: number;
  warnings: number;
}

/** A project as read by the core, with the findings of the check about its sheet. */
export function summaryEntry(project: Project, findings: Finding[]): SummaryEntry {
  const own = findings.filter((f) => f.sheet === project.sheet);
  const txt = (raw: unknown) => (isBlank(raw as never) ? null : cellText(raw as never));
  return {
    sheet: project.sheet,
    cells: cellsOf(project),
    values: {
      name: txt(project.name.raw), department: txt(project.department.raw), implementer: txt(project.implementer.raw),
      budget: project.funds.total.budget.value, executed: project.funds.total.executed.value,
      rate: project.funds.total.rate.value, totalScore: project.totalScore.value, grade: txt(project.grade.raw),
    },
    rateFormat: project.funds.total.rate.format ?? null,
    errors: own.filter((f) => f.severity === "error").length,
    warnings: own.filter((f) => f.severity === "warning").length,
  };
}

type Column = { header: string; width: number; style: StyleName };
const COLUMNS: Column[] = [
  { header: "序号", width: 6, style: "label" },
  { header: "工作表", width: 18, style: "text" },
  { header: "项目名称", width: 30, style: "text" },
  { header: "主管部门", width: 22, style: "text" },
  { header: "实施单位", width: 22, style: "text" },
  { header: "预算数", width: 12, style: "computed" },
  { header: "执行数", width: 12, style: "computed" },
  { header: "执行率(%)", width: 10, style: "computed" },
  { header: "总分", width: 9, style: "computed" },
  { header: "评分等级", width: 9, style: "computedText" },
  { header: "错误", width: 7, style: "count" },
  { header: "警告", width: 7, style: "count" },
];

/** The 汇总 sheet for these project sheets, in the given order. */
export function summarySheet(entries: SummaryEntry[], name = SUMMARY_SHEET): TemplateSheet {
  const cells: TemplateCell[] = [];
  const merges: string[] = [];
  const heights: Record<number, number> = { 1: 32, 2: 20, 3: 20, 4: 20 };
  const put = (address: string, style: StyleName, content: Partial<TemplateCell> = {}) =>
    cells.push({ address, style, ...content });
  const merge = (range: string, style: StyleName, value?: string) => {
    merges.push(range);
    put(range.split(":")[0], style, value === undefined ? {} : { value });
  };

  merge("A1:L1", "title", SUMMARY_TITLE);
  merge("A2:L2", "note", "各项目的数值是引用各工作表单元格的公式，随表更新；错误、警告为生成本表时检查结果的个数，不随表更新。");
  for (const [i, column] of COLUMNS.entries()) {
    const col = "ABCDEFGHIJKL"[i];
    if (col === "F") merge("F3:G3", "header", "全年资金（万元）");
    else if (col === "K") merge("K3:L3", "header", "检查结果");
    if (col === "F" || col === "G" || col === "K" || col === "L") put(`${col}4`, "header", { value: column.header });
    else merge(`${col}3:${col}4`, "header", column.header);
  }

  const last = FIRST_SUMMARY_ROW + Math.max(entries.length, 1) - 1;
  entries.forEach((e, i) => {
    const r = FIRST_SUMMARY_ROW + i;
    const ref = (field: string) => `${quoteSheet(e.sheet)}!${e.cells[field]}`;
    const num = (v: number | null) => (v === null ? {} : { result: v });
    const txt = (v: string | null) => ({ result: v ?? "" });
    put(`A${r}`, "label", { value: i + 1 });
    put(`B${r}`, "text", { value: e.sheet });
    put(`C${r}`, "computedLeft", { formula: `=T(${ref("name")})`, ...txt(e.values.name) });
    put(`D${r}`, "computedLeft", { formula: `=T(${ref("department")})`, ...txt(e.values.department) });
    put(`E${r}`, "computedLeft", { formula: `=T(${ref("implementer")})`, ...txt(e.values.implementer) });
    put(`F${r}`, "computed", { formula: `=${ref("funds.total.budget")}`, ...num(e.values.budget) });
    put(`G${r}`, "computed", { formula: `=${ref("funds.total.executed")}`, ...num(e.values.executed) });
    const percent = e.rateFormat && /%/.test(e.rateFormat);
    const rate = percent && e.values.rate !== null ? roundDecimal(e.values.rate / 100, 10) : e.values.rate;
    put(`H${r}`, percent ? "computedPercent" : "computed", { formula: `=${ref("funds.total.rate")}`, ...num(rate) });
    put(`I${r}`, "computed", { formula: `=${ref("totalScore")}`, ...num(e.values.totalScore) });
    put(`J${r}`, "computedText", { formula: `=T(${ref("grade")})`, ...txt(e.values.grade) });
    put(`K${r}`, "count", { value: e.errors });
    put(`L${r}`, "count", { value: e.warnings });
    const texts: [string | null, number][] = [[e.sheet, 1], [e.values.name, 2], [e.values.department, 3], [e.values.implementer, 4]];
    heights[r] = Math.max(20, ...texts.map(([t, c]) => estimateHeight(t, COLUMNS[c].width)));
  });

  const total = last + 1;
  const budget = sumDecimal(entries.map((e) => e.values.budget));
  const executed = sumDecimal(entries.map((e) => e.values.executed));
  const overall = rateOf(budget, executed);
  merge(`A${total}:E${total}`, "header", "合计");
  put(`F${total}`, "computed", { formula: `=SUM(F${FIRST_SUMMARY_ROW}:F${last})`, result: budget });
  put(`G${total}`, "computed", { formula: `=SUM(G${FIRST_SUMMARY_ROW}:G${last})`, result: executed });
  put(`H${total}`, "computed", { formula: `=IF(F${total}=0,0,ROUND(G${total}/F${total}*100,2))`, ...(overall === undefined ? {} : { result: overall }) });
  put(`I${total}`, "computed");
  put(`J${total}`, "computedText");
  put(`K${total}`, "computedCount", { formula: `=SUM(K${FIRST_SUMMARY_ROW}:K${last})`, result: entries.reduce((s, e) => s + e.errors, 0) });
  put(`L${total}`, "computedCount", { formula: `=SUM(L${FIRST_SUMMARY_ROW}:L${last})`, result: entries.reduce((s, e) => s + e.warnings, 0) });
  heights[total] = 22;

  // Projects per 评分等级, under the names.
  const head = total + 2;
  put(`C${head}`, "header", { value: "评分等级" });
  put(`D${head}`, "header", { value: "项目数" });
  GRADES.forEach((g: Grade, i) => {
    const r = head + 1 + i;
    put(`C${r}`, "label", { value: g });
    const count = entries.filter((e) => e.values.grade !== null && e.values.grade.trim() === g).length;
    put(`D${r}`, "computedCount", { formula: `=COUNTIF(J${FIRST_SUMMARY_ROW}:J${last},"${g}")`, result: count });
  });

  return {
    name,
    cells,
    merges,
    widths: COLUMNS.map((c) => c.width),
    heights,
    borders: [`A3:L${total}`, `C${head}:D${head + GRADES.length}`],
    validations: [],
    print: { paper: "A4", orientation: "landscape", fitToWidth: 1, fitToHeight: 0, area: `A1:L${head + GRADES.length}`, titleRows: "3:4" },
    fields: {},
  };
}

/** Where the summary row of the i-th entry (0-based) puts each value, for readers and tests. */
export function summaryRowCells(i: number): Record<"name" | "department" | "implementer" | "budget" | "executed" | "rate" | "totalScore" | "grade" | "errors" | "warnings", string> {
  const r = FIRST_SUMMARY_ROW + i;
  return {
    name: `C${r}`, department: `D${r}`, implementer: `E${r}`, budget: `F${r}`, executed: `G${r}`,
    rate: `H${r}`, totalScore: `I${r}`, grade: `J${r}`, errors: `K${r}`, warnings: `L${r}`,
  };
}

/** The totals row's cells and the 评分等级 counts, for `count` entries. */
export function summaryTotalCells(count: number): { budget: string; executed: string; rate: string; errors: string; warnings: string; grades: Record<Grade, string> } {
  const total = FIRST_SUMMARY_ROW + Math.max(count, 1);
  const grades = {} as Record<Grade, string>;
  GRADES.forEach((g, i) => (grades[g] = `D${total + 3 + i}`));
  return { budget: `F${total}`, executed: `G${total}`, rate: `H${total}`, errors: `K${total}`, warnings: `L${total}`, grades };
}

export interface ConvertedBook {
  /** One standard form per project sheet, named like it, in sheet order. */
  forms: TemplateSheet[];
  summary: TemplateSheet;
  /** Sheets that are not forms. */
  skipped: string[];
  /** The check of the converted forms, as the summary counts it. */
  findings: Finding[];
}

/**
 * 按模板重建: every project sheet as the standard form (its computed cells as formulas, the
 * stated values that differ kept in 原表数值 notes), and the 汇总 sheet over the new forms.
 * `grids` (the sheets as read) let a sheet that is already a rebuilt form keep its notes.
 */
export function convertSheets(sheets: SheetResult[], grids: Grid[] = []): ConvertedBook {
  const forms = projectsOf(sheets).map((p) => {
    const grid = grids.find((g) => g.name === p.sheet);
    return fillTemplate({ ...formDataOf(p), notes: grid ? earlierNotes(grid, p) : {} }, p.sheet);
  });
  const checked = checkGrids(forms.map(templateGrid));
  const entries = projectsOf(checked.sheets).map((p) => summaryEntry(p, checked.findings));
  return {
    forms,
    summary: summarySheet(entries, uniqueSheetName(SUMMARY_SHEET, forms.map((f) => f.name))),
    skipped: sheets.filter((s) => s.kind !== "project").map((s) => s.name),
    findings: checked.findings,
  };
}
