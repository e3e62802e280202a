/**
 * The add-in's only door to Excel (Office.js). The task pane and the ribbon commands call these;
 * everything they return is core data (src/core), nothing of Excel leaks out.
 *
 * Round trips: checkWorkbook 4 syncs whatever the number of sheets (2 read + 2 paint; see
 * check.ts and readGrids.ts for very large workbooks), clearHighlights ≤ 4, hasHighlights 1,
 * selectCell 1, selectedCellAddress 1, readActiveSheetMapping 2, loadMapping 2,
 * setMappingOverride 3, exportCheckedCopy a check plus 3 (one more per 2000 findings),
 * loadStoredConfig 2, saveConfig 3.
 * Needs ExcelApi 1.13 (merged areas; cell properties 1.9, custom XML parts 1.5).
 */
export { CheckCancelledError, checkWorkbook, clearHighlights, hasHighlights } from "./check";
export type { CheckOptions, CheckProgress } from "./check";
export { exportCheckedCopy } from "./checkedCopy";
export { loadMapping, readActiveSheetMapping, selectCell, selectedCellAddress, setMappingOverride } from "./sheetMapping";
export type { ActiveSheetMapping } from "./sheetMapping";
export { loadStoredConfig, saveConfig } from "./config";
export type { StoredConfig } from "./config";
