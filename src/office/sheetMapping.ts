/** The 映射 tab's link to Excel: how the active sheet reads, the user's corrections, the selection. */
import { SheetResult, WorkbookMapping, readSheet } from "../core/check";
import type { MappingOverrides } from "../core/model";
import { cellsOf } from "../core/report";
import { MAPPING_ROOT, isMappableField, mappingDocument, mappingFrom, normalizeCell, withOverride } from "../core/storedData";
import { localAddress, readWorkbook } from "./readGrids";
import { MAPPING_NS, listParts, partDocuments, queuePartXml, queueReplaceParts } from "./xmlParts";

export interface ActiveSheetMapping {
  sheet: string;
  reading: SheetResult;
  /** field → A1 address as read (cellsOf), empty when the sheet is not a form. */
  cells: Record<string, string>;
  overrides: MappingOverrides;
}

/** The active sheet read with the stored corrections: 2 syncs. */
export async function readActiveSheetMapping(): Promise<ActiveSheetMapping> {
  return Excel.run(async (context) => {
    const read = await readWorkbook(context, { scope: "active", namespaces: [MAPPING_NS] });
    const mapping = mappingFrom(partDocuments(read.parts[MAPPING_NS]));
    const grid = read.grids[0];
    const reading = readSheet(grid, mapping);
    return {
      sheet: grid.name,
      reading,
      cells: reading.kind === "project" ? cellsOf(reading.project) : {},
      overrides: { ...(mapping[grid.name] ?? {}) },
    };
  });
}

/** The stored corrections of every sheet: 2 syncs. */
export async function loadMapping(): Promise<WorkbookMapping> {
  return Excel.run(async (context) => {
    const parts = listParts(context, MAPPING_NS);
    await context.sync();
    queuePartXml(parts);
    await context.sync();
    return mappingFrom(partDocuments(parts));
  });
}

// Corrections are read, changed and written back; one at a time, so two quick clicks both count.
let writing: Promise<unknown> = Promise.resolve();

/** Points `field` of `sheet` at `address`, or gives it back to recognition (null): 3 syncs. */
export function setMappingOverride(sheet: string, field: string, address: string | null): Promise<void> {
  if (!isMappableField(field)) return Promise.reject(new Error(`无法修改字段“${field}”的位置`));
  if (address !== null && !normalizeCell(address)) return Promise.reject(new Error(`“${address}”不是一个单元格地址`));
  const run = writing.catch(() => undefined).then(() =>
    Excel.run(async (context) => {
      const parts = listParts(context, MAPPING_NS);
      await context.sync();
      queuePartXml(parts);
      await context.sync();
      const next = withOverride(mappingFrom(partDocuments(parts)), sheet, field, address);
      queueReplaceParts(context, parts, MAPPING_ROOT, Object.keys(next).length ? mappingDocument(next) : null);
      await context.sync();
    }),
  );
  writing = run;
  return run;
}

/** The top-left cell of the selection, as "D7" (no sheet, no $): 1 sync. */
export async function selectedCellAddress(): Promise<{ sheet: string; address: string }> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange().load("address");
    const sheet = range.worksheet.load("name");
    await context.sync();
    const first = localAddress(range.address).split(":")[0].replace(/\$/g, "");
    return { sheet: sheet.name, address: first };
  });
}

/** Activates the sheet and selects the cell: 1 sync. */
export async function selectCell(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}
