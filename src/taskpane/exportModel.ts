/** What the 导出 tab writes, without the DOM: file names, the JSON report, and the exports over the host. */
import type { CheckResult } from "../core/check";
import type { Lang } from "../core/model";
import { toReport } from "../core/report";
import { CheckedWorkbook, checkWorkbook } from "../host/check";
import type { SpreadsheetHost } from "../host/types";

export const DEFAULT_WORKBOOK_NAME = "workbook.xlsx";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The workbook's file name from Office's document URL (or path); "workbook.xlsx" when unknown. */
export function workbookFileName(url: string | null | undefined): string {
  const path = (url ?? "").split(/[?#]/)[0];
  const last = path.split(/[\\/]/).pop() ?? "";
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // a stray % in a local path: keep the name as written
  }
  name = name.trim();
  return name ? name : DEFAULT_WORKBOOK_NAME;
}

/** "projects-2024.xlsx" → "projects-2024". */
export function baseName(file: string): string {
  const base = file.replace(/\.(xlsx|xlsm|xlsb|xls|csv)$/i, "");
  return base || "workbook";
}

export function reportFileName(file: string): string {
  return `${baseName(file)}.report.json`;
}

export function checkedCopyFileName(file: string): string {
  return `${baseName(file)}.checked.xlsx`;
}

/** The report of report-json.md, as the file the pane downloads (messages in the pane's language). */
export function reportJson(file: string, result: CheckResult, lang: Lang = "zh"): string {
  return JSON.stringify(toReport(file, result, lang), null, 2) + "\n";
}

/**
 * What the user got from an export: a download; the report's text to copy where nothing can be
 * downloaded (Excel for Mac: office-js#2700, #3385); or the 检查结果 sheet kept in the workbook,
 * to save a copy of, where the workbook's file cannot be had or handed over.
 */
export type ExportOutcome =
  | { kind: "saved"; file: string }
  | { kind: "text"; file: string; text: string }
  | { kind: "sheet"; sheet: string; file: string; why: "noDownload" | "noFile" | "fileFailed"; detail?: string };

/** The report of the last check as `<workbook>.report.json`. */
export async function exportReport(host: SpreadsheetHost, workbook: string, result: CheckResult, lang: Lang = "zh"): Promise<ExportOutcome> {
  const file = reportFileName(workbook);
  const text = reportJson(workbook, result, lang);
  if (!host.info.capabilities.downloads) return { kind: "text", file, text };
  await host.saveFile({ name: file, type: "application/json", data: text });
  return { kind: "saved", file };
}

/** What an export of the checked copy did besides the file: the fresh check, and whether it marked a workbook that had no marks. */
export interface CopyExport {
  outcome: ExportOutcome;
  checked: CheckedWorkbook;
  /** The workbook had no marks (清除标记) and the export's check marked it again. */
  repainted: boolean;
}

/**
 * A fresh check (the highlights on, the list as the file is now), then the workbook as
 * `<workbook>.checked.xlsx`. The check marks the workbook: `repainted` says when it had no marks before.
 */
export async function exportCheckedCopy(host: SpreadsheetHost, workbook: string): Promise<CopyExport> {
  const hadMarks = await host.hasMarks().catch(() => true);
  const checked = await checkWorkbook(host);
  const { findings } = checked;
  const repainted = !hadMarks && checked.marks.painted > 0;
  const file = checkedCopyFileName(workbook);
  const { downloads, workbookFile } = host.info.capabilities;
  let detail: string | undefined;
  if (downloads && workbookFile) {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await host.checkedCopy(findings);
    } catch (e) {
      detail = e instanceof Error ? e.message : String(e);
    }
    if (bytes) {
      await host.saveFile({ name: file, type: XLSX_TYPE, data: bytes });
      return { outcome: { kind: "saved", file }, checked, repainted };
    }
  }
  const sheet = await host.addFindingsSheet(findings);
  const why = !downloads ? "noDownload" : detail === undefined ? "noFile" : "fileFailed";
  return { outcome: { kind: "sheet", sheet, file, why, ...(detail === undefined ? {} : { detail }) }, checked, repainted };
}
