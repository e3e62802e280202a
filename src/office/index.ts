/**
 * The add-in's only door to Excel (Office.js). The task pane and the ribbon go through the host
 * boundary (src/host/types.ts, implemented by src/host/office.ts over the modules here); these
 * bindings keep the older entry points, each one the same workflow on the Office host.
 *
 * Round trips: checkWorkbook 4 syncs whatever the number of sheets (2 read + 2 paint; more only
 * as the cells grow: readInGroups.ts, check.ts), clearHighlights 4, hasHighlights 1, selectCell 1,
 * selectedCellAddress 1, readActiveSheetMapping 2, loadMapping 1–2, setMappingOverride 2–3,
 * exportCheckedCopy a check plus 3 (one more per 2000 findings), insertTemplate 3,
 * convertActiveSheet 4, buildSummary 4 (5 replacing an old 汇总).
 * Needs ExcelApi 1.13 (merged areas; cell properties 1.9, custom XML parts 1.5, events 1.9).
 */
import type { WorkbookMapping } from "../core/check";
import { CheckOptions, CheckedWorkbook, checkWorkbook as checkOnHost } from "../host/check";
import { ActiveSheetMapping, loadMapping as loadOnHost, readActiveSheetMapping as readOnHost, setMappingOverride as setOnHost } from "../host/mapping";
import { officeHost } from "../host/office";
import { buildSummary as summaryOnHost, insertTemplate as insertOnHost, rebuildActiveSheet as rebuildOnHost } from "../host/templates";
import { checkedCopyFile } from "./checkedCopy";

export { CheckCancelledError } from "../host/errors";
export type { CheckOptions, CheckProgress } from "../host/check";
export type { ActiveSheetMapping } from "../host/mapping";
export { clearHighlights, hasHighlights } from "./check";
export { selectCell, selectedCellAddress } from "./sheetMapping";
export { TemplateError, widthPoints } from "./template";

export const checkWorkbook = (options?: CheckOptions): Promise<CheckedWorkbook> => checkOnHost(officeHost(), options);
export const readActiveSheetMapping = (): Promise<ActiveSheetMapping> => readOnHost(officeHost());
export const loadMapping = (): Promise<WorkbookMapping> => loadOnHost(officeHost());
export const setMappingOverride = (sheet: string, field: string, address: string | null): Promise<void> => setOnHost(officeHost(), sheet, field, address);

/** A fresh check, then the workbook's bytes with the 检查结果 sheet first. */
export async function exportCheckedCopy(): Promise<Uint8Array> {
  const { findings } = await checkWorkbook();
  return checkedCopyFile(findings);
}

/** 插入模板 / 按模板重建 / 生成汇总表 on the Office host; each returns the new sheet's name. */
export const insertTemplate = async (rows?: number): Promise<string> => (await insertOnHost(officeHost(), rows)).sheet;
export const convertActiveSheet = async (): Promise<string> => (await rebuildOnHost(officeHost())).sheet;
export const buildSummary = async (): Promise<string> => (await summaryOnHost(officeHost())).sheet;
