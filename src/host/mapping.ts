/** The 映射 tab's work on any host: how the active sheet reads, and the user's corrections (MAPPING_NS). */
import { SheetResult, WorkbookMapping, readSheet } from "../core/check";
import type { Grid } from "../core/grid";
import type { MappingOverrides } from "../core/model";
import { cellsOf } from "../core/report";
import { MAPPING_NS, isMappableField, mappingDocument, mappingFrom, normalizeCell, withOverride } from "../core/storedData";
import type { SpreadsheetHost } from "./types";

export interface ActiveSheetMapping {
  sheet: string;
  reading: SheetResult;
  /** field → A1 address as read (cellsOf), empty when the sheet is not a form. */
  cells: Record<string, string>;
  overrides: MappingOverrides;
  /** The sheet as read, for checking a cell before a field is pointed at it (pointing.ts). */
  grid: Grid;
}

/** The active sheet read with the stored corrections. */
export async function readActiveSheetMapping(host: SpreadsheetHost): Promise<ActiveSheetMapping> {
  const read = await host.readWorkbook({ scope: "active", documents: [MAPPING_NS] });
  const mapping = mappingFrom(read.documents[MAPPING_NS] ?? []);
  const grid = read.grids[0];
  const reading = readSheet(grid, mapping);
  return {
    sheet: grid.name,
    reading,
    cells: reading.kind === "project" ? cellsOf(reading.project) : {},
    overrides: { ...(mapping[grid.name] ?? {}) },
    grid,
  };
}

/** The stored corrections of every sheet. */
export async function loadMapping(host: SpreadsheetHost): Promise<WorkbookMapping> {
  const documents = await host.readDocuments([MAPPING_NS]);
  return mappingFrom(documents[MAPPING_NS] ?? []);
}

// Corrections are read, changed and written back; one at a time, so two quick clicks both count.
let writing: Promise<unknown> = Promise.resolve();

/** Points `field` of `sheet` at `address`, or gives it back to recognition (null). */
export function setMappingOverride(host: SpreadsheetHost, sheet: string, field: string, address: string | null): Promise<void> {
  if (!isMappableField(field)) return Promise.reject(new Error(`无法修改字段“${field}”的位置`));
  if (address !== null && !normalizeCell(address)) return Promise.reject(new Error(`“${address}”不是一个单元格地址`));
  const run = writing
    .catch(() => undefined)
    .then(() =>
      host.updateDocument(MAPPING_NS, (documents) => {
        const next = withOverride(mappingFrom(documents), sheet, field, address);
        return Object.keys(next).length ? mappingDocument(next) : null;
      }),
    );
  writing = run;
  return run;
}
