/**
 * The standard 自评表 as data: cells, merges, styles, formulas, validations and print setup,
 * for the writers in node/ and office/ and for the tests. Computed cells hold plain Excel
 * formulas (ROUND, MIN, IF, SUM), so a form computes where the add-in is not installed; their
 * cached results come from core/scoring, the one place for the arithmetic (domain.md).
 *
 * Layout (rows 1-based, N indicator rows):
 *   1 title · 2 year line · 3 项目名称 · 4 主管部门/实施单位 · 5 funds header · 6–9 funds rows ·
 *   10–11 年度总体目标 · 12 indicator header · 13…12+N indicators · 13+N 总分 · 14+N 评分等级.
 * Column I, outside the print area, holds 原表数值 notes of a converted form (see fillTemplate).
 */
import { Grid, columnName, parseA1, valueAt } from "./grid";
import { GRADES, HIERARCHY, LABEL, QUALITATIVE_LEVELS } from "./labels";
import { FUND_ROWS, FundRowKey, Project } from "./model";
import { cellText, compact, fmt2, isBlank, isDash } from "./numbers";
import { cellsOf } from "./report";
import { AMOUNTS, COMPUTED_FIELDS, ComputedField, DEFAULT_ROWS, Entry, FormData, computeForm, emptyForm } from "./templateData";
import { DefinedName, TEMPLATE_SHEET, TemplateCell, TemplateSheet, Validation, byPosition, quoteSheet } from "./templateSheet";
import { StyleName, estimateHeight } from "./templateStyle";

export * from "./templateData";
export * from "./templateSheet";
export { STYLES } from "./templateStyle";
export type { CellStyle, StyleName } from "./templateStyle";

export const MAX_ROWS = 500;
export const NOTE_COLUMN = "I";

// ---------------------------------------------------------------------------------------
// Where things are

const FUND_ROW: Record<FundRowKey, number> = { total: 6, current: 7, carryover: 8, other: 9 };
const FUND_COL = { initial: "C", budget: "D", executed: "E", weight: "F", rate: "G", score: "H" } as const;
const IND_COL = { level1: "A", level2: "B", name: "C", target: "D", actual: "E", weight: "F", score: "G", reason: "H" } as const;
export const INDICATOR_HEADER_ROW = 12;
export const FIRST_INDICATOR_ROW = 13;
const WIDTHS = [12, 20, 28, 16, 18, 10, 10, 34];
const NOTE_WIDTH = 44;

export interface TemplateLayout {
  rows: number;
  lastIndicatorRow: number;
  totalRow: number;
  gradeRow: number;
}

export function templateLayout(rows: number): TemplateLayout {
  const lastIndicatorRow = FIRST_INDICATOR_ROW + rows - 1;
  return { rows, lastIndicatorRow, totalRow: lastIndicatorRow + 1, gradeRow: lastIndicatorRow + 2 };
}

/** Field → A1 for a form of `rows` indicator rows (the keys of report.ts cellsOf, plus indicators.N.key). */
export function templateFields(rows: number): Record<string, string> {
  const { totalRow, gradeRow } = templateLayout(rows);
  const fields: Record<string, string> = { title: "A1", name: "B3", year: "A2", department: "B4", implementer: "F4" };
  for (const row of FUND_ROWS) {
    for (const [column, col] of Object.entries(FUND_COL)) fields[`funds.${row}.${column}`] = `${col}${FUND_ROW[row]}`;
  }
  fields["goals.planned"] = "B11";
  fields["goals.achieved"] = "E11";
  fields.totalWeight = `F${totalRow}`;
  fields.totalScore = `G${totalRow}`;
  fields.grade = `C${gradeRow}`;
  for (let i = 0; i < rows; i++) {
    for (const [key, col] of Object.entries(IND_COL)) fields[`indicators.${i}.${key}`] = `${col}${FIRST_INDICATOR_ROW + i}`;
  }
  return fields;
}

