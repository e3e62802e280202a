/** Every short text cell of a grid, normalised for matching against the form's labels. */
import { Grid, mergeAt } from "../grid";
import { compact, halfWidth } from "../numbers";

export interface LabelCell {
  row: number;
  col: number;
  /** The text without white space, with ASCII brackets and colons, without a trailing colon. */
  key: string;
}

/** Labels are short; long texts (goals, reasons) are never labels and are not indexed. */
const MAX_LABEL_LENGTH = 24;

/**
 * True when the text has no white space (what \s matches), no full-width form and no trailing
 * colon: most cells, which then need no new string. Checked in one pass over the characters.
 */
function alreadyNormal(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (
      ch <= 0x20 || ch === 0xa0 || ch === 0x1680 || (ch >= 0x2000 && ch <= 0x200a) ||
      ch === 0x2028 || ch === 0x2029 || ch === 0x202f || ch === 0x205f || ch === 0x3000 || ch >= 0xfeff
    ) {
      return false;
    }
  }
  return text.charCodeAt(text.length - 1) !== 0x3a;
}

export function normalLabel(text: string): string {
  if (alreadyNormal(text)) return text;
  const key = halfWidth(compact(text));
  const last = key.charCodeAt(key.length - 1);
  return last === 0x3a || last === 0xff1a ? key.replace(/[:：]+$/, "") : key;
}

/** Every label cell in sheet order, row by row and left to right. */
export function indexLabels(grid: Grid): LabelCell[] {
  const cells: LabelCell[] = [];
  for (let r = 0; r < grid.values.length; r++) {
    const values = grid.values[r];
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (typeof v !== "string" || v.length > MAX_LABEL_LENGTH * 2) continue;
      const key = normalLabel(v);
      if (key !== "" && key.length <= MAX_LABEL_LENGTH) cells.push({ row: grid.top + r, col: grid.left + c, key });
    }
  }
  return cells;
}

export type Match = (key: string) => boolean;

export const equals = (label: string): Match => (key) => key === label;
export const startsWith = (label: string): Match => (key) => key.startsWith(label);
export const contains = (label: string): Match => (key) => key.includes(label);

/** Labels are in sheet order (row by row, left to right): the first one at or below `row`. */
function firstAtRow(cells: LabelCell[], row: number): number {
  let low = 0;
  let high = cells.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (cells[mid].row < row) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function findLabel(cells: LabelCell[], match: Match, from?: { row: number }): LabelCell | undefined {
  for (let i = from ? firstAtRow(cells, from.row) : 0; i < cells.length; i++) if (match(cells[i].key)) return cells[i];
  return undefined;
}

export function findInRow(cells: LabelCell[], row: number, match: Match): LabelCell | undefined {
  for (let i = firstAtRow(cells, row); i < cells.length && cells[i].row === row; i++) if (match(cells[i].key)) return cells[i];
  return undefined;
}

/** The first label in rows `from` to `to` that passes `test`. */
export function findInRows(cells: LabelCell[], from: number, to: number, test: (c: LabelCell) => boolean): LabelCell | undefined {
  for (let i = firstAtRow(cells, from); i < cells.length && cells[i].row <= to; i++) if (test(cells[i])) return cells[i];
  return undefined;
}

/** The first column right of a cell, past the cell's own merge. */
export function nextColumn(grid: Grid, row: number, col: number): number {
  const m = mergeAt(grid, row, col);
  return (m ? m.right : col) + 1;
}
