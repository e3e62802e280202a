/** Cell-level behaviour of the simulated Excel: what a cell reads as, and what a write does to it. */
import { SimError } from "./errors";
import {
  Area, SimBorder, SimCell, SimFill, SimSheet, SimValue, cellAt, eachCell, intersects, mutableCell, parseAddress, pruneCell,
} from "./state";

/** Characters a cell holds at most (Microsoft KB 211878). */
export const MAX_CELL_TEXT = 32_767;

/** The cell's value as Range.values reports it: "" when empty. */
export function readValue(sheet: SimSheet, row: number, col: number): SimValue {
  return cellAt(sheet, row, col)?.value ?? "";
}

export function readFormula(sheet: SimSheet, row: number, col: number): SimValue {
  const cell = cellAt(sheet, row, col);
  return cell?.formula ?? cell?.value ?? "";
}

export function readNumberFormat(sheet: SimSheet, row: number, col: number): string {
  return cellAt(sheet, row, col)?.numberFormat ?? "General";
}

/** Range.text: the value as displayed, for the number formats the forms use. */
export function readText(sheet: SimSheet, row: number, col: number): string {
  const value = readValue(sheet, row, col);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const format = readNumberFormat(sheet, row, col);
  const decimals = (f: string) => (/\.(0+)/.exec(f)?.[1].length ?? 0);
  const grouped = (text: string) => text.replace(/^(-?\d+)/, (int) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ","));
  if (format.endsWith("%")) return (value * 100).toFixed(decimals(format)) + "%";
  if (/^#,##0(\.0+)?$/.test(format)) return grouped(value.toFixed(decimals(format)));
  if (/^0(\.0+)?$/.test(format)) return value.toFixed(decimals(format));
  return String(Number(value.toPrecision(11)));
}

export function assertEditable(sheet: SimSheet): void {
  if (sheet.protected) {
    throw new SimError("AccessDenied", "The cell or chart that you are trying to change is protected and therefore read-only.");
  }
}

/** A tiny evaluator: enough for the formulas the add-in writes (links, literals, one reference). */
export function evaluate(sheet: SimSheet, formula: string): SimValue | undefined {
  const body = formula.slice(1).trim();
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return text[1].replace(/""/g, '"');
  if (/^[+-]?\d+(\.\d+)?$/.test(body)) return Number(body);
  const link = /^HYPERLINK\(\s*"((?:[^"]|"")*)"\s*(?:,\s*"((?:[^"]|"")*)"\s*)?\)$/i.exec(body);
  if (link) return (link[2] ?? link[1]).replace(/""/g, '"');
  const ref = parseAddress(body);
  if (ref && ref.top === ref.bottom && ref.left === ref.right) return readValue(sheet, ref.top, ref.left);
  return undefined;
}

/**
 * Writes what a script put into Range.values or Range.formulas, converting like Excel does:
 * "=…" becomes a formula, numeric text a number (unless the cell is formatted as text "@"),
 * TRUE/FALSE booleans, "" clears the cell.
 */
export function writeEntry(sheet: SimSheet, row: number, col: number, input: unknown): void {
  if (input !== null && typeof input === "object") {
    throw new SimError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  }
  if (typeof input === "string" && input.length > MAX_CELL_TEXT) {
    throw new SimError("InvalidArgument", `A cell holds at most ${MAX_CELL_TEXT} characters.`);
  }
  const cell = mutableCell(sheet, row, col);
  const asText = cell.numberFormat === "@";
  cell.formula = undefined;
  if (input === null || input === undefined) {
    // null in a values array means "leave this cell as it is"
  } else if (typeof input === "string" && input.length > 1 && input.startsWith("=") && !asText) {
    cell.formula = input;
    cell.value = evaluate(sheet, input);
  } else if (typeof input === "string" && !asText && /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(input)) {
    cell.value = Number(input);
  } else if (typeof input === "string" && !asText && /^(true|false)$/i.test(input)) {
    cell.value = input.toLowerCase() === "true";
  } else {
    cell.value = input === "" ? undefined : (input as SimValue);
  }
  pruneCell(sheet, row, col);
}

export function writeNumberFormat(sheet: SimSheet, row: number, col: number, format: unknown): void {
  if (format === null || format === undefined) return;
  mutableCell(sheet, row, col).numberFormat = format === "General" ? undefined : String(format);
  pruneCell(sheet, row, col);
}