/** The formula of every computed cell, by field key. */
export function templateFormulas(rows: number): Record<ComputedField, string> {
  const { lastIndicatorRow: last } = templateLayout(rows);
  const f = templateFields(rows);
  const rate = (row: FundRowKey) => {
    const r = FUND_ROW[row];
    return `=IF(D${r}=0,0,ROUND(E${r}/D${r}*100,2))`;
  };
  const sum = (col: string) => `=SUM(${col}${FUND_ROW.current}:${col}${FUND_ROW.other})`;
  const total = f.totalScore;
  return {
    "funds.total.initial": sum(FUND_COL.initial),
    "funds.total.budget": sum(FUND_COL.budget),
    "funds.total.executed": sum(FUND_COL.executed),
    "funds.total.rate": rate("total"),
    "funds.current.rate": rate("current"),
    "funds.carryover.rate": rate("carryover"),
    "funds.other.rate": rate("other"),
    "funds.total.score": `=ROUND(MIN(${f["funds.total.rate"]},100)/100*${f["funds.total.weight"]},2)`,
    totalWeight: `=${f["funds.total.weight"]}+SUM(F${FIRST_INDICATOR_ROW}:F${last})`,
    totalScore: `=${f["funds.total.score"]}+SUM(G${FIRST_INDICATOR_ROW}:G${last})`,
    grade: `=IF(${total}>=90,"${GRADES[0]}",IF(${total}>=80,"${GRADES[1]}",IF(${total}>=60,"${GRADES[2]}","${GRADES[3]}")))`,
  };
}

// ---------------------------------------------------------------------------------------
// The sheet

const FIELD_NAMES: Record<ComputedField, string> = {
  "funds.total.initial": "年度资金总额 年初预算数",
  "funds.total.budget": "年度资金总额 全年预算数",
  "funds.total.executed": "年度资金总额 全年执行数",
  "funds.total.rate": "年度资金总额 执行率",
  "funds.current.rate": "当年财政拨款 执行率",
  "funds.carryover.rate": "上年结转资金 执行率",
  "funds.other.rate": "其他资金 执行率",
  "funds.total.score": "预算执行 得分",
  totalWeight: "总分 分值",
  totalScore: "总分 得分",
  grade: "评分等级",
};

const shown = (v: Entry | undefined): string =>
  v === undefined || v === null ? "（无法计算）" : typeof v === "number" ? fmt2(v) : cellText(v);

/** The stated value when it is not what the formula shows: the text of the 原表数值 note. */
function difference(field: ComputedField, stated: Entry | undefined, result: number | string | undefined): string | undefined {
  if (stated === undefined || stated === null || isBlank(stated) || isDash(stated)) return undefined;
  if (shown(stated) === shown(result) || (typeof stated === "string" && compact(stated) === shown(result))) return undefined;
  return `原表${FIELD_NAMES[field]}为 ${shown(stated)}，按公式为 ${shown(result)}`;
}

class SheetBuilder {
  cells = new Map<string, TemplateCell>();
  merges: string[] = [];
  heights: Record<number, number> = {};

  put(address: string, style: StyleName, value?: Entry): TemplateCell {
    const cell: TemplateCell = { address, style };
    if (value !== null && value !== undefined && !(typeof value === "string" && value === "")) cell.value = value;
    this.cells.set(address, cell);
    return cell;
  }

  merge(range: string, style: StyleName, value?: Entry): void {
    this.merges.push(range);
    this.put(range.split(":")[0], style, value);
  }

  height(row: number, points: number): void {
    this.heights[row] = Math.max(this.heights[row] ?? 0, points);
  }
}

const width = (from: number, to = from) => WIDTHS.slice(from, to + 1).reduce((s, w) => s + w, 0);

function heading(b: SheetBuilder, data: FormData): void {
  b.merge("A1:H1", "title", LABEL.title);
  b.height(1, 32);
  b.merge("A2:H2", "yearLine", data.yearLine);
  b.height(2, 20);
  b.put("A3", "label", LABEL.name);
  b.merge("B3:H3", "text", data.name);
  b.height(3, estimateHeight(data.name, width(1, 7)));
  b.put("A4", "label", LABEL.department);
  b.merge("B4:D4", "text", data.department);
  b.put("E4", "label", LABEL.implementer);
  b.merge("F4:H4", "text", data.implementer);
  b.height(4, Math.max(estimateHeight(data.department, width(1, 3)), estimateHeight(data.implementer, width(5, 7))));
}

const FUND_LABELS: Record<FundRowKey, string> = {
  total: LABEL.total, current: `其中：${LABEL.current}`, carryover: LABEL.carryover, other: LABEL.other,
};

/** 项目资金: the parts' amounts are typed; 年度资金总额's amounts, rates and 得分 are formulas. */
function funds(b: SheetBuilder, data: FormData): void {
  b.merge("A5:A9", "label", `${LABEL.fundsBlock}（万元）`);
  b.put("B5", "header");
  ["年初预算数", "全年预算数", "全年执行数", "分数", "执行率(%)", "得分"].forEach((h, i) => b.put(`${"CDEFGH"[i]}5`, "header", h));
  b.height(5, 22);
  for (const row of FUND_ROWS) {
    const r = FUND_ROW[row];
    b.put(`B${r}`, "label", FUND_LABELS[row]);
    b.height(r, 20);
    if (row === "total") {
      b.put(`F${r}`, "amount", data.budgetWeight);
      continue;
    }
    for (const column of AMOUNTS) b.put(`${FUND_COL[column]}${r}`, "amount", data.funds[row][column]);
    b.put(`F${r}`, "dash", "-");
    b.put(`H${r}`, "dash", "-");
  }
}

