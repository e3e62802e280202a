/**
 * 导出 in WPS. There is no getFileAsync and no documented download from a WPS 加载项's page; what
 * WPS offers instead (WPS 加载项 API 参考: 文件系统/FileSystem, 环境/Env; 表格 API: Workbook.SaveCopyAs,
 * Application.FileDialog):
 *
 *   the workbook as a file   检查结果 added first, Workbook.SaveCopyAs to a temporary .xlsx, the
 *                            sheet deleted again, the copy read back (FileSystem.readAsBinaryString)
 *                            and removed: the user's workbook ends as it was
 *   a file to the user       the Save As dialog (FileDialog(msoFileDialogSaveAs), which only picks a
 *                            path) and FileSystem.writeAsBinaryString, byte for byte
 *
 * Where a build lacks any of these, capabilities say so and the pane keeps 检查结果 as a sheet.
 */
import { LINK_COLUMN, RESULTS_HEADER, RESULTS_SHEET, linkFormula, resultRows } from "../../core/findingsList";
import { a1, columnName } from "../../core/grid";
import type { Finding } from "../../core/model";
import { uniqueSheetName } from "../../core/templateSheet";
import type { SaveFile } from "../types";
import { EtApplication, EtWorkbook, EtWorksheet, XL } from "./et";
import type { WpsGlobal } from "./global";
import { deleteSheet, sheetNames } from "./sheets";
import { addSheetAt } from "./template";

/** Column widths in characters (WPS's ColumnWidth unit), as wide as the Excel add-in's. */
const WIDTHS = [26, 11, 11, 32, 98];

/** 检查结果 as a new first sheet listing the findings (core/findingsList), never left half written. */
export function addResultsSheet(app: EtApplication, book: EtWorkbook, findings: Finding[]): EtWorksheet {
  const name = uniqueSheetName(RESULTS_SHEET, sheetNames(book));
  const ws = addSheetAt(book, 0);
  try {
    ws.Name = name;
    const header = ws.Range(`A1:${a1(0, RESULTS_HEADER.length - 1)}`);
    header.Value2 = [[...RESULTS_HEADER]];
    header.Font.Bold = true;
    WIDTHS.forEach((w, i) => (ws.Range(`${columnName(i)}:${columnName(i)}`).ColumnWidth = w));
    const rows = resultRows(findings);
    const last = rows.length;
    // Text format first, so that WPS keeps messages and names as typed (no numbers, no formulas).
    for (let c = 0; c < RESULTS_HEADER.length; c++) if (c !== LINK_COLUMN) ws.Range(`${a1(1, c)}:${a1(last, c)}`).NumberFormat = "@";
    ws.Range(`A2:${a1(last, RESULTS_HEADER.length - 1)}`).Value2 = rows;
    if (findings.length) ws.Range(`${a1(1, LINK_COLUMN)}:${a1(last, LINK_COLUMN)}`).Formula = findings.map((f) => [linkFormula(f.sheet, f.cell)]);
    return ws;
  } catch (e) {
    deleteSheet(app, ws);
    throw e;
  }
}

/** Bytes ↔ the "binary string" of WPS's FileSystem (one character per byte). */
export function binaryString(bytes: Uint8Array): string {
  const chunks: string[] = [];
  for (let at = 0; at < bytes.length; at += 0x8000) chunks.push(String.fromCharCode(...bytes.subarray(at, at + 0x8000)));
  return chunks.join("");
}

export function bytesOf(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i) & 0xff;
  return bytes;
}

const extension = (path: string) => /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase();

/** Whether this WPS can give the add-in the workbook as a file (a temporary copy it can read back). */
export function canCopyWorkbook(wps: WpsGlobal): boolean {
  return typeof wps.FileSystem?.readAsBinaryString === "function" && typeof wps.Env?.GetTempPath === "function" && typeof wps.FileSystem?.Remove === "function";
}

/** Whether this WPS can hand a file to the user: the Save As dialog and a binary write. */
export function canSaveFiles(wps: WpsGlobal, app: EtApplication): boolean {
  return typeof wps.FileSystem?.writeAsBinaryString === "function" && typeof app.FileDialog === "function";
}

/**
 * The workbook as xlsx bytes with 检查结果 first, which is removed again. Only an .xlsx workbook:
 * SaveCopyAs keeps the workbook's own format, and an .et or .xls copy is not the .xlsx promised.
 */
export function checkedCopy(wps: WpsGlobal, app: EtApplication, book: EtWorkbook, findings: Finding[]): Uint8Array {
  if (!canCopyWorkbook(wps)) throw new Error("这一版 WPS 不能把工作簿文件交给加载项");
  const ext = extension(book.FullName);
  if (ext !== "xlsx") throw new Error(ext ? `工作簿是 .${ext} 文件，不能直接导出为 .xlsx 副本` : "工作簿还没有保存为 .xlsx 文件");
  const dir = wps.Env!.GetTempPath().replace(/[\\/]+$/, "");
  const separator = dir.includes("\\") ? "\\" : "/";
  const temp = `${dir}${separator}perfeval-${Date.now()}.xlsx`;
  const sheet = addResultsSheet(app, book, findings);
  try {
    book.SaveCopyAs(temp);
  } finally {
    deleteSheet(app, sheet);
  }
  try {
    return bytesOf(wps.FileSystem!.readAsBinaryString!(temp));
  } finally {
    if (wps.FileSystem!.Exists(temp)) wps.FileSystem!.Remove(temp);
  }
}

/** The user closed the Save As dialog without choosing. */
export class SaveCancelledError extends Error {
  constructor(file: string) {
    super(`没有保存“${file}”：保存对话框已取消`);
    this.name = "SaveCancelledError";
  }
}

/** Asks where to save (the Save As dialog) and writes the file there byte for byte; the path it was saved to. */
export function saveFile(wps: WpsGlobal, app: EtApplication, file: SaveFile): string {
  if (!canSaveFiles(wps, app)) throw new Error("这一版 WPS 不能从加载项保存文件");
  const dialog = app.FileDialog(XL.fileDialogSaveAs);
  dialog.Title = "保存文件";
  dialog.InitialFileName = file.name;
  if (dialog.Show() !== -1 || dialog.SelectedItems.Count < 1) throw new SaveCancelledError(file.name);
  const path = dialog.SelectedItems.Item(1);
  const bytes = typeof file.data === "string" ? new TextEncoder().encode(file.data) : file.data;
  const written = wps.FileSystem!.writeAsBinaryString!(path, binaryString(bytes));
  if (written === false || !wps.FileSystem!.Exists(path)) throw new Error(`无法写入“${path}”`);
  return path;
}
