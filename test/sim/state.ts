/**
 * The workbook the simulator keeps: plain data, JSON-serialisable, so a test can compare it
 * before and after, "save and reopen" it, and the host can hand it out as the file's bytes.
 * Pure TypeScript (no Node imports): this also runs inside a browser page as the Office host.
 */
import { SimError } from "./errors";

export type SimValue = string | number | boolean;

/** 0-based, inclusive, like the core's Merge. */
export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SimFill {
  color: string;
  pattern: string;
  patternColor?: string;
  /** -1 (darker) … 1 (lighter) applied to `color`; absent = 0 (a theme colour's shade keeps one). */
  tintAndShade?: number;
  patternTintAndShade?: number;
}

export interface SimFont {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  name?: string;
  size?: number;
}

export interface SimBorder {
  style: string;
  color?: string;
  weight?: string;
}

export interface SimCell {
  /** Absent = empty (Excel reports ""). For a formula cell: its cached result. */
  value?: SimValue;
  formula?: string;
  /** Absent = "General". */
  numberFormat?: string;
  /** Absent = no fill. */
  fill?: SimFill;
  font?: SimFont;
  borders?: Record<string, SimBorder>;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  hyperlink?: Record<string, string>;
  note?: string;
}

export interface SimValidation {
  area: Area;
  rule: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
  ignoreBlanks?: boolean;
}

export interface SimPageLayout {
  orientation: string;
  paperSize: string;
  /** Office.js PageLayoutZoomOptions: { horizontalFitToPages, verticalFitToPages, scale }. */
  zoom: Record<string, number | null>;
  printTitleRows: string | null;
  printArea: string | null;
  printGridlines: boolean;
  centerHorizontally: boolean;
}

export interface SimSheet {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  tabColor: string;
  showGridlines: boolean;
  /** A1 address (no $) → cell. Empty cells are absent. */
  cells: Record<string, SimCell>;
  merges: Area[];
  /** Column index → width in points; row index → height in points. */
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  validations: SimValidation[];
  pageLayout: SimPageLayout;
  freeze: { rows: number; columns: number };
  selection: Area;
}

export interface SimXmlPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface SimState {
  sheets: SimSheet[];
  activeSheetId: string | null;
  customXmlParts: SimXmlPart[];
  names: { name: string; formula: string; comment: string; visible: boolean }[];
  /** The workbook's structure is protected (Review → Protect Workbook); absent = not. */
  structureProtected?: boolean;
}

