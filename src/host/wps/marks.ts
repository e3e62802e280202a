/**
 * The marks of a check in WPS: paint the cells of the findings, give each its own fill back on
 * 清除标记, with the same records as the Excel add-in (src/host/marks.ts), so that a mark made in
 * either host is cleared exactly in the other, after save and reopen too.
 *
 * The object model is synchronous: each function runs to its end in one go. The record is
 * written before any fill changes, covering every cell that will be painted or restored, and
 * rewritten exactly afterwards; if WPS fails in between, 清除标记 still finds every painted cell.
 * Only the marked cells' fills are read (one Interior per cell), never a sheet's.
 */
import { HIGHLIGHTS_NS } from "../../core/storedData";
import {
  CellFill, CellRef, HighlightRecord, PaintPlan, cellKey, highlightDocument, nothingToPaint, paintScope, planClear, planPaint, recordsFrom, settlePlan, uniqueCells,
  withPaint, writableIn,
} from "../marks";
import type { MarkOutcome, MarkTarget, SheetInfo } from "../types";
import { readStored, writeDocument } from "./documents";
import { EtApplication, EtWorkbook } from "./et";
import { paintFill, readFill, writeFill } from "./fills";

const interiorOf = (book: EtWorkbook, c: CellRef) => book.Worksheets.Item(c.sheet).Range(c.cell).Interior;

/** The current fill of each cell. */
function currentFills(book: EtWorkbook, cells: CellRef[]): Map<string, CellFill> {
  const fills = new Map<string, CellFill>();
  for (const c of uniqueCells(cells)) fills.set(cellKey(c), readFill(interiorOf(book, c)));
  return fills;
}

function apply(app: EtApplication, book: EtWorkbook, plan: PaintPlan, old: HighlightRecord[]): void {
  const restoring = new Set(plan.restore.map(cellKey));
  const recorded = new Set(plan.records.map(cellKey));
  const covering = [...plan.records, ...old.filter((r) => restoring.has(cellKey(r)) && !recorded.has(cellKey(r)))];
  const document = (records: HighlightRecord[]) => (records.length ? highlightDocument(records) : null);
  const coveringFirst = covering.length > plan.records.length;
  writeDocument(app, book, HIGHLIGHTS_NS, document(coveringFirst ? covering : plan.records));
  for (const r of plan.restore) writeFill(interiorOf(book, r), r.fill);
  for (const p of plan.paint) paintFill(interiorOf(book, p), p);
  if (coveringFirst) writeDocument(app, book, HIGHLIGHTS_NS, document(plan.records));
}

/** What paintMarks needs of the workbook: its sheets and the last check's record (from a read, or read now). */
export interface MarkState {
  sheets: SheetInfo[];
  documents: unknown[];
  /** Replace these sheets' marks only (只检查本表): the other sheets' marks and records stay. */
  only?: string[];
}

/**
 * Replaces the last check's marks with these. A protected sheet is not painted (WPS refuses the
 * write) and a gradient-filled cell neither (a record cannot put a gradient back): both are told.
 */
export function paintMarks(app: EtApplication, book: EtWorkbook, targets: MarkTarget[], state: MarkState): MarkOutcome {
  const scope = paintScope(state.sheets, state.documents, targets, state.only);
  if (nothingToPaint(scope, state.documents)) return scope.outcome;
  const { old, wanted } = scope;
  const plan = planPaint(old, currentFills(book, [...old, ...wanted]), wanted.map(withPaint), scope.writable);
  if (!settlePlan(scope, plan, state.documents)) apply(app, book, plan, scope.stored);
  return scope.outcome;
}

/** Restores every marked cell's fill that still shows our colour; returns how many. */
export function clearMarks(app: EtApplication, book: EtWorkbook, sheets: SheetInfo[]): number {
  const documents = readStored(book, [HIGHLIGHTS_NS])[HIGHLIGHTS_NS];
  if (documents.length === 0) return 0;
  const exists = new Set(sheets.map((s) => s.name));
  const old = recordsFrom(documents).filter((r) => exists.has(r.sheet));
  const { restore, keep } = planClear(old, currentFills(book, old), writableIn(sheets));
  apply(app, book, { restore, paint: [], records: keep }, old);
  return restore.length;
}
