/** getCellProperties / setCellProperties of one cell: what Excel reports, and what a write changes. */
import { readFill, readFont, writeFill, writeFont } from "./cells";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, SimSheet, a1, mutableCell, pruneCell, quoteSheet } from "./state";

export interface CellProps {
  format?: { fill?: Record<string, unknown>; font?: Record<string, unknown>; wrapText?: boolean; horizontalAlignment?: string; verticalAlignment?: string };
  hyperlink?: Record<string, string>;
}

/** Everything getCellProperties can report for one cell. */
export function cellProperties(sheet: SimSheet, row: number, col: number): Record<string, unknown> {
  const cell = sheet.cells[a1(row, col)] ?? {};
  return {
    address: `${quoteSheet(sheet.name)}!${a1(row, col)}`,
    addressLocal: `${quoteSheet(sheet.name)}!${a1(row, col)}`,
    hidden: false,
    hyperlink: cell.hyperlink ? { ...cell.hyperlink } : null,
    style: "Normal",
    format: {
      fill: { ...readFill(sheet, row, col) },
      font: readFont(sheet, row, col),
      wrapText: cell.wrapText ?? false,
      horizontalAlignment: cell.horizontalAlignment ?? "General",
      verticalAlignment: cell.verticalAlignment ?? "Bottom",
      columnWidth: sheet.columnWidths[col] ?? DEFAULT_COLUMN_WIDTH,
      rowHeight: sheet.rowHeights[row] ?? DEFAULT_ROW_HEIGHT,
    },
  };
}

/** Keeps what the load options ask for ({format: {fill: {color: true}}}). */
export function selectProperties(full: Record<string, unknown>, options: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, wanted] of Object.entries(options)) {
    if (!wanted || !(key in full)) continue;
    const value = full[key];
    out[key] = wanted === true || value === null || typeof value !== "object" ? value : selectProperties(value as Record<string, unknown>, wanted as object);
  }
  return out;
}

export function applyCellProperties(sheet: SimSheet, row: number, col: number, props: CellProps): void {
  const format = props.format ?? {};
  if (format.fill) writeFill(sheet, row, col, format.fill);
  if (format.font) writeFont(sheet, row, col, format.font);
  const cell = mutableCell(sheet, row, col);
  if (format.wrapText !== undefined) cell.wrapText = format.wrapText || undefined;
  if (format.horizontalAlignment !== undefined) cell.horizontalAlignment = format.horizontalAlignment;
  if (format.verticalAlignment !== undefined) cell.verticalAlignment = format.verticalAlignment;
  if (props.hyperlink !== undefined) cell.hyperlink = props.hyperlink ?? undefined;
  pruneCell(sheet, row, col);
}
