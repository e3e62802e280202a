/** What the 导出 tab writes, without the DOM: file names and the JSON report. */
import type { CheckResult } from "../core/check";
import type { Lang } from "../core/model";
import { toReport } from "../core/report";

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
