/**
 * Worksheets → the core's grids in a fixed number of round trips, whatever the sheet count:
 *
 *   sync 1  the sheet list (names, protection) and the lists of our custom XML parts
 *   sync 2  for every sheet at once: the used range's address, values and number formats, the
 *           sheet's merged areas; the XML of our parts
 *
 * Excel on the web refuses a response over ~5 MB. Only then (sync 2 fails with a payload error)
 * does the reader take a third round trip for the used ranges' sizes and read the cells in groups
 * of at most CELLS_PER_REQUEST cells (a big sheet in slices of rows), halving a group that is
 * still too large. So the number of syncs grows with the workbook's size, never with its sheets.
 */
import { CellValue, Grid, Merge, parseArea } from "../core/grid";
import { StoredParts, listParts, queuePartXml } from "./xmlParts";

/** ~40 bytes of values and formats per cell keeps a request well under Excel on the web's 5 MB. */
export const CELLS_PER_REQUEST = 100_000;

export interface SheetInfo {
  name: string;
  protected: boolean;
  /** Excel's Worksheet.visibility: "Visible", "Hidden" or "VeryHidden". */
  visibility: string;
}

export interface WorkbookRead {
  sheets: SheetInfo[];
  /** One per sheet, same order as `sheets`. */
  grids: Grid[];
  /** Our custom XML parts by namespace, their XML read. */
  parts: Record<string, StoredParts>;
}

export interface ReadOptions {
  /** Every sheet (the check) or only the active one (the mapping view). */
  scope: "all" | "active";
  namespaces: string[];
  onSync?: (done: number, total: number) => void;
}

/** The local part of "Sheet1!C5:J40" (sheet names may hold "!" only inside quotes before the last one). */
export const localAddress = (address: string): string => address.slice(address.lastIndexOf("!") + 1);

/** Merged areas from RangeAreas.address: "S!A1:H1, S!A2:B3" (sheet names may be quoted and hold commas). */
export function parseMergedAreas(address: string | undefined): Merge[] {
  if (!address) return [];
  const found = address.match(/!\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?(?=\s*,|\s*$)/g) ?? [];
  return found.map((a) => parseArea(a.slice(1).replace(/\$/g, ""))).filter((m): m is Merge => m !== undefined);
}

/** What Excel returns → the core's grid: "" is an empty cell (also a covered one), "General" no format. */
export function gridOf(name: string, top: number, left: number, values: unknown[][], formats: unknown[][], merges: Merge[]): Grid {
  return {
    name,
    top,
    left,
    values: values.map((row) => row.map((v) => (v === "" || v === null || v === undefined ? null : (v as CellValue)))),
    formats: formats.map((row) => row.map((f) => (typeof f === "string" && f !== "General" ? f : null))),
    merges,
  };
}

const emptyGrid = (name: string, merges: Merge[]): Grid => ({ name, top: 0, left: 0, values: [], formats: [], merges });

export function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

const SHEET_INFO = ["name", "protection/protected", "visibility"];
const sheetInfo = (ws: Excel.Worksheet): SheetInfo => ({ name: ws.name, protected: ws.protection.protected, visibility: ws.visibility });

/** Hidden sheets are checked like the others; the grid says they are hidden (Grid.visibility). */
function withVisibility(grid: Grid, sheet: SheetInfo): Grid {
  if (sheet.visibility === "Hidden") grid.visibility = "hidden";
  else if (sheet.visibility === "VeryHidden") grid.visibility = "veryHidden";
  return grid;
}

