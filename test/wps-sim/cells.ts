/** Cell-level reads and writes of the WPS simulator, as ET does them (sources: README.md). */
import type { WpsBook } from "./book";
import { Area, WpsCell, WpsSheet, WpsValue, a1 } from "./state";

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

/** VBA's run-time error 1004 for a write to a protected sheet, as WPS words it in Chinese. */
export function assertEditable(sheet: WpsSheet): void {
  if (sheet.protected) throw new Error("您试图更改的单元格或图表受保护，因而是只读的。");
}

export function cellAt(sheet: WpsSheet, row: number, col: number): WpsCell | undefined {
  return sheet.cells[a1(row, col)];
}

/** Edits one cell's record, dropping undefined members and the record when nothing is left. */
export function editCell(sheet: WpsSheet, row: number, col: number, fn: (cell: WpsCell) => void): void {
  const key = a1(row, col);
  const cell = (sheet.cells[key] ??= {});
  fn(cell);
  for (const k of Object.keys(cell) as (keyof WpsCell)[]) if (cell[k] === undefined) delete cell[k];
  if (Object.keys(cell).length === 0) delete sheet.cells[key];
}

export function eachCell(area: Area, fn: (row: number, col: number) => void): void {
  if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > 5_000_000) throw new Error("区域过大");
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) fn(r, c);
}

/**
 * A value typed in through the API (Range.Value2 = x): "=…" is a formula, numeric text becomes a
 * number unless the cell is formatted as text ("@"), "" or null empties the cell.
 */
export function writeValue(sheet: WpsSheet, row: number, col: number, input: unknown): void {
  editCell(sheet, row, col, (c) => {
    c.formula = undefined;
    c.value = undefined;
    if (input === null || input === undefined || input === "") return;
    if (typeof input === "string" && input.startsWith("=") && c.numberFormat !== "@") {
      c.formula = input;
      return;
    }
    if (typeof input === "string" && c.numberFormat !== "@" && /^\s*-?\d+(\.\d+)?\s*$/.test(input)) {
      c.value = Number(input);
      return;
    }
    if (typeof input === "number" || typeof input === "boolean" || typeof input === "string") c.value = input;
    else throw new Error(`类型不匹配：${String(input)}`);
  });
}

export function readValue(sheet: WpsSheet, row: number, col: number): WpsValue | undefined {
  return cellAt(sheet, row, col)?.value;
}

/**
 * Value2 of an area: one cell gives its value, several give rows of values (VBA's 2-D array,
 * which the JS API hands over as a JS array of arrays indexed from 0).
 */
export function readArea<T>(area: Area, read: (row: number, col: number) => T): T | T[][] {
  if (area.top === area.bottom && area.left === area.right) return read(area.top, area.left);
  const rows: T[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row: T[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(read(r, c));
    rows.push(row);
  }
  return rows;
}

/** The input for one cell of an area: a 2-D array gives each cell its own, a scalar fills them all. */
export function eachInput(area: Area, input: unknown, fn: (row: number, col: number, value: unknown) => void): void {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (Array.isArray(input)) {
    const grid = input as unknown[][];
    if (grid.length !== rows || grid.some((r) => !Array.isArray(r) || r.length !== cols)) {
      throw new Error(`数组大小 ${grid.length}×${(grid[0] as unknown[] | undefined)?.length ?? 0} 与区域 ${rows}×${cols} 不符`);
    }
    eachCell(area, (r, c) => fn(r, c, grid[r - area.top][c - area.left]));
  } else {
    eachCell(area, (r, c) => fn(r, c, input));
  }
}

/**
 * UsedRange: from the first to the last cell that holds anything, a value or only formatting
 * (unlike Office.js's valuesOnly), merges included; $A$1 on an empty sheet.
 */
export function usedArea(sheet: WpsSheet): Area {
  let area: Area | undefined;
  const grow = (a: Area) => {
    area = area
      ? { top: Math.min(area.top, a.top), left: Math.min(area.left, a.left), bottom: Math.max(area.bottom, a.bottom), right: Math.max(area.right, a.right) }
      : { ...a };
  };
  for (const key of Object.keys(sheet.cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(key)!;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    grow({ top: Number(m[2]) - 1, left: col - 1, bottom: Number(m[2]) - 1, right: col - 1 });
  }
  for (const m of sheet.merges) grow(m);
  return area ?? { top: 0, left: 0, bottom: 0, right: 0 };
}

export const mergeAt = (sheet: WpsSheet, row: number, col: number): Area | undefined =>
  sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);

/** Merging keeps the top-left cell's value (the others are emptied) and rejects overlapping merges. */
export function mergeArea(book: WpsBook, sheet: WpsSheet, area: Area, across: boolean): void {
  book.guard("merge");
  assertEditable(sheet);
  const rows = across ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({ ...area, top: area.top + i, bottom: area.top + i })) : [area];
  for (const part of rows) {
    if (part.top === part.bottom && part.left === part.right) continue;
    sheet.merges = sheet.merges.filter((m) => !(m.top >= part.top && m.bottom <= part.bottom && m.left >= part.left && m.right <= part.right));
    if (sheet.merges.some((m) => m.top <= part.bottom && part.top <= m.bottom && m.left <= part.right && part.left <= m.right)) {
      throw new Error("无法对合并单元格执行此操作");
    }
    eachCell(part, (r, c) => {
      if (r !== part.top || c !== part.left) editCell(sheet, r, c, (cell) => ((cell.value = undefined), (cell.formula = undefined)));
    });
    sheet.merges.push({ ...part });
  }
  book.write("merge", sheet, area);
}