function goals(b: SheetBuilder, data: FormData): void {
  b.merge("A10:A11", "label", LABEL.goals);
  b.merge("B10:D10", "header", LABEL.planned);
  b.merge("E10:H10", "header", LABEL.achieved);
  b.height(10, 20);
  b.merge("B11:D11", "longText", data.goals.planned);
  b.merge("E11:H11", "longText", data.goals.achieved);
  b.height(11, Math.max(estimateHeight(data.goals.planned, width(1, 3)), estimateHeight(data.goals.achieved, width(4, 7)), 72));
}

/** The indicator table: 一级/二级 on every row (not merged), so each row's drop-down lists work. */
function indicators(b: SheetBuilder, data: FormData, rows: number): void {
  const header = [LABEL.level1, LABEL.level2, LABEL.level3, LABEL.target, LABEL.actual, LABEL.indicatorWeight, LABEL.score, LABEL.reason];
  header.forEach((h, i) => b.put(`${"ABCDEFGH"[i]}${INDICATOR_HEADER_ROW}`, "header", h));
  b.height(INDICATOR_HEADER_ROW, 22);
  const blank = emptyForm(1).indicators[0];
  for (let i = 0; i < rows; i++) {
    const ind = data.indicators[i] ?? blank;
    const r = FIRST_INDICATOR_ROW + i;
    b.put(`A${r}`, "center", ind.level1);
    b.put(`B${r}`, "center", ind.level2);
    b.put(`C${r}`, "text", ind.name);
    b.put(`D${r}`, "textCenter", ind.target);
    b.put(`E${r}`, "textCenter", ind.actual);
    b.put(`F${r}`, "score", ind.weight);
    b.put(`G${r}`, "score", ind.score);
    b.put(`H${r}`, "text", ind.reason);
    const texts: [string | null, number][] = [[ind.level2, 1], [ind.name, 2], [ind.target, 3], [ind.actual, 4], [ind.reason, 7]];
    b.height(r, Math.max(20, ...texts.map(([t, c]) => estimateHeight(t, width(c)))));
  }
}

function totals(b: SheetBuilder, rows: number): void {
  const { totalRow, gradeRow } = templateLayout(rows);
  b.merge(`A${totalRow}:E${totalRow}`, "header", LABEL.totalRow);
  b.put(`H${totalRow}`, "center");
  b.height(totalRow, 22);
  b.merge(`A${gradeRow}:B${gradeRow}`, "header", LABEL.grade);
  b.merge(`C${gradeRow}:H${gradeRow}`, "computedText");
  b.height(gradeRow, 22);
}

/** Every computed cell's formula and result; a stated value that differs goes to a note in column I. */
function computedCells(b: SheetBuilder, data: FormData, rows: number): void {
  const fields = templateFields(rows);
  const formulas = templateFormulas(rows);
  const results = computeForm(data);
  const notes = new Map<number, string[]>();
  for (const field of COMPUTED_FIELDS) {
    const address = fields[field];
    const cell = b.put(address, field === "grade" ? "computedText" : "computed");
    cell.formula = formulas[field];
    if (results[field] !== undefined) cell.result = results[field];
    const note = difference(field, data.stated?.[field], results[field]) ?? data.notes?.[field];
    if (!note) continue;
    cell.differs = true;
    const r = parseA1(address)!.row + 1;
    notes.set(r, [...(notes.get(r) ?? []), note]);
  }
  for (const [r, texts] of notes) b.put(`${NOTE_COLUMN}${r}`, "note", texts.join("；"));
}

/**
 * The 原表数值 notes of a sheet that is already a rebuilt form, by field: without them a second
 * rebuild (whose stated values are the formulas' own) would drop what the first one kept.
 */
export function earlierNotes(grid: Grid, project: Project): FormData["notes"] {
  const fields = templateFields(Math.max(1, project.indicators.length));
  const cells = cellsOf(project);
  const notes: FormData["notes"] = {};
  for (const field of COMPUTED_FIELDS) {
    if (cells[field] !== fields[field]) return {};
    const row = parseA1(fields[field])!.row;
    const text = valueAt(grid, row, parseA1(`${NOTE_COLUMN}1`)!.col);
    const mine = typeof text === "string" ? text.split("；").filter((t) => t.startsWith(`原表${FIELD_NAMES[field]}为`)) : [];
    if (mine.length) notes[field] = mine.join("；");
  }
  return notes;
}

