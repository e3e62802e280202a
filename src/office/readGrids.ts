/**
 * Worksheets → the core's grids in a fixed number of round trips, whatever the sheet count:
 *
 *   sync 1  the sheet list (names, positions, visibility, protection), the active sheet, the
 *           defined names, and the stored documents' lists (storedDocuments.ts)
 *   sync 2  for every sheet at once: the used range's address, values and number formats, the
 *           sheet's merged areas; the stored documents' XML
 *
 * When sync 2 does not come back whole — refused for its size (Excel on the web, often as
 * GeneralException), values null above 5 million cells, a sheet with more than 512 merged areas —
 * readInGroups.ts reads again in size-bounded groups: more round trips as the workbook's cells
 * grow, never as its sheets do.
 */
import { Grid, Merge, parseArea } from "../core/grid";
import { STORE_SHEET } from "../core/storedSheet";
import { stopIfCancelled } from "../host/errors";
import type { ReadRequest, SheetInfo, WorkbookRead } from "../host/types";
import { isRefusedForSize } from "./batches";
import { readInGroups } from "./readInGroups";
import { VISIBILITY, emptyGrid, gridOf, localAddress, parseMergedAreas } from "./sheetGrid";
import { StoreRead, afterList, queueStoreRead, storedDocuments } from "./storedDocuments";

export { CELLS_PER_REQUEST } from "./readInGroups";
export { localAddress, parseMergedAreas } from "./sheetGrid";

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

/** The sheets whose grids a read asks for, in tab order. */
function chosenSheets(all: Excel.Worksheet[], scope: ReadRequest["scope"], active: string): Excel.Worksheet[] {
  if (scope === "all") return all;
  if (scope === "none") return [];
  if (scope === "active") return all.filter((ws) => ws.name === active);
  const wanted = new Set(scope.sheets);
  return all.filter((ws) => wanted.has(ws.name));
}

export async function readWorkbook(context: Excel.RequestContext, request: ReadRequest): Promise<WorkbookRead> {
  const progress = (done: number, total: number) => {
    request.onProgress?.(done, total);
    stopIfCancelled(request.signal);
  };
  const lists = queueLists(context, request.documents ?? []);
  await context.sync();
  const { store, proxies: all, sheets, active, names } = lists();
  const chosen = chosenSheets(all, request.scope, active);
  const infos = chosen.map(sheetInfo);
  const done = (grids: Grid[]): WorkbookRead => ({ sheets, grids, active, names, documents: storedDocuments(store) });
  const needsXml = Object.values(store.parts).some((p) => p.xml.length > 0);
  if (chosen.length === 0 && !needsXml) {
    progress(1, 1);
    return done([]);
  }
  progress(1, 2);

  const reads = chosen.map((ws) => ({
    used: ws.getUsedRangeOrNullObject(true).load("address, values, numberFormat"),
    merged: ws.getRange().getMergedAreasOrNullObject().load("address"),
  }));
  try {
    await context.sync();
  } catch (e) {
    if (!isRefusedForSize(e)) throw e;
    afterList(store); // the refused batch took the XML reads with it: queue them again
    return done(await readInGroups(context, chosen, infos, progress));
  }
  // Above 5 million cells Excel may answer values null instead of failing (docs: excel/performance.md).
  if (reads.some(({ used }) => !used.isNullObject && (!used.values || !used.numberFormat))) {
    return done(await readInGroups(context, chosen, infos, progress));
  }
  progress(2, 2);
  return done(
    reads.map(({ used, merged }, i) => {
      const merges = merged.isNullObject ? [] : parseMergedAreas(merged.address);
      if (used.isNullObject) return emptyGrid(infos[i], merges);
      const area = parseArea(localAddress(used.address)) as Merge;
      return gridOf(infos[i], area.top, area.left, used.values, used.numberFormat, merges);
    }),
  );
}
