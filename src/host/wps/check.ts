/**
 * 检查工作簿 and 清除标记 in WPS: read every sheet, run the core check with the stored mapping,
 * replace the last check's highlights with new ones and keep the record of the fills they
 * covered (the same records as the Excel add-in, src/office/highlights.ts), so that 清除标记
 * restores every fill exactly, in WPS or in Excel, after save and reopen too.
 *
 * The object model is synchronous: each function runs to its end in one go. The record is
 * written before any fill changes, covering every cell that will be painted or restored, and
 * rewritten exactly afterwards; if WPS fails in between, 清除标记 still finds every painted cell.
 */
import { CheckResult, SheetResult, checkSheets, readSheet } from "../../core/check";
import { mappingFrom } from "../../core/storedData";
import {
  CellRef, HIGHLIGHTS_ROOT, HighlightRecord, PaintPlan, cellKey, highlightDocument, paintTargets, planClear, planPaint, recordsFrom,
} from "../../office/highlights";
import { HIGHLIGHTS_NS, MAPPING_NS, activeBook, readDocuments, writeDocument } from "./documents";
import { EtApplication, EtWorkbook } from "./et";
import { WpsCellFill, isGradientFill, paintFill, readFill, writeFill } from "./fills";
import { SheetInfo, readWorkbook } from "./readGrids";
import { worksheets } from "./sheets";

export interface CheckProgress {
  stage: "read" | "check" | "paint";
  done: number;
  total: number;
}

const writableIn = (sheets: SheetInfo[]) => {
  const writable = new Set(sheets.filter((s) => !s.protected).map((s) => s.name));
  return (name: string) => writable.has(name);
};

const interiorOf = (book: EtWorkbook, c: CellRef) => book.Worksheets.Item(c.sheet).Range(c.cell).Interior;

/** The current fill of each cell (one Interior read per cell: only highlight cells are read). */
function currentFills(book: EtWorkbook, cells: CellRef[]): Map<string, WpsCellFill> {
  const fills = new Map<string, WpsCellFill>();
  for (const c of cells) if (!fills.has(cellKey(c))) fills.set(cellKey(c), readFill(interiorOf(book, c)));
  return fills;
}

function apply(app: EtApplication, book: EtWorkbook, plan: PaintPlan, old: HighlightRecord[]): void {
  const restoring = new Set(plan.restore.map(cellKey));
  const recorded = new Set(plan.records.map(cellKey));
  const covering = [...plan.records, ...old.filter((r) => restoring.has(cellKey(r)) && !recorded.has(cellKey(r)))];
  const document = (records: HighlightRecord[]) => (records.length ? highlightDocument(records) : null);
  const coveringFirst = covering.length > plan.records.length;
  writeDocument(app, book, HIGHLIGHTS_NS, HIGHLIGHTS_ROOT, document(coveringFirst ? covering : plan.records));
  for (const r of plan.restore) writeFill(interiorOf(book, r), r.fill as WpsCellFill);
  for (const p of plan.paint) paintFill(interiorOf(book, p), p);
  if (coveringFirst) writeDocument(app, book, HIGHLIGHTS_NS, HIGHLIGHTS_ROOT, document(plan.records));
}

export function checkWorkbook(app: EtApplication, onProgress?: (p: CheckProgress) => void): CheckResult {
  const book = activeBook(app);
  onProgress?.({ stage: "read", done: 0, total: 1 });
  const read = readWorkbook(app, "all");
  onProgress?.({ stage: "read", done: 1, total: 1 });
  const mapping = mappingFrom(readDocuments(book, MAPPING_NS));
  const sheets: SheetResult[] = [];
  for (const grid of read.grids) {
    sheets.push(readSheet(grid, mapping));
    onProgress?.({ stage: "check", done: sheets.length, total: read.grids.length });
  }
  const result = checkSheets(sheets);
  const exists = new Set(read.sheets.map((s) => s.name));
  const documents = readDocuments(book, HIGHLIGHTS_NS);
  // Records of sheets deleted or renamed since cannot be restored: they are dropped.
  const old = recordsFrom(documents).filter((r) => exists.has(r.sheet));
  const targets = paintTargets(result.findings).filter((t) => exists.has(t.sheet));
  if (targets.length === 0 && old.length === 0 && documents.length === 0) return result;
  onProgress?.({ stage: "paint", done: 0, total: 1 });
  const fills = currentFills(book, [...old, ...targets]);
  // A gradient fill cannot be put back from a record: such a cell keeps its fill unpainted.
  const paintable = targets.filter((t) => !isGradientFill(fills.get(cellKey(t))));
  apply(app, book, planPaint(old, fills, paintable, writableIn(read.sheets)), old);
  onProgress?.({ stage: "paint", done: 1, total: 1 });
  return result;
}

/** Restores every highlighted cell that still shows our colour; returns how many. */
export function clearHighlights(app: EtApplication): number {
  const book = activeBook(app);
  const documents = readDocuments(book, HIGHLIGHTS_NS);
  if (documents.length === 0) return 0;
  const sheets = infosOf(book);
  const exists = new Set(sheets.map((s) => s.name));
  const old = recordsFrom(documents).filter((r) => exists.has(r.sheet));
  const { restore, keep } = planClear(old, currentFills(book, old), writableIn(sheets));
  apply(app, book, { restore, paint: [], records: keep }, old);
  return restore.length;
}

/** Whether the workbook holds a highlight record (also after save and reopen). */
export function hasHighlights(app: EtApplication): boolean {
  return readDocuments(activeBook(app), HIGHLIGHTS_NS).length > 0;
}

const infosOf = (book: EtWorkbook): SheetInfo[] => worksheets(book).map((ws) => ({ name: ws.Name, protected: ws.ProtectContents }));