/** Queues loading the sheet list; call the returned function after the sync. */
export function loadSheetInfos(context: Excel.RequestContext): () => SheetInfo[] {
  const collection = context.workbook.worksheets;
  collection.load(SHEET_INFO.map((p) => `items/${p}`));
  return () => collection.items.map(sheetInfo);
}

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookRead> {
  const progress = (done: number, total: number) => options.onSync?.(done, total);
  const parts: Record<string, StoredParts> = {};
  for (const ns of options.namespaces) parts[ns] = listParts(context, ns);
  const collection = context.workbook.worksheets;
  const active = options.scope === "active" ? collection.getActiveWorksheet().load(SHEET_INFO) : undefined;
  if (!active) collection.load(SHEET_INFO.map((p) => `items/${p}`));
  await context.sync();
  const proxies = active ? [active] : collection.items;
  progress(1, 2);
  const sheets = proxies.map(sheetInfo);

  Object.values(parts).forEach(queuePartXml);
  const reads = proxies.map((ws) => ({
    used: ws.getUsedRangeOrNullObject(true).load("address, values, numberFormat"),
    merged: ws.getRange().getMergedAreasOrNullObject().load("address"),
  }));
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadTooLarge(e)) throw e;
    const grids = await readInGroups(context, proxies, sheets, parts, progress);
    return { sheets, grids: grids.map((g, i) => withVisibility(g, sheets[i])), parts };
  }
  progress(2, 2);
  const grids = reads.map(({ used, merged }, i) => {
    const merges = merged.isNullObject ? [] : parseMergedAreas(merged.address);
    if (used.isNullObject) return emptyGrid(sheets[i].name, merges);
    const area = parseArea(localAddress(used.address)) as Merge;
    return gridOf(sheets[i].name, area.top, area.left, used.values, used.numberFormat, merges);
  });
  return { sheets, grids: grids.map((g, i) => withVisibility(g, sheets[i])), parts };
}

interface Slice {
  sheet: number;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

async function readInGroups(
  context: Excel.RequestContext,
  proxies: Excel.Worksheet[],
  sheets: SheetInfo[],
  parts: Record<string, StoredParts>,
  progress: (done: number, total: number) => void,
): Promise<Grid[]> {
  Object.values(parts).forEach(queuePartXml);
  const probes = proxies.map((ws) => ({
    used: ws.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount"),
    merged: ws.getRange().getMergedAreasOrNullObject().load("address"),
  }));
  await context.sync();

  const slices: Slice[] = [];
  probes.forEach(({ used }, sheet) => {
    if (used.isNullObject) return;
    const step = Math.max(1, Math.floor(CELLS_PER_REQUEST / used.columnCount));
    for (let r = 0; r < used.rowCount; r += step) {
      slices.push({ sheet, top: used.rowIndex + r, left: used.columnIndex, rows: Math.min(step, used.rowCount - r), columns: used.columnCount });
    }
  });
  const groups: Slice[][] = [];
  let cells = Infinity;
  for (const s of slices) {
    if (cells + s.rows * s.columns > CELLS_PER_REQUEST) {
      groups.push([]);
      cells = 0;
    }
    groups[groups.length - 1].push(s);
    cells += s.rows * s.columns;
  }
  let done = 3;
  progress(done, 3 + groups.length);
  const read = new Map<Slice, { values: unknown[][]; formats: unknown[][] }>();
  for (const group of groups) {
    await readSlices(context, proxies, group, read);
    progress(++done, 3 + groups.length);
  }

  return probes.map(({ used, merged }, i) => {
    const merges = merged.isNullObject ? [] : parseMergedAreas(merged.address);
    if (used.isNullObject) return emptyGrid(sheets[i].name, merges);
    const mine = [...read.entries()].filter(([s]) => s.sheet === i).sort(([a], [b]) => a.top - b.top);
    const values = mine.flatMap(([, r]) => r.values);
    const formats = mine.flatMap(([, r]) => r.formats);
    return gridOf(sheets[i].name, used.rowIndex, used.columnIndex, values, formats, merges);
  });
}

/** One request for the slices; when even that is too large, halves it (by slices, then by rows). */
async function readSlices(
  context: Excel.RequestContext,
  proxies: Excel.Worksheet[],
  group: Slice[],
  out: Map<Slice, { values: unknown[][]; formats: unknown[][] }>,
): Promise<void> {
  const ranges = group.map((s) => proxies[s.sheet].getRangeByIndexes(s.top, s.left, s.rows, s.columns).load("values, numberFormat"));
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadTooLarge(e)) throw e;
    if (group.length > 1) {
      const half = Math.ceil(group.length / 2);
      await readSlices(context, proxies, group.slice(0, half), out);
      await readSlices(context, proxies, group.slice(half), out);
      return;
    }
    const [s] = group;
    if (s.rows < 2) throw e;
    const upper = Math.ceil(s.rows / 2);
    await readSlices(context, proxies, [{ ...s, rows: upper }, { ...s, top: s.top + upper, rows: s.rows - upper }], out);
    return;
  }
  group.forEach((s, i) => out.set(s, { values: ranges[i].values, formats: ranges[i].numberFormat }));
}
