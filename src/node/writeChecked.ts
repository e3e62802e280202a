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
import { RULE_NAMES, SEVERITY_NAMES, SEVERITY_RANK } from "../core/ruleNames";

/** Fill colours per severity: Excel's own "bad" red, "neutral" amber and a light blue. */
export const SEVERITY_FILL: Record<Severity, string> = {
  error: "FFFFC7CE",
  warning: "FFFFEB9C",
  info: "FFDDEBF7",
};

export const RESULTS_SHEET = "检查结果";

/** A sheet name as it appears in a formula reference: quoted, quotes doubled. */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function uniqueName(workbook: ExcelJS.Workbook, wanted: string): string {
  const taken = new Set(workbook.worksheets.map((ws) => ws.name.toLowerCase()));
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted} (${n})`;
  return name;
}

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
  const ws = workbook.addWorksheet(uniqueName(workbook, RESULTS_SHEET), { views: [{ state: "frozen", ySplit: 3 }] });
  // Before every other sheet: a reviewer opens the copy on the list.
  (ws as unknown as { orderNo: number }).orderNo = -1;
  const counts = countBySeverity(result.findings);
  const projects = result.sheets.filter((s) => s.kind === "project").length;
  ws.getCell("A1").value = `检查结果：${path.basename(file)}`;
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value = `${projects} 个项目，${counts.errors} 个错误，${counts.warnings} 个警告，${counts.infos} 个提示`;
  const header = ["工作表", "单元格", "级别", "规则", "说明"];
  ws.getRow(3).values = header;
  ws.getRow(3).font = { bold: true };
  result.findings.forEach((f, i) => {
    const row = ws.getRow(4 + i);
    row.getCell(1).value = f.sheet;
    row.getCell(2).value = {
      formula: `HYPERLINK("#${quoteSheet(f.sheet).replace(/"/g, '""')}!${f.cell}","${f.cell}")`,
      result: f.cell,
    };
    row.getCell(2).font = { color: { argb: "FF0563C1" }, underline: true };
    row.getCell(3).value = SEVERITY_NAMES[f.severity];
    row.getCell(3).fill = { type: "pattern", pattern: "solid", fgColor: { argb: SEVERITY_FILL[f.severity] } };
    row.getCell(4).value = `${RULE_NAMES[f.rule] ?? f.rule}（${f.rule}）`;
    row.getCell(5).value = f.message;
    row.getCell(5).alignment = { wrapText: true, vertical: "top" };
  });
  [28, 9, 7, 26, 90].forEach((width, i) => (ws.getColumn(i + 1).width = width));
  if (result.findings.length > 0) ws.autoFilter = { from: "A3", to: `E${3 + result.findings.length}` };
}

/** Writes the checked copy of an already loaded workbook to `out`. */
export async function writeCheckedCopy(
  workbook: ExcelJS.Workbook,
  file: string,
  result: CheckResult,
  out: string,
): Promise<void> {
  markCells(workbook, result.findings);
  addResultsSheet(workbook, file, result);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  await workbook.xlsx.writeFile(out);
}