/** A 2-D input for an area: a scalar goes to every cell, an array must match the area's shape. */
export function eachInput(area: Area, input: unknown, fn: (row: number, col: number, value: unknown) => void): void {
  const rows = area.bottom - area.top + 1;
  const cols = area.right - area.left + 1;
  if (!Array.isArray(input)) {
    eachCell(area, (r, c) => fn(r, c, input));
    return;
  }
  if (input.length !== rows || input.some((line) => !Array.isArray(line) || line.length !== cols)) {
    throw new SimError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
    );
  }
  eachCell(area, (r, c) => fn(r, c, (input as unknown[][])[r - area.top][c - area.left]));
}

/** A cell's fill as Excel reports it (format.fill and getCellProperties alike). */
export interface FillReport {
  color: string;
  pattern: string | null;
  patternColor: string | null;
  tintAndShade: number | null;
  patternTintAndShade: number | null;
}

/**
 * No fill reads as colour #FFFFFF (OfficeDev/office-js#6218) with pattern null and tintAndShade
 * null (#4900, and Microsoft's answer there); solid white reads the same but for tintAndShade 0.
 */
export function readFill(sheet: SimSheet, row: number, col: number): FillReport {
  const fill = cellAt(sheet, row, col)?.fill;
  if (!fill) return { color: "#FFFFFF", pattern: null, patternColor: null, tintAndShade: null, patternTintAndShade: null };
  return {
    color: fill.color,
    pattern: fill.pattern === "Solid" && fill.color === "#FFFFFF" ? null : fill.pattern,
    patternColor: fill.patternColor ?? null,
    tintAndShade: fill.tintAndShade ?? 0,
    patternTintAndShade: fill.patternTintAndShade ?? 0,
  };
}

/** Applies fill members as Excel does: a colour without a pattern fills solid; pattern "None" removes the fill. */
/** Gradients can be read but not written: "LinearGradient and RectangularGradient are not supported" (RangeFill.pattern). */
export const GRADIENTS = ["LinearGradient", "RectangularGradient"];

/**
 * Applies fill members as Excel does: a colour without a pattern fills solid; pattern "None" removes
 * the fill; a gradient pattern is refused. A new colour comes without the old one's tintAndShade
 * (not documented: the case the add-in must survive, a theme shade lost unless written back).
 */
export function writeFill(sheet: SimSheet, row: number, col: number, change: Partial<SimFill> | null): void {
  if (change && GRADIENTS.includes(String(change.pattern))) {
    throw new SimError("InvalidArgument", `The fill pattern '${change.pattern}' is not supported.`);
  }
  const cell = mutableCell(sheet, row, col);
  if (change === null) {
    cell.fill = undefined;
  } else {
    const next: SimFill = { color: "#FFFFFF", pattern: "Solid", ...(cell.fill ?? {}), ...stripUndefined(change) };
    if (change.color !== undefined && !cell.fill && change.pattern === undefined) next.pattern = "Solid";
    if (change.color !== undefined && change.tintAndShade === undefined) delete next.tintAndShade;
    if (change.patternColor !== undefined && change.patternTintAndShade === undefined) delete next.patternTintAndShade;
    next.color = normalColor(next.color);
    if (next.patternColor !== undefined) next.patternColor = normalColor(next.patternColor);
    for (const k of ["tintAndShade", "patternTintAndShade"] as const) {
      const v = next[k];
      if (v !== undefined && (typeof v !== "number" || v < -1 || v > 1)) throw new SimError("InvalidArgument", `${k} must be between -1 and 1.`);
      if (v === 0) delete next[k];
    }
    cell.fill = next.pattern === "None" ? undefined : next;
  }
  pruneCell(sheet, row, col);
}

