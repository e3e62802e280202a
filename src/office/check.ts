/**
 * The marks of a check in Excel: paint the cells of the findings, restore them on 清除标记.
 * Round trips, whatever the number of sheets:
 *
 *   paint after a read  2 syncs: the current fills of old and new marked cells (and the stored
 *                       record's parts), then every write at once (restores, paints, the record)
 *                       — so cancelling never leaves half a paint. Without the read: 2 more.
 *   clear               4 syncs: the record (2), the cells' fills, the restores.
 *   Over WRITE_LIMITS.cellsPerRequest fill writes: 2 more plus one per step (applyPlan).
 */
import { HIGHLIGHTS_NS } from "../core/storedData";
import { stopIfCancelled } from "../host/errors";
import type { MarkOutcome, MarkTarget, PaintOptions, SheetInfo, WorkbookRead } from "../host/types";
import {
  CellRef, HighlightRecord, PaintPlan, cellKey, highlightDocument, planClear, planPaint, planSteps, queuePlan, queueReadFills, recordsFrom, withPaint,
} from "./highlights";
import { readWorkbook } from "./readGrids";
import { StoreRead, afterList, queueStoreRead, queueStoreWrite } from "./storedDocuments";

function writableIn(sheets: SheetInfo[]): (name: string) => boolean {
  const writable = new Set(sheets.filter((s) => !s.protected).map((s) => s.name));
  return (name) => writable.has(name);
}

function uniqueCells(cells: CellRef[]): CellRef[] {
  const seen = new Map<string, CellRef>();
  for (const c of cells) seen.set(cellKey(c), { sheet: c.sheet, cell: c.cell });
  return [...seen.values()];
}

/** The sheets and last marks: from the read the paint follows, or read now (2 syncs). */
async function recordsAndSheets(context: Excel.RequestContext, after: WorkbookRead | undefined): Promise<WorkbookRead> {
  return after ?? readWorkbook(context, { scope: "none", documents: [HIGHLIGHTS_NS] });
}

export async function paintHighlights(targets: MarkTarget[], options: PaintOptions = {}): Promise<MarkOutcome> {
  const { signal } = options;
  const progress = (done: number, total: number) => options.onProgress?.(done, total);
  stopIfCancelled(signal);
  return Excel.run(async (context) => {
    const read = await recordsAndSheets(context, options.after);
    const exists = new Set(read.sheets.map((s) => s.name));
    const writable = writableIn(read.sheets);
    // Records of sheets deleted or renamed since cannot be restored: they are dropped.
    const old = recordsFrom(read.documents[HIGHLIGHTS_NS] ?? []).filter((r) => exists.has(r.sheet));
    const wanted = targets.filter((t) => exists.has(t.sheet));
    const outcome: MarkOutcome = {
      painted: 0,
      protectedSheets: [...new Set(wanted.filter((t) => !writable(t.sheet)).map((t) => t.sheet))],
      unrestorable: [],
    };
    const hadRecord = (read.documents[HIGHLIGHTS_NS] ?? []).length > 0;
    if (wanted.length === 0 && old.length === 0 && !hadRecord) return outcome;
    progress(0, 2);
    const store = queueStoreRead(context, [HIGHLIGHTS_NS]);
    const cells = uniqueCells([...old, ...wanted]);
    const fills = queueReadFills(context, cells);
    await context.sync();
    afterList(store, false);
    progress(1, 2);
    stopIfCancelled(signal);
    // From here on the paint runs to its end: a cancel now would leave it half done.
    const plan = planPaint(old, fills(), wanted.map(withPaint), writable);
    await applyPlan(context, store, plan, old, (done, total) => progress(1 + done, 1 + total));
    outcome.painted = plan.paint.length;
    outcome.unrestorable = plan.unrestorable ?? [];
    return outcome;
  });
}

/**
 * One batch: the record, the restores and the paints. A plan too large for one request is
 * written record first (covering every cell painted before or after), then in steps, then the
 * exact record: 清除标记 works whatever happens in between.
 */
async function applyPlan(
  context: Excel.RequestContext,
  store: StoreRead,
  plan: PaintPlan,
  old: HighlightRecord[],
  progress: (done: number, total: number) => void,
): Promise<void> {
  const steps = planSteps(plan);
  const document = (records: HighlightRecord[]) => (records.length ? highlightDocument(records) : null);
  if (steps.length === 1) {
    queueStoreWrite(context, store, HIGHLIGHTS_NS, document(plan.records));
    queuePlan(context, steps[0]);
    await context.sync();
    progress(1, 1);
    return;
  }
  const restoring = new Set(plan.restore.map(cellKey));
  const covering = [...plan.records, ...old.filter((r) => restoring.has(cellKey(r)))];
  queueStoreWrite(context, store, HIGHLIGHTS_NS, document(covering));
  await context.sync();
  for (const [i, step] of steps.entries()) {
    queuePlan(context, step);
    await context.sync();
    progress(i + 1, steps.length + 1);
  }
  queueStoreWrite(context, store, HIGHLIGHTS_NS, document(plan.records));
  await context.sync();
  progress(steps.length + 1, steps.length + 1);
}

/** Restores every highlighted cell's fill that still shows our colour; returns how many. */
export async function clearHighlights(): Promise<number> {
  return Excel.run(async (context) => {
    const read = await readWorkbook(context, { scope: "none", documents: [HIGHLIGHTS_NS] });
    if ((read.documents[HIGHLIGHTS_NS] ?? []).length === 0) return 0;
    const exists = new Set(read.sheets.map((s) => s.name));
    const old = recordsFrom(read.documents[HIGHLIGHTS_NS]).filter((r) => exists.has(r.sheet));
    const store = queueStoreRead(context, [HIGHLIGHTS_NS]);
    const fills = queueReadFills(context, old);
    await context.sync();
    afterList(store, false);
    const { restore, keep } = planClear(old, fills(), writableIn(read.sheets));
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
