/** The 映射 view's link to WPS: how the active sheet reads, the user's corrections, the selection. */
import { SheetResult, WorkbookMapping, readSheet } from "../../core/check";
import type { MappingOverrides } from "../../core/model";
import { cellsOf } from "../../core/report";
import { MAPPING_ROOT, isMappableField, mappingDocument, mappingFrom, normalizeCell, withOverride } from "../../core/storedData";
import { MAPPING_NS, activeBook, readDocuments, writeDocument } from "./documents";
import { EtApplication, EtRange } from "./et";
import { readWorkbook } from "./readGrids";

export interface ActiveSheetMapping {
  sheet: string;
  reading: SheetResult;
  /** field → A1 address as read (cellsOf), empty when the sheet is not a form. */
  cells: Record<string, string>;
  overrides: MappingOverrides;
}

export function loadMapping(app: EtApplication): WorkbookMapping {
  return mappingFrom(readDocuments(activeBook(app), MAPPING_NS));
}

export function readActiveSheetMapping(app: EtApplication): ActiveSheetMapping {
  const mapping = loadMapping(app);
  const grid = readWorkbook(app, "active").grids[0];
  const reading = readSheet(grid, mapping);
  return {
    sheet: grid.name,
    reading,
    cells: reading.kind === "project" ? cellsOf(reading.project) : {},
    overrides: { ...(mapping[grid.name] ?? {}) },
  };
}

/** Points `field` of `sheet` at `address`, or gives it back to recognition (null). */
export function setMappingOverride(app: EtApplication, sheet: string, field: string, address: string | null): void {
  if (!isMappableField(field)) throw new Error(`无法修改字段“${field}”的位置`);
  if (address !== null && !normalizeCell(address)) throw new Error(`“${address}”不是一个单元格地址`);
  const next = withOverride(loadMapping(app), sheet, field, address);
  writeDocument(app, activeBook(app), MAPPING_NS, MAPPING_ROOT, Object.keys(next).length ? mappingDocument(next) : null);
}

const isRange = (x: unknown): x is EtRange => !!x && typeof (x as EtRange).Address === "function" && !!(x as EtRange).Worksheet;

/** The top-left cell of the selection, "D7" (no sheet, no $); the active cell when a shape is selected. */
export function selectedCellAddress(app: EtApplication): { sheet: string; address: string } {
  const selection = app.Selection;
  const range = isRange(selection) ? selection : app.ActiveCell;
  if (!range) throw new Error("没有选中的单元格");
  return { sheet: range.Worksheet.Name, address: range.Address(false, false).split(":")[0] };
}

/** Activates the sheet and selects the cell (a range can be selected only on the active sheet). */
export function selectCell(app: EtApplication, sheet: string, address: string): void {
  const ws = activeBook(app).Worksheets.Item(sheet);
  ws.Activate();
  ws.Range(address).Select();
}
