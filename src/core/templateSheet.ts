/**
 * A described sheet: what the writers (node/templateWriter.ts, office/template.ts) turn into a
 * worksheet, whether the standard form, the 汇总 sheet or the hidden 字典 sheet.
 */
import { CellValue, Grid, parseA1, parseArea } from "./grid";
import { CellStyle, DIFFERS_FILL, STYLES, StyleName } from "./templateStyle";

/** The name a sheet gets when nothing better is known. */
export const TEMPLATE_SHEET = "自评表";

export interface TemplateCell {
  /** Top-left cell of a merge, or a single cell. */
  address: string;
  style: StyleName;
  value?: string | number;
  /** An Excel formula with its leading "=". */
  formula?: string;
  /** What the formula gives for the data filled in, computed by core/scoring; absent when unknown. */
  result?: string | number;
  /** A converted form's computed cell whose source stated another value (see the note in column I). */
  differs?: boolean;
}

export interface Validation {
  range: string;
  /** The list source, a formula with its "=": a defined name or INDIRECT($A13). */
  list: string;
  /** Free text allowed (the list is a suggestion): showErrorMessage off. */
  allowFreeText: boolean;
  prompt?: string;
  error?: string;
}

export interface PrintSetup {
  paper: "A4";
  orientation: "landscape" | "portrait";
  fitToWidth: 1;
  /** 0: as many pages down as needed. */
  fitToHeight: 0;
  area: string;
  /** Rows repeated on every page, "12:12". */
  titleRows?: string;
}

export interface TemplateSheet {
  name: string;
  cells: TemplateCell[];
  merges: string[];
  /** Column widths in characters, from column A. */
  widths: number[];
  /** 1-based row → height in points. */
  heights: Record<number, number>;
  /** Cells that get thin borders all round. */
  borders: string[];
  validations: Validation[];
  print: PrintSetup;
  hidden?: boolean;
  /** Field → A1 of its value cell, with the keys of cellsOf (report.ts) plus indicators.N.key. */
  fields: Record<string, string>;
}

export interface DefinedName {
  name: string;
  /** Absolute reference with a quoted sheet name: '字典'!$A$2:$A$4. */
  ref: string;
}

/** A sheet name as a formula writes it: always quoted, quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Excel's rules for a new sheet name: ≤ 31 characters, none of []:*?/\, unique ignoring case. */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const base = wanted.replace(/[[\]:*?/\\]/g, "").replace(/^'+|'+$/g, "").trim().slice(0, 31) || TEMPLATE_SHEET;
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
  return name;
}

export function byPosition(a: TemplateCell, b: TemplateCell): number {
  const pa = parseA1(a.address)!;
  const pb = parseA1(b.address)!;
  return pa.row - pb.row || pa.col - pb.col;
}

/** The rows and columns a described sheet covers, from A1 (its widths count as columns). */
export function sheetSize(sheet: TemplateSheet): { rows: number; cols: number } {
  const at = sheet.cells.map((c) => parseA1(c.address)!);
  return { rows: Math.max(...at.map((p) => p.row)) + 1, cols: Math.max(sheet.widths.length, ...at.map((p) => p.col + 1)) };
}

/** One property of every described cell as a matrix over the sheet's size, "" where nothing is described. */
export function cellMatrix(sheet: TemplateSheet, pick: (cell: TemplateCell) => string | number): (string | number)[][] {
  const { rows, cols } = sheetSize(sheet);
  const m = Array.from({ length: rows }, () => Array<string | number>(cols).fill(""));
  for (const cell of sheet.cells) {
    const { row, col } = parseA1(cell.address)!;
    m[row][col] = pick(cell);
  }
  return m;
}

/** What a writer formats for a described cell: its style over the range that shows it (a merge's whole area). */
export interface StyledRange {
  /** The cell, or the merge it heads ("B3:E3"). */
  range: string;
  style: CellStyle;
  /** ARGB background: the style's, or DIFFERS_FILL for a converted cell whose source stated another value. */
  fill?: string;
}

/** Every described cell's formatting, in the order of the cells; the writers apply it with their own API. */
export function styledRanges(sheet: TemplateSheet): StyledRange[] {
  const mergeOf = new Map(sheet.merges.map((m) => [m.split(":")[0], m]));
  return sheet.cells.map((cell) => {
    const style = STYLES[cell.style];
    const fill = cell.differs ? DIFFERS_FILL : style.fill;
    return { range: mergeOf.get(cell.address) ?? cell.address, style, ...(fill ? { fill } : {}) };
  });
}

/** The sheet as the core's grid, formulas showing their results: what a reader of the written file sees. */
export function templateGrid(sheet: TemplateSheet): Grid {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  for (const cell of sheet.cells) {
    const { row, col } = parseA1(cell.address)!;
    const v = cell.formula !== undefined ? cell.result : cell.value;
    (values[row] ??= [])[col] = v ?? null;
    (formats[row] ??= [])[col] = STYLES[cell.style].numFmt ?? null;
  }
  for (let r = 0; r < values.length; r++) {
    values[r] ??= [];
    formats[r] ??= [];
    for (let c = 0; c < values[r].length; c++) values[r][c] ??= null;
  }
  return { name: sheet.name, top: 0, left: 0, values, formats, merges: sheet.merges.map((m) => parseArea(m)!) };
}