/** Excel reports colours as upper-case #RRGGBB. */
export function normalColor(color: string): string {
  const named: Record<string, string> = { red: "#FF0000", yellow: "#FFFF00", white: "#FFFFFF", black: "#000000", blue: "#0000FF" };
  if (named[color.toLowerCase()]) return named[color.toLowerCase()];
  const hex = /^#?([0-9a-f]{6})$/i.exec(color);
  if (!hex) throw new SimError("InvalidArgument", `The color '${color}' is not valid.`);
  return "#" + hex[1].toUpperCase();
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export const DEFAULT_FONT = { bold: false, italic: false, color: "#000000", name: "等线", size: 11 };

export function readFont(sheet: SimSheet, row: number, col: number): typeof DEFAULT_FONT {
  return { ...DEFAULT_FONT, ...(cellAt(sheet, row, col)?.font ?? {}) };
}

export function writeFont(sheet: SimSheet, row: number, col: number, change: Record<string, unknown>): void {
  const cell = mutableCell(sheet, row, col);
  const font = { ...(cell.font ?? {}), ...stripUndefined(change) } as Record<string, unknown>;
  if (typeof font.color === "string") font.color = normalColor(font.color);
  cell.font = font;
  pruneCell(sheet, row, col);
}

export function writeBorder(sheet: SimSheet, area: Area, index: string, change: Partial<SimBorder>): void {
  const edges: Record<string, [string, (r: number, c: number) => boolean]> = {
    EdgeTop: ["EdgeTop", (r) => r === area.top],
    EdgeBottom: ["EdgeBottom", (r) => r === area.bottom],
    EdgeLeft: ["EdgeLeft", (_r, c) => c === area.left],
    EdgeRight: ["EdgeRight", (_r, c) => c === area.right],
    InsideHorizontal: ["EdgeBottom", (r) => r < area.bottom],
    InsideVertical: ["EdgeRight", (_r, c) => c < area.right],
  };
  const edge = edges[index];
  if (!edge) throw new SimError("InvalidArgument", `Unknown border index ${index}.`);
  eachCell(area, (r, c) => {
    if (!edge[1](r, c)) return;
    const cell = mutableCell(sheet, r, c);
    const borders = (cell.borders ??= {});
    borders[edge[0]] = { ...(borders[edge[0]] ?? { style: "Continuous" }), ...stripUndefined(change) } as SimBorder;
    if (borders[edge[0]].style === "None") delete borders[edge[0]];
    if (Object.keys(borders).length === 0) cell.borders = undefined;
    pruneCell(sheet, r, c);
  });
}

const hasFormat = (cell: SimCell) =>
  cell.numberFormat !== undefined || cell.fill !== undefined || cell.font !== undefined || cell.borders !== undefined ||
  cell.wrapText !== undefined || cell.horizontalAlignment !== undefined || cell.verticalAlignment !== undefined;

/** Worksheet.getUsedRange: the bounding box of cells with a value (or, unless valuesOnly, any format or merge). */
export function usedArea(sheet: SimSheet, valuesOnly: boolean): Area | null {
  let box: Area | null = null;
  const grow = (a: Area) => {
    box = box
      ? { top: Math.min(box.top, a.top), left: Math.min(box.left, a.left), bottom: Math.max(box.bottom, a.bottom), right: Math.max(box.right, a.right) }
      : { ...a };
  };
  for (const [key, cell] of Object.entries(sheet.cells)) {
    const used = cell.value !== undefined || cell.formula !== undefined || (!valuesOnly && hasFormat(cell));
    if (!used) continue;
    const at = parseAddress(key) as Area;
    grow(at);
  }
  if (!valuesOnly) sheet.merges.forEach(grow);
  return box;
}

/** Merged areas that start (top-left cell) inside the area. */
export const mergesIn = (sheet: SimSheet, area: Area): Area[] =>
  sheet.merges.filter((m) => m.top >= area.top && m.top <= area.bottom && m.left >= area.left && m.left <= area.right);

/** Range.merge: one merge per row when `across`; covered cells lose their values, as in Excel. */
export function merge(sheet: SimSheet, area: Area, across: boolean): void {
  const areas = across
    ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({ ...area, top: area.top + i, bottom: area.top + i }))
    : [area];
  for (const m of areas) {
    if (m.top === m.bottom && m.left === m.right) continue;
    sheet.merges = sheet.merges.filter((x) => !intersects(x, m));
    sheet.merges.push({ ...m });
    eachCell(m, (r, c) => {
      if (r === m.top && c === m.left) return;
      const cell = cellAt(sheet, r, c);
      if (!cell) return;
      cell.value = undefined;
      cell.formula = undefined;
      pruneCell(sheet, r, c);
    });
  }
}

export function unmerge(sheet: SimSheet, area: Area): void {
  sheet.merges = sheet.merges.filter((m) => !intersects(m, area));
}
