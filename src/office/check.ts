/**
 * The marks of a check in Excel: paint the cells of the findings, restore them on 清除标记.
 * Round trips, whatever the number of sheets:
 *
 *   paint after a read  2 syncs: the current fills of old and new marked cells (and the stored
 *                       record's parts), then every write at once (restores, paints, the record)
 *                       — so cancelling never leaves half a paint. Without the read: 2 more.
 *   clear               4 syncs: the record (2), the cells' fills, the restores.
 *
 * Method calls count toward Excel on the web's 5 MB request as much as values do: over
 * READ_LIMITS.cellsPerRequest cells the fills are read in more requests, over
 * WRITE_LIMITS.cellsPerRequest writes (or when Excel refuses the one batch) the paint goes in steps
 * (applyPlan), and a batch refused for its size is halved. More round trips as cells grow, never as sheets do.
 */
import { HIGHLIGHTS_NS } from "../core/storedData";
import { stopIfCancelled } from "../host/errors";
import type { MarkOutcome, MarkTarget, PaintOptions, WorkbookRead } from "../host/types";
import { isRefusedForSize, syncInBatches } from "./batches";
import {
  CellFill, CellRef, HighlightRecord, PaintPlan, cellKey, highlightDocument, nothingToPaint, paintScope, planClear, planPaint, recordsFrom, settlePlan, uniqueCells,
  withPaint, writableIn,
} from "../host/marks";
import { WRITE_LIMITS, cellWrites, joinWrites, queuePlan, queueReadFills } from "./highlights";
import { readWorkbook } from "./readGrids";
import { StoreRead, afterList, queueStoreRead, queueStoreWrite, writeStored } from "./storedDocuments";

/** The sheets and last marks: from the read the paint follows, or read now (2 syncs). */
async function recordsAndSheets(context: Excel.RequestContext, after: WorkbookRead | undefined): Promise<WorkbookRead> {
  return after ?? readWorkbook(context, { scope: "none", documents: [HIGHLIGHTS_NS] });
}

/** Fill reads per request: a getCellProperties call and its range weigh ~300 bytes of the web's 5 MB. */
export const READ_LIMITS = { cellsPerRequest: 5000 };

/**
 * The cells' current fills, in request-sized batches; `first` queues what must go with the first
 * successful request (the stored record's part list). 1 sync for up to READ_LIMITS.cellsPerRequest cells.
 */
async function readFills(context: Excel.RequestContext, cells: CellRef[], first: () => void): Promise<Map<string, CellFill>> {
  const fills = new Map<string, CellFill>();
  await syncInBatches(context, cells, READ_LIMITS.cellsPerRequest, (batch, isFirst) => {
    if (isFirst) first();
    const read = queueReadFills(context, batch);
    return () => read().forEach((fill, key) => fills.set(key, fill));
  });
  return fills;
}

export async function paintHighlights(targets: MarkTarget[], options: PaintOptions = {}): Promise<MarkOutcome> {
  const { signal } = options;
  const progress = (done: number, total: number) => options.onProgress?.(done, total);
  stopIfCancelled(signal);
  return Excel.run(async (context) => {
    const read = await recordsAndSheets(context, options.after);
    const documents = read.documents[HIGHLIGHTS_NS] ?? [];
    // Only options.sheets' marks are replaced (只检查本表); the others' stay, records and all.
    const scope = paintScope(read.sheets, documents, targets, options.sheets);
    const { old, wanted, outcome } = scope;
    if (nothingToPaint(scope, documents)) return outcome;
    progress(0, 2);
    let store!: StoreRead;
    const current = await readFills(context, uniqueCells([...old, ...wanted]), () => (store = queueStoreRead(context, [HIGHLIGHTS_NS])));
    afterList(store, false);
    progress(1, 2);
    stopIfCancelled(signal);
    // From here on the paint runs to its end: a cancel now would leave it half done.
    const plan = planPaint(old, current, wanted.map(withPaint), scope.writable);
    if (settlePlan(scope, plan, documents)) {
      progress(2, 2);
      return outcome;
    }
    await applyPlan(context, store, plan, scope.stored, (done, total) => progress(1 + done, 1 + total));
    return outcome;
  });
}

/**
 * One batch: the record, the restores and the paints. A plan too large for one request is
 * written record first (covering every cell painted before or after), then in request-sized
 * steps, then the exact record: 清除标记 works whatever happens in between.
 */
async function applyPlan(
  context: Excel.RequestContext,
  store: StoreRead,
  plan: PaintPlan,
  old: HighlightRecord[],
  progress: (done: number, total: number) => void,
): Promise<void> {
  const document = (records: HighlightRecord[]) => (records.length ? highlightDocument(records) : null);
  if (plan.restore.length + plan.paint.length <= WRITE_LIMITS.cellsPerRequest) {
    const commit = queueStoreWrite(context, store, HIGHLIGHTS_NS, document(plan.records));
    queuePlan(context, plan);
    try {
      await context.sync();
      commit();
      progress(1, 1);
      return;
    } catch (e) {
      if (!isRefusedForSize(e)) throw e;
    }
  }
  const restoring = new Set(plan.restore.map(cellKey));
  const covering = [...plan.records, ...old.filter((r) => restoring.has(cellKey(r)))];
  await writeStored(context, store, HIGHLIGHTS_NS, document(covering));
  const writes = cellWrites(plan);
  const total = Math.ceil(writes.length / WRITE_LIMITS.cellsPerRequest) + 1;
  let step = 0;
  await syncInBatches(context, writes, WRITE_LIMITS.cellsPerRequest, (batch) => {
    queuePlan(context, joinWrites(batch));
    return () => progress(++step, total);
  });
  await writeStored(context, store, HIGHLIGHTS_NS, document(plan.records));
  progress(total, total);
}

/** Restores every highlighted cell's fill that still shows our colour; returns how many. */
export async function clearHighlights(): Promise<number> {
  return Excel.run(async (context) => {
    const read = await readWorkbook(context, { scope: "none", documents: [HIGHLIGHTS_NS] });
    if ((read.documents[HIGHLIGHTS_NS] ?? []).length === 0) return 0;
    const exists = new Set(read.sheets.map((s) => s.name));
    const old = recordsFrom(read.documents[HIGHLIGHTS_NS]).filter((r) => exists.has(r.sheet));
    let store!: StoreRead;
    const current = await readFills(context, old, () => (store = queueStoreRead(context, [HIGHLIGHTS_NS])));
    afterList(store, false);
    const { restore, keep } = planClear(old, current, writableIn(read.sheets));
    await applyPlan(context, store, { restore, paint: [], records: keep }, old, () => undefined);
    return restore.length;
  });
}

/** Whether the workbook holds a highlight record (also after save and reopen): 1 sync. */
export async function hasHighlights(): Promise<boolean> {
  return Excel.run(async (context) => {
    const store = queueStoreRead(context, [HIGHLIGHTS_NS]);
    await context.sync();
    afterList(store, false);
    return store.parts[HIGHLIGHTS_NS].collection.items.length > 0 || !!store.stored?.[HIGHLIGHTS_NS];
  });
}
