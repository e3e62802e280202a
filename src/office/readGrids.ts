/**
 * Worksheets → the core's grids in a fixed number of round trips, whatever the sheet count:
 *
 *   sync 1  the sheet list (names, positions, visibility, protection), the active sheet, the
 *           defined names, and the stored documents' lists (storedDocuments.ts)
 *   sync 2  for every sheet at once: the used range's address, values and number formats, the
 *           sheet's merged areas; the stored documents' XML
 *
 * Excel on the web refuses a response over ~5 MB. Only then (sync 2 fails with a payload error)
 * does the reader take a third round trip for the used ranges' sizes and read the cells in groups
 * of at most CELLS_PER_REQUEST cells (a big sheet in slices of rows), halving a group that is
 * still too large. So the number of syncs grows with the workbook's size, never with its sheets.
 */
import { CellValue, Grid, Merge, parseArea } from "../core/grid";
import { STORE_SHEET } from "../core/storedSheet";
import { stopIfCancelled } from "../host/errors";
import type { ReadRequest, SheetInfo, WorkbookRead } from "../host/types";
import { StoreRead, afterList, queueStoreRead, storedDocuments } from "./storedDocuments";

/** ~40 bytes of values and formats per cell keeps a request well under Excel on the web's 5 MB. */
export const CELLS_PER_REQUEST = 100_000;

/** The local part of "Sheet1!C5:J40" (sheet names may hold "!" only inside quotes before the last one). */
export const localAddress = (address: string): string => address.slice(address.lastIndexOf("!") + 1);

/** Merged areas from RangeAreas.address: "S!A1:H1, S!A2:B3" (sheet names may be quoted and hold commas). */
export function parseMergedAreas(address: string | undefined): Merge[] {
  if (!address) return [];
  const found = address.match(/!\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?(?=\s*,|\s*$)/g) ?? [];
  return found.map((a) => parseArea(a.slice(1).replace(/\$/g, ""))).filter((m): m is Merge => m !== undefined);
}

const VISIBILITY: Record<string, SheetInfo["visibility"]> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

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

const emptyGrid = (sheet: SheetInfo, merges: Merge[]): Grid => gridOf(sheet, 0, 0, [], [], merges);

export function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

const SHEET_INFO = ["name", "position", "visibility", "protection/protected"];
const sheetInfo = (ws: Excel.Worksheet): SheetInfo => ({
  name: ws.name,
  position: ws.position,
  visibility: VISIBILITY[ws.visibility] ?? "visible",
  protected: ws.protection.protected,
});

/** Everything of sync 1, queued; call the returned function after that sync. */
function queueLists(context: Excel.RequestContext, namespaces: string[]) {
  const store = queueStoreRead(context, namespaces);
  const collection = context.workbook.worksheets;
  collection.load(SHEET_INFO.map((p) => `items/${p}`));
  const active = collection.getActiveWorksheet().load("name");
  const names = context.workbook.names.load("items/name");
  return (): { store: StoreRead; proxies: Excel.Worksheet[]; sheets: SheetInfo[]; active: string; names: string[] } => {
    afterList(store);
    // The store sheet is the add-in's own: never a sheet of the user's to read, list or name.
    const own = (ws: Excel.Worksheet) => store.stored !== undefined && ws.name === STORE_SHEET;
    const proxies = collection.items.filter((ws) => !own(ws));
    return { store, proxies, sheets: proxies.map(sheetInfo), active: active.name, names: names.items.map((n) => n.name) };
  };
}

export async function readWorkbook(context: Excel.RequestContext, request: ReadRequest): Promise<WorkbookRead> {
  const progress = (done: number, total: number) => {
    request.onProgress?.(done, total);
    stopIfCancelled(request.signal);
  };
  const lists = queueLists(context, request.documents ?? []);
  await context.sync();
  const { store, proxies: all, sheets, active, names } = lists();
  const chosen = request.scope === "all" ? all : request.scope === "active" ? all.filter((ws) => ws.name === active) : [];
  const infos = chosen.map(sheetInfo);
  const needsXml = Object.values(store.parts).some((p) => p.xml.length > 0);
  if (chosen.length === 0 && !needsXml) {
    progress(1, 1);
    return { sheets, grids: [], active, names, documents: storedDocuments(store) };
  }
  progress(1, 2);

  const reads = chosen.map((ws) => ({
    used: ws.getUsedRangeOrNullObject(true).load("address, values, numberFormat"),
    merged: ws.getRange().getMergedAreasOrNullObject().load("address"),
  }));
  try {
    await context.sync();
  } catch (e) {
    if (!isPayloadTooLarge(e)) throw e;
    const grids = await readInGroups(context, chosen, infos, store, progress);
    return { sheets, grids, active, names, documents: storedDocuments(store) };
  }
  progress(2, 2);
  const grids = reads.map(({ used, merged }, i) => {
    const merges = merged.isNullObject ? [] : parseMergedAreas(merged.address);
    if (used.isNullObject) return emptyGrid(infos[i], merges);
    const area = parseArea(localAddress(used.address)) as Merge;
    return gridOf(infos[i], area.top, area.left, used.values, used.numberFormat, merges);
  });
  return { sheets, grids, active, names, documents: storedDocuments(store) };
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
  store: StoreRead,
  progress: (done: number, total: number) => void,
): Promise<Grid[]> {
  afterList(store); // the failed sync took the XML reads with it: queue them again
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
    if (used.isNullObject) return emptyGrid(sheets[i], merges);
    const mine = [...read.entries()].filter(([s]) => s.sheet === i).sort(([a], [b]) => a.top - b.top);
    const values = mine.flatMap(([, r]) => r.values);
    const formats = mine.flatMap(([, r]) => r.formats);
    return gridOf(sheets[i], used.rowIndex, used.columnIndex, values, formats, merges);
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
