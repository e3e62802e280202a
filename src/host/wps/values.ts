/** Value2 as the core's cell values. */
import type { CellValue } from "../../core/grid";
import type { EtValue } from "./et";

const isEmpty = (v: unknown) => v === undefined || v === null || v === "";

/** Value2 of a range as rows: one cell gives a value, several give rows (or, defensively, a flat row). */
export function rowsOf(value: EtValue | EtValue[][], rows: number, cols: number): CellValue[][] {
  const cell = (v: unknown): CellValue => (isEmpty(v) ? null : typeof v === "number" || typeof v === "string" || typeof v === "boolean" ? v : String(v));
  if (!Array.isArray(value)) return [[cell(value)]];
  const grid = value as unknown[];
  if (rows === 1 && !Array.isArray(grid[0])) return [grid.map(cell)];
  return (grid as unknown[][]).map((row) => (Array.isArray(row) ? row.map(cell) : [cell(row)])).slice(0, rows).map((row) => row.slice(0, cols));
}

