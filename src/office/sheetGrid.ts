/** What Excel answers about a sheet, in the core's terms: addresses, merged areas, a grid. */
import { CellValue, Grid, Merge, parseArea } from "../core/grid";
import type { SheetInfo } from "../host/types";

/** The local part of "Sheet1!C5:J40" (sheet names may hold "!" only inside quotes before the last one). */
export const localAddress = (address: string): string => address.slice(address.lastIndexOf("!") + 1);

/** Merged areas from RangeAreas.address: "S!A1:H1, S!A2:B3" (sheet names may be quoted and hold commas). */
export function parseMergedAreas(address: string | undefined): Merge[] {
  if (!address) return [];
  const found = address.match(/!\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?(?=\s*,|\s*$)/g) ?? [];
  return found.map((a) => parseArea(a.slice(1).replace(/\$/g, ""))).filter((m): m is Merge => m !== undefined);
}

export const VISIBILITY: Record<string, SheetInfo["visibility"]> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

/** What Excel returns → the core's grid: "" is an empty cell (also a covered one), "General" no format. */
export function gridOf(sheet: SheetInfo, top: number, left: number, values: unknown[][], formats: unknown[][], merges: Merge[]): Grid {
  return {
    name: sheet.name,
    top,
    left,
    values: values.map((row) => row.map((v) => (v === "" || v === null || v === undefined ? null : (v as CellValue)))),
    formats: formats.map((row) => row.map((f) => (typeof f === "string" && f !== "General" ? f : null))),
    merges,
    ...(sheet.visibility === "visible" ? {} : { visibility: sheet.visibility }),
  };
}

export const emptyGrid = (sheet: SheetInfo, merges: Merge[]): Grid => gridOf(sheet, 0, 0, [], [], merges);