/** The standard form for `data` (indicator rows: exactly data.indicators.length, at least one). */
export function fillTemplate(data: FormData, name = TEMPLATE_SHEET): TemplateSheet {
  const rows = Math.max(1, data.indicators.length);
  const { lastIndicatorRow, gradeRow } = templateLayout(rows);
  const b = new SheetBuilder();
  heading(b, data);
  funds(b, data);
  goals(b, data);
  indicators(b, data, rows);
  totals(b, rows);
  computedCells(b, data, rows);
  const hasNotes = [...b.cells.keys()].some((a) => a.startsWith(NOTE_COLUMN));
  return {
    name,
    cells: [...b.cells.values()].sort(byPosition),
    merges: b.merges,
    widths: hasNotes ? [...WIDTHS, NOTE_WIDTH] : [...WIDTHS],
    heights: b.heights,
    borders: [`A3:H${gradeRow}`],
    validations: validations(FIRST_INDICATOR_ROW, lastIndicatorRow),
    print: {
      paper: "A4", orientation: "landscape", fitToWidth: 1, fitToHeight: 0,
      area: `A1:H${gradeRow}`, titleRows: `${INDICATOR_HEADER_ROW}:${INDICATOR_HEADER_ROW}`,
    },
    fields: templateFields(rows),
  };
}

/** A blank form with `rows` indicator rows (default 12). */
export function templateForm(options: { rows?: number; name?: string } = {}): TemplateSheet {
  const rows = options.rows ?? DEFAULT_ROWS;
  if (!Number.isInteger(rows) || rows < 1 || rows > MAX_ROWS) throw new RangeError(`rows must be 1–${MAX_ROWS}`);
  return fillTemplate(emptyForm(rows), options.name ?? TEMPLATE_SHEET);
}


// ---------------------------------------------------------------------------------------
// Drop-down lists: a hidden 字典 sheet with one defined name per list. 二级指标 uses
// INDIRECT($A13) over the names, which Excel and LibreOffice both evaluate in a list source.

export const DICTIONARY_SHEET = "字典";
export const LEVEL1_LIST = "一级指标列表";
export const QUALITATIVE_LIST = "定性完成值";

function validations(first: number, last: number): Validation[] {
  return [
    { range: `A${first}:A${last}`, list: `=${LEVEL1_LIST}`, allowFreeText: false,
      error: `一级指标应为：${Object.keys(HIERARCHY).join("、")}` },
    { range: `B${first}:B${last}`, list: `=INDIRECT($A${first})`, allowFreeText: false,
      error: "二级指标应属于本行的一级指标（财预〔2020〕10号），请先选择一级指标" },
    { range: `E${first}:E${last}`, list: `=${QUALITATIVE_LIST}`, allowFreeText: true,
      prompt: "定性指标请从列表选择；定量指标直接填写完成值和单位，如 47.00(期)" },
  ];
}

/** The hidden sheet holding the lists, and the names the validations refer to. */
export function dictionarySheet(name = DICTIONARY_SHEET): { sheet: TemplateSheet; names: DefinedName[] } {
  const b = new SheetBuilder();
  const names: DefinedName[] = [];
  const column = (col: number, header: string, items: readonly string[], listName: string) => {
    const c = columnName(col);
    b.put(`${c}1`, "header", header);
    items.forEach((item, i) => b.put(`${c}${i + 2}`, "text", item));
    names.push({ name: listName, ref: `${quoteSheet(name)}!$${c}$2:$${c}$${items.length + 1}` });
  };
  const level1 = Object.keys(HIERARCHY);
  column(0, LABEL.level1, level1, LEVEL1_LIST);
  level1.forEach((l1, i) => column(i + 1, l1, HIERARCHY[l1], l1));
  column(level1.length + 1, QUALITATIVE_LIST, QUALITATIVE_LEVELS, QUALITATIVE_LIST);
  const sheet: TemplateSheet = {
    name, cells: [...b.cells.values()].sort(byPosition), merges: [], widths: Array(level1.length + 2).fill(24),
    heights: {}, borders: [], validations: [], hidden: true, fields: {},
    print: { paper: "A4", orientation: "portrait", fitToWidth: 1, fitToHeight: 0, area: `A1:${columnName(level1.length + 1)}5` },
  };
  return { sheet, names };
}

