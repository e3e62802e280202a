/**
 * The 检查结果 sheet's rows: one per finding with a link to its cell. Both the command line's
 * checked copy (ExcelJS) and the add-in's exported copy (Excel) write these.
 */
import type { Finding } from "./model";
import { RULE_NAMES, SEVERITY_NAMES } from "./ruleNames";
import { quoteSheet } from "./templateSheet";

export const RESULTS_SHEET = "检查结果";
export const RESULTS_HEADER = ["工作表", "单元格", "级别", "规则", "说明"] as const;
/** Column of the link in a row (0-based). */
export const LINK_COLUMN = 1;

/** =HYPERLINK("#'Sheet'!C5","C5"): a link inside the workbook that works in any spreadsheet program. */
export function linkFormula(sheet: string, cell: string): string {
  const target = `#${quoteSheet(sheet)}!${cell}`;
  return `=HYPERLINK("${target.replace(/"/g, '""')}","${cell}")`;
}

/** A finding as the list shows it; the cell column holds the address (the link is written over it). */
export function resultRow(f: Finding): [string, string, string, string, string] {
  return [f.sheet, f.cell, SEVERITY_NAMES[f.severity], `${RULE_NAMES[f.rule] ?? f.rule}（${f.rule}）`, f.message];
}

/** The list's rows; one line saying so when there is nothing to list. */
export function resultRows(findings: Finding[]): string[][] {
  if (findings.length === 0) return [["", "", "", "", "未发现问题"]];
  return findings.map(resultRow);
}
