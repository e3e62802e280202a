/**
 * The checked copy: the user's workbook with each finding's primary cell filled by severity,
 * a note carrying the message, and a first sheet 检查结果 listing every finding with a link to
 * its cell. Values are never touched; the input file is never written.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import type { CheckResult } from "../core/check";
import { countBySeverity } from "../core/check";
import type { Finding, Severity } from "../core/model";
import { LINK_COLUMN, RESULTS_HEADER, RESULTS_SHEET, linkFormula, resultRow } from "../core/findingsList";
import { RULE_NAMES, SEVERITY_NAMES, SEVERITY_RANK } from "../core/ruleNames";
import { uniqueSheetName } from "../core/templateSheet";

/** Fill colours per severity: Excel's own "bad" red, "neutral" amber and a light blue. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: "FFDDEBF7",
};


function markCells(workbook: ExcelJS.Workbook, findings: Finding[]): void {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.cell}`;
    byCell.set(key, [...(byCell.get(key) ?? []), f]);
  }
  for (const list of byCell.values()) {
    const sheet = workbook.getWorksheet(list[0].sheet);
    if (!sheet) continue;
    const cell = sheet.getCell(list[0].cell);
    const worst = list.reduce((a, b) => (SEVERITY_RANK[b.severity] < SEVERITY_RANK[a.severity] ? b : a));
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[worst.severity] } };
    const text = list.map((f) => `[${SEVERITY_NAMES[f.severity]}] ${RULE_NAMES[f.rule] ?? f.rule}：${f.message}`).join("\n");
    cell.note = { texts: [{ text }] };
  }
}

function addResultsSheet(workbook: ExcelJS.Workbook, file: string, result: CheckResult): void {
  const name = uniqueSheetName(RESULTS_SHEET, workbook.worksheets.map((w) => w.name));
  const ws = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 3 }] });
  // Before every other sheet: a reviewer opens the copy on the list.
  (ws as unknown as { orderNo: number }).orderNo = -1;
  const counts = countBySeverity(result.findings);
  const projects = result.sheets.filter((s) => s.kind === "project").length;
  ws.getCell("A1").value = `检查结果：${path.basename(file)}`;
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = `${projects} 个项目，${counts.errors} 个错误，${counts.warnings} 个警告，${counts.infos} 个提示`;
  ws.getRow(3).values = [...RESULTS_HEADER];
  ws.getRow(3).font = { bold: true };
  result.findings.forEach((f, i) => {
    const row = ws.getRow(4 + i);
    row.values = resultRow(f);
    const link = row.getCell(LINK_COLUMN + 1);
    link.value = { formula: linkFormula(f.sheet, f.cell).slice(1), result: f.cell };
    link.font = { color: { argb: "FF0563C1" }, underline: true };
    row.getCell(3).fill = { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[f.severity] } };
    row.getCell(5).alignment = { wrapText: true, vertical: "top" };
  });
  [28, 9, 7, 26, 90].forEach((width, i) => (ws.getColumn(i + 1).width = width));
  if (result.findings.length > 0) ws.autoFilter = { from: "A3", to: `E${3 + result.findings.length}` };
}

/** The checked copy of an already loaded workbook, as the bytes of an xlsx file. */
export async function writeCheckedCopy(workbook: ExcelJS.Workbook, file: string, result: CheckResult): Promise<Uint8Array> {
  markCells(workbook, result.findings);
  addResultsSheet(workbook, file, result);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
