/**
 * The checked copy: the user's workbook plus the marks, nothing else. The xlsx package is patched,
 * never loaded and saved again: every part the marks do not touch comes back byte for byte
 * (charts, pivot tables, external links, images, custom XML, properties, a VBA project). What
 * changes, exactly:
 *   - each finding's cell refers to a new cell format, its own format with the fill of its most
 *     severe finding (new fills and formats appended to styles.xml);
 *   - the cell's note gets the findings, appended to a note it already has (comments, VML);
 *   - a first sheet 检查结果 lists every finding with a link to its cell, and is the open tab;
 *     the lists that name sheets (workbook.xml, its relationships, [Content_Types].xml,
 *     docProps/app.xml) name it, and what counts sheets by position moves by one.
 * Values are never touched; the input file is never written.
 */
import type { CheckResult } from "../core/check";
import { inSheetGrid, parseA1 } from "../core/grid";
import type { Finding, Severity } from "../core/model";
import { RESULTS_SHEET } from "../core/findingsList";
import { RULE_NAMES, SEVERITY_NAMES, SEVERITY_RANK } from "../core/ruleNames";
import { uniqueSheetName } from "../core/templateSheet";
import { addNotes } from "./copy/notes";
import { CONTENT_TYPES, RELATIONSHIP_TYPES, XlsxPackage } from "./copy/package";
import { resultsSheetXml } from "./copy/resultsSheet";
import { SheetPatch } from "./copy/sheetPatch";
import { MINIMAL_STYLES, StylesPatch } from "./copy/styles";
import { withFirstSheet, withFirstSheetTitle, workbookSheets } from "./copy/workbookPatch";

export { PartError } from "./copy/xml";

/** The extension a copy must keep: Excel refuses a macro workbook or a template under another one. */
const EXTENSIONS: Record<string, string> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": ".xlsx",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": ".xlsm",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": ".xltx",
  "application/vnd.ms-excel.template.macroEnabled.main+xml": ".xltm",
};

function workbookPart(pkg: XlsxPackage): string {
  const main = pkg.relationships("").find((r) => r.type === RELATIONSHIP_TYPES.officeDocument && !r.external);
  if (!main || !pkg.has(main.target)) throw new Error("工作簿缺少 workbook.xml");
  return main.target;
}

/** `.xlsx`, `.xlsm`, `.xltx` or `.xltm`: what the workbook is, by its main part's content type. */
export function copyExtension(input: Uint8Array): string {
  const pkg = XlsxPackage.read(input);
  return EXTENSIONS[pkg.contentType(workbookPart(pkg)) ?? ""] ?? ".xlsx";
}

interface MarkedCell {
  sheet: string;
  cell: string;
  severity: Severity;
  note: string;
}

/** One mark per cell: the fill of its most severe finding, a note listing them all. */
function markedCells(findings: Finding[]): MarkedCell[] {
  const byCell = new Map<string, Finding[]>();
  for (const f of findings) {
    const at = parseA1(f.cell);
    if (!at || !inSheetGrid(at.row, at.col)) continue;
    const key = `${f.sheet}\u0000${f.cell}`;
    if (!byCell.has(key)) byCell.set(key, []);
    byCell.get(key)!.push(f);
  }
  return [...byCell.values()].map((list) => {
    const worst = list.reduce((a, b) => (SEVERITY_RANK[b.severity] < SEVERITY_RANK[a.severity] ? b : a));
    const note = list.map((f) => `[${SEVERITY_NAMES[f.severity]}] ${RULE_NAMES[f.rule] ?? f.rule}：${f.message}`).join("\n");
    return { sheet: list[0].sheet, cell: list[0].cell.replace(/\$/g, "").toUpperCase(), severity: worst.severity, note };
  });
}

const SELECTED_TAB = /\btabSelected\s*=\s*["'](1|true)["']/;

/** The checked copy of the workbook `input` (the file's bytes) as the bytes of a file of the same kind. */
export function checkedCopy(input: Uint8Array, file: string, result: CheckResult): Uint8Array {
  const pkg = XlsxPackage.read(input);
  const wbPart = workbookPart(pkg);
  const wbRels = pkg.relationships(wbPart);
  const sheets = workbookSheets(pkg.text(wbPart)!).map((s) => ({ ...s, part: wbRels.find((r) => r.id === s.relationshipId && !r.external)?.target }));

  let stylesPart = wbRels.find((r) => r.type === RELATIONSHIP_TYPES.styles && !r.external)?.target;
  if (!stylesPart || !pkg.has(stylesPart)) {
    stylesPart = pkg.freeName((n) => (n === 1 ? "xl/styles.xml" : `xl/styles${n}.xml`));
    pkg.setText(stylesPart, MINIMAL_STYLES);
    pkg.addOverride(stylesPart, CONTENT_TYPES.styles);
    pkg.addRelationship(wbPart, RELATIONSHIP_TYPES.styles, stylesPart);
  }
  const styles = new StylesPatch(pkg.text(stylesPart)!);

  const marks = markedCells(result.findings);
  for (const sheet of sheets) {
    if (!sheet.part || !pkg.has(sheet.part)) continue;
    const mine = marks.filter((m) => m.sheet === sheet.name);
    const xml = pkg.text(sheet.part)!;
    if (mine.length === 0 && !SELECTED_TAB.test(xml)) continue;
    const patch = new SheetPatch(xml, sheet.part);
    for (const m of mine) patch.paint(m.cell, m.severity, styles);
    addNotes(pkg, sheet.part, patch, mine.map((m) => ({ cell: m.cell, text: m.note })));
    patch.unselectTab();
    const patched = patch.toXml();
    if (patched !== xml) pkg.setText(sheet.part, patched);
  }

  const name = uniqueSheetName(RESULTS_SHEET, sheets.map((s) => s.name));
  const resultsPart = pkg.freeName((n) => `xl/worksheets/sheet${n}.xml`);
  pkg.setText(resultsPart, resultsSheetXml(file, result, styles));
  pkg.addOverride(resultsPart, CONTENT_TYPES.worksheet);
  const id = pkg.addRelationship(wbPart, RELATIONSHIP_TYPES.worksheet, resultsPart);
  pkg.setText(wbPart, withFirstSheet(pkg.text(wbPart)!, name, id));
  pkg.setText(stylesPart, styles.toXml());

  const app = pkg.relationships("").find((r) => r.type === RELATIONSHIP_TYPES.extendedProperties && !r.external)?.target;
  const appXml = app && pkg.text(app);
  if (app && appXml) {
    const patched = withFirstSheetTitle(appXml, name, sheets.map((s) => s.name));
    if (patched !== appXml) pkg.setText(app, patched);
  }
  return pkg.write();
}
