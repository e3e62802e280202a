/**
 * The 检查结果 sheet of the checked copy, written as worksheet XML: a title, the counts, and one
 * row per finding with a link to its cell (core/findingsList), frozen under its header and
 * filterable. Text is inline, so the workbook's shared strings stay as they were.
 */
import * as path from "path";
import type { CheckResult } from "../../core/check";
import { countBySeverity } from "../../core/check";
import { LINK_COLUMN, RESULTS_HEADER, linkFormula, resultRow } from "../../core/findingsList";
import { a1 } from "../../core/grid";
import type { Severity } from "../../core/model";
import { StylesPatch } from "./styles";
import { attributeText, escapeText, xstring } from "./xml";

const WIDTHS = [28, 9, 7, 26, 90];
const HEADER_ROW = 2; // 0-based: the third row

const inline = (row: number, col: number, text: string, style = 0) =>
  `<c${attributeText({ r: a1(row, col), ...(style ? { s: style } : {}), t: "inlineStr" })}><is><t xml:space="preserve">${xstring(text)}</t></is></c>`;

export function resultsSheetXml(file: string, result: CheckResult, styles: StylesPatch): string {
  const title = styles.newFormat({ font: { bold: true, size: 14 } });
  const bold = styles.newFormat({ font: { bold: true } });
  const link = styles.newFormat({ font: { underline: true, color: "FF0563C1" } });
  const wrap = styles.newFormat({ wrap: true });
  const severity = {} as Record<Severity, number>;
  for (const s of ["error", "warning", "info"] as Severity[]) severity[s] = styles.newFormat({ fill: s });
  const hidden = new Set(result.sheets.filter((s) => s.visibility).map((s) => s.name));

  const counts = countBySeverity(result.findings);
  const projects = result.sheets.filter((s) => s.kind === "project").length;
  const rows: string[] = [
    `<row r="1">${inline(0, 0, `检查结果：${path.basename(file)}`, title)}</row>`,
    `<row r="2">${inline(1, 0, `${projects} 个项目，${counts.errors} 个错误，${counts.warnings} 个警告，${counts.infos} 个提示`)}</row>`,
    `<row r="3">${RESULTS_HEADER.map((h, c) => inline(HEADER_ROW, c, h, bold)).join("")}</row>`,
  ];
  result.findings.forEach((f, i) => {
    const row = HEADER_ROW + 1 + i;
    const values = resultRow(f);
    // A link cannot open a hidden sheet: the list says why.
    if (hidden.has(f.sheet)) values[0] = `${f.sheet}（隐藏）`;
    const cells = values.map((text, c) => {
      if (c === LINK_COLUMN) {
        const formula = linkFormula(f.sheet, f.cell).slice(1);
        return `<c${attributeText({ r: a1(row, c), s: link, t: "str" })}><f>${escapeText(formula)}</f><v>${escapeText(f.cell)}</v></c>`;
      }
      return inline(row, c, text, c === 2 ? severity[f.severity] : c === 4 ? wrap : 0);
    });
    rows.push(`<row r="${row + 1}">${cells.join("")}</row>`);
  });
  if (result.findings.length === 0) rows.push(`<row r="4">${inline(3, 4, "未发现问题")}</row>`);

  const last = HEADER_ROW + Math.max(result.findings.length, 1) + 1;
  const cols = WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="A1:E${last}"/>` +
    '<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane ySplit="3" topLeftCell="A4" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A4" sqref="A4"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows.join("")}</sheetData>` +
    (result.findings.length ? `<autoFilter ref="A3:E${last}"/>` : "") +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    "</worksheet>"
  );
}
