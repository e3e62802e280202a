/**
 * One field of the form: a cell read with a parser, a field that should be there but is empty
 * (missing), and a field the layout has no label for (absent). Every part of the reader makes
 * its fields here, so that all of them have one shape.
 */
import { CellValue, Grid, a1, formatAt, isUncalculated, lastCol, mergeAt, valueAt } from "../grid";
import { isPrompt, levelName } from "../labels";
import { Field } from "../model";
import { cellText, compact, isBlank, parseNumber } from "../numbers";
import { LabelCell, nextColumn } from "./labelIndex";

export type Parse<T> = (raw: CellValue, format: string | null) => T | null;

export const asText: Parse<string> = (raw) => (isBlank(raw) ? null : cellText(raw));
/** A text a person wrote: a template prompt left in place (`…(200字以内)`) is not one. */
export const asWritten: Parse<string> = (raw) => (isBlank(raw) || (typeof raw === "string" && isPrompt(raw)) ? null : cellText(raw));
export const asNumber: Parse<number> = (raw, format) => parseNumber(raw, format);
export const asRate: Parse<number> = (raw, format) => parseNumber(raw, format, true);
export const asYear: Parse<number> = (raw) => {
  if (typeof raw === "number") return Number.isInteger(raw) && raw >= 1900 && raw <= 2999 ? raw : null;
  const m = /(\d{4})年/.exec(compact(cellText(raw)));
  return m ? Number(m[1]) : null;
};
/** 一级/二级指标: the level as meant, `产出指标(50分)` → 产出指标. */
export const asLevel: Parse<string> = (raw) => (isBlank(raw) ? null : levelName(cellText(raw)));
/** 评分等级 as compared: `优 ` → 优. */
export const asGrade: Parse<string> = (raw) => (isBlank(raw) ? null : compact(cellText(raw)));

export function fieldAt<T>(grid: Grid, row: number, col: number, parse: Parse<T>): Field<T> {
  const m = mergeAt(grid, row, col);
  if (m) {
    row = m.top;
    col = m.left;
  }
  const raw = valueAt(grid, row, col);
  const format = formatAt(grid, row, col);
  const field: Field<T> = { value: parse(raw, format), raw, cell: a1(row, col), row, col, format };
  // A formula without a result (a file saved by a program that does not calculate): NOT_CALCULATED.
  if (isUncalculated(grid, row, col)) field.uncalculated = true;
  return field;
}

/**
 * A field whose label is there but whose cell could not be located: empty, pointing at the place
 * it belongs. (Same shape as fieldAt's, so that the rules read fields of one kind of object.)
 */
export function missing<T>(row: number, col: number): Field<T> {
  return { value: null, raw: null, cell: a1(row, col), row, col, format: null };
}

/**
 * A field the layout has no label for (no 评分等级 row, no 年初预算数 column): null, no rule asks
 * for it and the report gives it no cell. `row`/`col` say where it would be, for nothing but shape.
 */
export function absent<T>(row: number, col: number): Field<T> {
  return { value: null, raw: null, cell: a1(row, col), row, col, format: null, absent: true };
}

/** The first non-blank cell right of a label, before `stop`; where it should be when there is none. */
export function valueRightOf<T>(grid: Grid, label: LabelCell, parse: Parse<T>, stop = lastCol(grid) + 1): Field<T> {
  const first = nextColumn(grid, label.row, label.col);
  for (let c = first; c < stop; c++) {
    if (!isBlank(valueAt(grid, label.row, c))) return fieldAt(grid, label.row, c, parse);
  }
  return fieldAt(grid, label.row, first, parse);
}