/** One write the add-in made through the API, in the order Excel applied it. */
export interface SimWrite {
  what: string;
  sheet?: string;
  address?: string;
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export function columnName(col: number): string {
  let name = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export const a1 = (row: number, col: number): string => columnName(col) + (row + 1);

export function areaA1(area: Area): string {
  const whole = (a: Area) => a.top === 0 && a.bottom === MAX_ROWS - 1;
  if (whole(area)) return `${columnName(area.left)}:${columnName(area.right)}`;
  if (area.left === 0 && area.right === MAX_COLUMNS - 1) return `${area.top + 1}:${area.bottom + 1}`;
  const from = a1(area.top, area.left);
  return area.top === area.bottom && area.left === area.right ? from : `${from}:${a1(area.bottom, area.right)}`;
}

/** How Excel writes a sheet name in an address: quoted unless it is letters, digits, _ and . only. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function columnIndex(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** "C5", "$C$5:J40", "A:C", "3:7" → area; undefined when it is not an address. */
export function parseAddress(text: string): Area | undefined {
  const parts = text.replace(/\$/g, "").trim().split(":");
  if (parts.length > 2) return undefined;
  const [from, to = from] = parts;
  const cell = /^([A-Za-z]{1,3})(\d{1,7})$/;
  const a = cell.exec(from);
  const b = cell.exec(to);
  if (a && b) {
    const r1 = Number(a[2]) - 1, r2 = Number(b[2]) - 1, c1 = columnIndex(a[1]), c2 = columnIndex(b[1]);
    if (r1 < 0 || r2 < 0 || Math.max(r1, r2) >= MAX_ROWS || Math.max(c1, c2) >= MAX_COLUMNS) return undefined;
    return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
  }
  if (parts.length === 2 && /^[A-Za-z]{1,3}$/.test(from) && /^[A-Za-z]{1,3}$/.test(to)) {
    const c1 = columnIndex(from), c2 = columnIndex(to);
    return { top: 0, left: Math.min(c1, c2), bottom: MAX_ROWS - 1, right: Math.max(c1, c2) };
  }
  if (parts.length === 2 && /^\d+$/.test(from) && /^\d+$/.test(to)) {
    const r1 = Number(from) - 1, r2 = Number(to) - 1;
    if (r1 < 0 || r2 < 0) return undefined;
    return { top: Math.min(r1, r2), left: 0, bottom: Math.max(r1, r2), right: MAX_COLUMNS - 1 };
  }
  return undefined;
}

/** Splits "'My sheet'!A1:B2" into sheet and address; sheet undefined when there is none. */
export function splitSheetAddress(text: string): { sheet?: string; address: string } {
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { address: text };
  let sheet = text.slice(0, bang).replace(/^=/, "");
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: text.slice(bang + 1) };
}

export const intersects = (a: Area, b: Area): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

export const contains = (outer: Area, inner: Area): boolean =>
  inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;

/** Excel reads and writes at most ~5 million cells at once; the simulator refuses more rather than hang. */
export const MAX_CELLS = 5_000_000;

export function eachCell(area: Area, fn: (row: number, col: number) => void): void {
  if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > MAX_CELLS) {
    throw new SimError("InvalidOperation", "The range is too large: Excel reads or writes at most about 5 million cells at once.");
  }
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) fn(r, c);
}

export function newSheet(id: string, name: string): SimSheet {
  return {
    id, name, visibility: "Visible", protected: false, tabColor: "", showGridlines: true,
    cells: {}, merges: [], columnWidths: {}, rowHeights: {}, validations: [],
    pageLayout: {
      orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 }, printTitleRows: null, printArea: null,
      printGridlines: false, centerHorizontally: false,
    },
    freeze: { rows: 0, columns: 0 },
    selection: { top: 0, left: 0, bottom: 0, right: 0 },
  };
}

/** A cell's record; `create` makes an empty one that {@link pruneCell} removes again if it stays empty. */
export function cellAt(sheet: SimSheet, row: number, col: number): SimCell | undefined {
  return sheet.cells[a1(row, col)];
}

export function mutableCell(sheet: SimSheet, row: number, col: number): SimCell {
  return (sheet.cells[a1(row, col)] ??= {});
}

/** Drops undefined members and the record itself when nothing is left, so state compares by JSON. */
export function pruneCell(sheet: SimSheet, row: number, col: number): void {
  const key = a1(row, col);
  const cell = sheet.cells[key];
  if (!cell) return;
  for (const k of Object.keys(cell) as (keyof SimCell)[]) if (cell[k] === undefined) delete cell[k];
  if (Object.keys(cell).length === 0) delete sheet.cells[key];
}

/** The root element's namespace of an XML document (xmlns, or xmlns:prefix of a prefixed root). */
export function rootNamespace(xml: string): string | undefined {
  const body = xml.replace(/^\uFEFF?\s*(<\?xml[\s\S]*?\?>\s*)?(<!--[\s\S]*?-->\s*)*/, "");
  const m = /^<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?([^>]*)>/.exec(body);
  if (!m) return undefined;
  const prefix = m[2] !== undefined ? m[1] : undefined;
  const attr = prefix ? `xmlns:${prefix}` : "xmlns";
  const ns = new RegExp(`\\s${attr.replace(".", "\\.")}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(m[3]);
  return ns ? (ns[2] ?? ns[3]) : "";
}
