/**
 * 检查工作簿 and 清除标记: read every sheet, run the core check with the stored mapping, replace
 * the last check's highlights with new ones. Round trips of a check (whatever the sheet count):
 *
 *   read   2 syncs (readGrids.ts; more only when Excel on the web refuses the payload size)
 *   check  none: the core is pure, progress per sheet
 *   paint  2 syncs: the current fills of old and new highlight cells, then every write at once
 *          (restores, paints, the highlight record) — so cancelling never leaves half a paint.
 *          Over WRITE_LIMITS.cellsPerRequest fill writes: 2 more plus one per step (applyPlan).
 */
import { CheckResult, SheetResult, checkSheets, readSheet } from "../core/check";
import {
  CellRef, HIGHLIGHTS_ROOT, HighlightRecord, PaintPlan, cellKey, highlightDocument, paintTargets, planClear, planPaint, planSteps, queuePlan,
  queueReadFills, recordsFrom,
} from "./highlights";
import { mappingFrom } from "../core/storedData";
import { CONFIG_NS, configFromParts } from "./config";
import { SheetInfo, WorkbookRead, loadSheetInfos, readWorkbook } from "./readGrids";
import { HIGHLIGHTS_NS, MAPPING_NS, StoredParts, jsonPartXml, listParts, partDocuments, queuePartXml, queueReplaceParts } from "./xmlParts";

export interface CheckProgress {
  stage: "read" | "check" | "paint";
  done: number;
  total: number;
}

export interface CheckOptions {
  onProgress?: (p: CheckProgress) => void;
  signal?: AbortSignal;
}

export class CheckCancelledError extends Error {
  constructor(message = "检查已取消") {
    super(message);
    this.name = "CheckCancelledError";
  }
}

/** Lets the task pane repaint and take a 取消 click during a long check. */
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function checkWorkbook(options: CheckOptions = {}): Promise<CheckResult> {
  const { onProgress, signal } = options;
  const stopIfCancelled = () => {
    if (signal?.aborted) throw new CheckCancelledError();
  };
  stopIfCancelled();
  return Excel.run(async (context) => {
    const read = await readWorkbook(context, {
      scope: "all",
      namespaces: [MAPPING_NS, HIGHLIGHTS_NS, CONFIG_NS],
      onSync: (done, total) => {
        onProgress?.({ stage: "read", done, total });
        stopIfCancelled();
      },
    });
    stopIfCancelled();
    const mapping = mappingFrom(partDocuments(read.parts[MAPPING_NS]));
    // A configuration stored badly stops the check with its one line (ConfigError), before any paint.
    const config = configFromParts(read.parts[CONFIG_NS]);
    const sheets: SheetResult[] = [];
    let lastYield = Date.now();
    for (const grid of read.grids) {
      sheets.push(readSheet(grid, mapping));
      onProgress?.({ stage: "check", done: sheets.length, total: read.grids.length });
      if (Date.now() - lastYield > 25) {
        await yieldToUi();
        lastYield = Date.now();
      }
      stopIfCancelled();
    }
    const result = checkSheets(sheets, { config });
    await paint(context, read, result, (done, total) => onProgress?.({ stage: "paint", done, total }), stopIfCancelled);
    return result;
  });
}

function writableIn(sheets: SheetInfo[]): (name: string) => boolean {
  const writable = new Set(sheets.filter((s) => !s.protected).map((s) => s.name));
  return (name) => writable.has(name);
}

function uniqueCells(cells: CellRef[]): CellRef[] {
  const seen = new Map<string, CellRef>();
  for (const c of cells) seen.set(cellKey(c), { sheet: c.sheet, cell: c.cell });
  return [...seen.values()];
}

async function paint(
  context: Excel.RequestContext,
  read: WorkbookRead,
  result: CheckResult,
  progress: (done: number, total: number) => void,
  stopIfCancelled: () => void,
): Promise<void> {
  const exists = new Set(read.sheets.map((s) => s.name));
  const parts = read.parts[HIGHLIGHTS_NS];
  // Records of sheets deleted or renamed since cannot be restored: they are dropped.
  const old = recordsFrom(partDocuments(parts)).filter((r) => exists.has(r.sheet));
  const targets = paintTargets(result.findings).filter((t) => exists.has(t.sheet));
  if (targets.length === 0 && old.length === 0 && parts.collection.items.length === 0) return;
  progress(0, 2);
  const cells = uniqueCells([...old, ...targets]);
  const fills = queueReadFills(context, cells);
  if (cells.length) await context.sync();
  progress(1, 2);
  stopIfCancelled();
  // From here on the paint runs to its end: a cancel now would leave it half done.
  const plan = planPaint(old, fills(), targets, writableIn(read.sheets));
  await applyPlan(context, parts, plan, old, (done, total) => progress(1 + done, 1 + total));
}

/**
 * One batch: the record, the restores and the paints. A plan too large for one request is
 * written record first (covering every cell painted before or after), then in steps, then the
 * exact record: 清除标记 works whatever happens in between.
 */
async function applyPlan(
  context: Excel.RequestContext,
  parts: StoredParts,
  plan: PaintPlan,
  old: HighlightRecord[],
  progress: (done: number, total: number) => void,
): Promise<void> {
  const steps = planSteps(plan);
  const document = (records: HighlightRecord[]) => (records.length ? highlightDocument(records) : null);
  if (steps.length === 1) {
    queueReplaceParts(context, parts, HIGHLIGHTS_ROOT, document(plan.records));
    queuePlan(context, steps[0]);
    await context.sync();
    progress(1, 1);
    return;
  }
  const restoring = new Set(plan.restore.map(cellKey));
  const covering = [...plan.records, ...old.filter((r) => restoring.has(cellKey(r)))];
  const part = queueReplaceParts(context, parts, HIGHLIGHTS_ROOT, document(covering)) as Excel.CustomXmlPart;
  await context.sync();
  for (const [i, step] of steps.entries()) {
    queuePlan(context, step);
    await context.sync();
    progress(i + 1, steps.length + 1);
  }
  if (plan.records.length) part.setXml(jsonPartXml(HIGHLIGHTS_ROOT, HIGHLIGHTS_NS, highlightDocument(plan.records)));
  else part.delete();
  await context.sync();
  progress(steps.length + 1, steps.length + 1);
}

/** Restores every highlighted cell's fill that still shows our colour; returns how many. */
export async function clearHighlights(): Promise<number> {
  return Excel.run(async (context) => {
    const sheetInfos = loadSheetInfos(context);
    const parts = listParts(context, HIGHLIGHTS_NS);
    await context.sync();
    if (parts.collection.items.length === 0) return 0;
    const sheets = sheetInfos();
    queuePartXml(parts);
    await context.sync();
    const exists = new Set(sheets.map((s) => s.name));
    const old = recordsFrom(partDocuments(parts)).filter((r) => exists.has(r.sheet));
    const fills = queueReadFills(context, old);
    if (old.length) await context.sync();
    const { restore, keep } = planClear(old, fills(), writableIn(sheets));
    await applyPlan(context, parts, { restore, paint: [], records: keep }, old, () => undefined);
    return restore.length;
  });
}

/** Whether the workbook holds a highlight record (also after save and reopen). */
export async function hasHighlights(): Promise<boolean> {
  return Excel.run(async (context) => {
    const count = context.workbook.customXmlParts.getByNamespace(HIGHLIGHTS_NS).getCount();
    await context.sync();
    return count.value > 0;
  });
}
