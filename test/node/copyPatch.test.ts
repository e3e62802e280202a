/**
 * The package patch on the shapes real files take that the example does not: cells and rows the
 * file does not hold, prefixed namespaces, a stylesheet without fills, a note as plain text,
 * Excel's own VML with an id map, names local to a sheet, an app.xml in Chinese, text that XML
 * cannot hold.
 */
import { strict as assert } from "assert";
import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import type { CheckResult } from "../../src/core/check";
import type { Finding } from "../../src/core/model";
import { checkedCopy } from "../../src/node/writeChecked";
import { withAttributes, xstring } from "../../src/node/copy/xml";
import { packageParts } from "../support/featureWorkbooks";
import { assertMark } from "../support/marks";
import { xmlDiff } from "../support/xmlDiff";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const decl = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

interface Book {
  sheets: { name: string; xml: string; rels?: string; state?: string }[];
  styles?: string;
  workbookExtra?: string;
  other?: Record<string, string>;
  app?: string;
  /** workbook.xml in a prefix (x:), as some programs write it (ExcelJS cannot read that). */
  prefixed?: boolean;
}

function xlsx(book: Book): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const overrides = book.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("");
  files["[Content_Types].xml"] = enc(`${decl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${book.styles !== undefined ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' : ""}${overrides}${book.app ? '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' : ""}</Types>`);
  files["_rels/.rels"] = enc(`${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>${book.app ? `<Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` : ""}</Relationships>`);
  if (book.app) files["docProps/app.xml"] = enc(book.app);
  const x = book.prefixed ? "x:" : "";
  const sheets = book.sheets.map((s, i) => `<${x}sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("");
  files["xl/workbook.xml"] = enc(`${decl}<${x}workbook xmlns${book.prefixed ? ":x" : ""}="${MAIN}" xmlns:r="${REL}"><${x}sheets>${sheets}</${x}sheets>${book.workbookExtra ?? ""}</${x}workbook>`);
  const rels = book.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  files["xl/_rels/workbook.xml.rels"] = enc(`${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}${book.styles !== undefined ? `<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>` : ""}</Relationships>`);
  if (book.styles !== undefined) files["xl/styles.xml"] = enc(book.styles);
  book.sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = enc(s.xml);
    if (s.rels) files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = enc(s.rels);
  });
  for (const [name, text] of Object.entries(book.other ?? {})) files[name] = enc(text);
  return zipSync(files);
}

const finding = (sheet: string, cell: string, severity: Finding["severity"] = "error", message = "总分应为 81.27"): Finding => ({ rule: "TOTAL_SUM", severity, sheet, cell, message });
const result = (sheets: string[], findings: Finding[]): CheckResult => ({ sheets: sheets.map((name) => ({ name, kind: "other" as const })), findings });

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

const STYLES = `${decl}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="2" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment wrapText="1"/></xf></cellXfs></styleSheet>`;

describe("the package patch of the checked copy", () => {
  for (const x of ["x:", ""]) {
  it(`adds a cell the file does not hold, in its row (in column order) or in a new row (in row order), with the style its row or column showed${x ? " (XML in a prefix)" : ""}`, async () => {
    const sheet = `${decl}<${x}worksheet xmlns${x ? ":x" : ""}="${MAIN}" xmlns:r="${REL}"><${x}dimension ref="A1:C3"/><${x}cols><${x}col min="4" max="4" width="9" style="1" customWidth="1"/></${x}cols><${x}sheetData>` +
      `<${x}row r="1" spans="1:3"><${x}c r="A1" s="2"><${x}v>1</${x}v></${x}c><${x}c r="C1"><${x}v>3</${x}v></${x}c></${x}row>` +
      `<${x}row r="3" s="2" customFormat="1"/>` +
      `<${x}row r="9"><${x}c r="A9"><${x}v>9</${x}v></${x}c></${x}row></${x}sheetData></${x}worksheet>`;
    const input = xlsx({ sheets: [{ name: "S", xml: sheet }], styles: STYLES, prefixed: !!x });
    const copy = checkedCopy(input, "s.xlsx", result(["S"], [finding("S", "B1"), finding("S", "D1", "warning"), finding("S", "B3"), finding("S", "B5"), finding("S", "A9", "info")]));
    const before = packageParts(input);
    const after = packageParts(copy);
    const diff = xmlDiff(dec(before.get("xl/worksheets/sheet1.xml")!), dec(after.get("xl/worksheets/sheet1.xml")!));
    assert.deepEqual(diff.sort(), [
      "+ worksheet/legacyDrawing",
      "+ worksheet/sheetData/row[1]/c[B1]",
      "+ worksheet/sheetData/row[1]/c[D1]",
      "+ worksheet/sheetData/row[3]/c[B3]",
      "+ worksheet/sheetData/row[5]",
      "worksheet/dimension @ref A1:C3→A1:D5",
      "worksheet/sheetData/row[1] @spans 1:3→1:4",
      "worksheet/sheetData/row[9]/c[A9] @s →6",
    ].sort());
    const xml = dec(after.get("xl/worksheets/sheet1.xml")!);
    const order = `<x:c r="A1" s="2">.*<x:c r="B1" s="\\d+"/><x:c r="C1">.*<x:c r="D1" s="\\d+"/></x:row><x:row r="3" s="2" customFormat="1"><x:c r="B3" s="\\d+"/></x:row><x:row r="5"><x:c r="B5" s="\\d+"/></x:row><x:row r="9">`;
    assert.match(xml, new RegExp(order.replace(/x:/g, x)));
    if (x) return; // (ExcelJS reads no prefixed workbook)
    const wb = await workbookOf(copy);
    const ws = wb.getWorksheet("S")!;
    assertMark(ws.getCell("B1").fill, "error", "B1");
    assert.equal(ws.getCell("D1").numFmt, "0.00", "D1 keeps its column's format");
    assertMark(ws.getCell("D1").fill, "warning", "D1");
    assert.equal(ws.getCell("B3").alignment?.wrapText, true, "B3 keeps its row's format");
    assertMark(ws.getCell("A9").fill, "info", "A9");
    assert.equal((ws.getCell("A1").fill as ExcelJS.FillPattern | undefined)?.pattern ?? "none", "none");
    assert.equal(ws.getCell("A9").value, 9);
  });
  }

  it("opens an empty <sheetData/> and a self-closing <row/> for the cells it adds", async () => {
    const empty = `${decl}<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`;
    const row = `${decl}<worksheet xmlns="${MAIN}"><sheetData><row r="2" spans="1:1"/></sheetData></worksheet>`;
    const input = xlsx({ sheets: [{ name: "E", xml: empty }, { name: "R", xml: row }], styles: STYLES });
    const copy = checkedCopy(input, "s.xlsx", result(["E", "R"], [finding("E", "C3"), finding("R", "B2", "warning")]));
    const out = packageParts(copy);
    assert.match(dec(out.get("xl/worksheets/sheet1.xml")!), /<sheetData><row r="3"><c r="C3" s="\d+"\/><\/row><\/sheetData>/);
    assert.match(dec(out.get("xl/worksheets/sheet2.xml")!), /<sheetData><row r="2" spans="1:2"><c r="B2" s="\d+"\/><\/row><\/sheetData>/);
    const wb = await workbookOf(copy);
    assertMark(wb.getWorksheet("E")!.getCell("C3").fill, "error", "E!C3");
    assertMark(wb.getWorksheet("R")!.getCell("B2").fill, "warning", "R!B2");
  });

  it("writes new styles in the stylesheet's own prefix, and adds the fills a stylesheet without them lacks", () => {
    const styles = `${decl}<s:styleSheet xmlns:s="${MAIN}"><s:fonts count="1"><s:font><s:sz val="10"/><s:name val="Arial"/></s:font></s:fonts><s:cellXfs count="1"><s:xf numFmtId="0" fontId="0" borderId="0"/></s:cellXfs></s:styleSheet>`;
    const sheet = `${decl}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`;
    const copy = checkedCopy(xlsx({ sheets: [{ name: "S", xml: sheet }], styles }), "s.xlsx", result(["S"], [finding("S", "A1")]));
    const out = dec(packageParts(copy).get("xl/styles.xml")!);
    assert.match(out, /<s:fonts count="4"><s:font><s:sz val="10"\/><s:name val="Arial"\/><\/s:font><s:font><s:b\/><s:sz val="14"\/><s:name val="Arial"\/><\/s:font>/);
    assert.match(out, /<s:fills count="\d+"><s:fill><s:patternFill patternType="none"\/><\/s:fill><s:fill><s:patternFill patternType="gray125"\/><\/s:fill><s:fill><s:patternFill patternType="solid"><s:fgColor rgb="FFFFC7CE"\/>/);
    assert.ok(out.indexOf("<s:fills") < out.indexOf("<s:cellXfs"), "fills before cellXfs, as the schema orders them");
    assert.doesNotMatch(out, /<(?!s:|\/s:|\?xml)/, "every element in the s: prefix");
    assert.match(dec(packageParts(copy).get("xl/worksheets/sheet1.xml")!), /<c r="A1" t="inlineStr" s="1">/);
  });

  it("makes a stylesheet for a package without one", async () => {
    const sheet = `${decl}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
    const copy = checkedCopy(xlsx({ sheets: [{ name: "S", xml: sheet }] }), "s.xlsx", result(["S"], [finding("S", "A1")]));
    const ws = (await workbookOf(copy)).getWorksheet("S")!;
    assert.equal((ws.getCell("A1").fill as ExcelJS.FillPattern).fgColor?.argb, "FFFFC7CE");
    assert.match(dec(packageParts(copy).get("[Content_Types].xml")!), /PartName="\/xl\/styles\.xml"/);
  });

  it("appends a finding to a note of plain text and to one of runs; adds boxes in a new VML id block", async () => {
    const sheet = `${decl}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row></sheetData><legacyDrawing r:id="rId2"/></worksheet>`;
    const rels = `${decl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/comments" Target="../comments1.xml"/><Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>`;
    const comments = `${decl}<comments xmlns="${MAIN}"><authors><author>张三</author></authors><commentList><comment ref="A1" authorId="0"><text><t>plain note</t></text></comment><comment ref="B1" authorId="0"><text><r><rPr><b/><sz val="9"/></rPr><t>张三:</t></r><r><rPr><sz val="9"/></rPr><t xml:space="preserve">
请核对</t></r></text></comment></commentList></comments>`;
    // As Excel writes it: an id map, shapes numbered in its block, single-quoted attributes.
    const vml = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202"><v:textbox><div style='text-align:left'></div></v:textbox><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape><v:shape id="_x0000_s1026" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>0</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>`;
    const input = xlsx({
      sheets: [{ name: "S", xml: sheet, rels }],
      styles: STYLES,
      other: { "xl/comments1.xml": comments, "xl/drawings/vmlDrawing1.vml": vml },
    });
    const withVml = dec(packageParts(input).get("[Content_Types].xml")!).replace("</Types>", '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/></Types>');
    const parts = packageParts(input);
    parts.set("[Content_Types].xml", enc(withVml));
    const fixed = zipSync(Object.fromEntries(parts));
    const copy = checkedCopy(fixed, "s.xlsx", result(["S"], [finding("S", "A1"), finding("S", "B1", "warning", "扣分未写原因"), finding("S", "C1", "info", "指标修改")]));
    const out = packageParts(copy);
    const commentsOut = dec(out.get("xl/comments1.xml")!);
    assert.match(commentsOut, /<comment ref="A1" authorId="0"><text><t xml:space="preserve">plain note\n\n\[错误\] 总分合计：总分应为 81\.27<\/t><\/text><\/comment>/);
    assert.match(commentsOut, /<t xml:space="preserve">\n请核对<\/t><\/r><r><rPr><sz val="9"\/><\/rPr><t xml:space="preserve">\n\n\[警告\] 总分合计：扣分未写原因<\/t><\/r><\/text>/);
    assert.match(commentsOut, /<authors><author>张三<\/author><author>绩效自评助手<\/author><\/authors>/);
    assert.match(commentsOut, /<comment ref="C1" authorId="1">/);
    const vmlOut = dec(out.get("xl/drawings/vmlDrawing1.vml")!);
    assert.ok(vmlOut.startsWith(vml.slice(0, vml.indexOf('data="1"'))));
    assert.match(vmlOut, /<o:idmap v:ext="edit" data="1,2"\/>/);
    assert.match(vmlOut, /<v:shape id="_x0000_s2049" type="#_x0000_t202"[^>]*visibility:hidden[\s\S]*<x:Row>0<\/x:Row><x:Column>2<\/x:Column>/);
    assert.equal((vmlOut.match(/<v:shape /g) ?? []).length, 3, "a box for the new note only");
    assert.ok(vmlOut.includes("<v:shape id=\"_x0000_s1025\" type=\"#_x0000_t202\"><v:textbox><div style='text-align:left'></div></v:textbox>"), "the rest as it was");
    assert.equal(dec(out.get("xl/worksheets/sheet1.xml")!).match(/legacyDrawing/g)!.length, 1);
    const ws = (await workbookOf(copy)).getWorksheet("S")!;
    const text = (c: string) => ((ws.getCell(c).note as ExcelJS.Comment).texts ?? []).map((t) => t.text).join("");
    assert.equal(text("B1"), "张三:\n请核对\n\n[警告] 总分合计：扣分未写原因");
    assert.equal(text("C1"), "[提示] 总分合计：指标修改");
  });

  it("moves names local to a sheet, the active tab and the first tab by one; unselects the selected tab", () => {
    const sheet = (selected: boolean) => `${decl}<worksheet xmlns="${MAIN}"><sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0"/></sheetViews><sheetData/></worksheet>`;
    const extra = `<x:bookViews><x:workbookView activeTab="1" firstSheet="1"/></x:bookViews><x:definedNames><x:definedName name="_xlnm.Print_Area" localSheetId="1">B!$A$1:$H$20</x:definedName><x:definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">A!$A$1:$B$2</x:definedName><x:definedName name="合计">B!$D$6</x:definedName></x:definedNames>`;
    const input = xlsx({ sheets: [{ name: "A", xml: sheet(false) }, { name: "B", xml: sheet(true) }], styles: STYLES, workbookExtra: extra, prefixed: true });
    const out = packageParts(checkedCopy(input, "s.xlsx", result(["A", "B"], [])));
    assert.deepEqual(xmlDiff(dec(packageParts(input).get("xl/workbook.xml")!), dec(out.get("xl/workbook.xml")!)).sort(), [
      "+ workbook/sheets/sheet[检查结果]",
      "workbook/bookViews/workbookView @activeTab 1→0",
      "workbook/bookViews/workbookView @firstSheet 1→0",
      "workbook/definedNames/definedName[_xlnm.Print_Area] @localSheetId 1→2",
      "workbook/definedNames/definedName[_xlnm._FilterDatabase] @localSheetId 0→1",
    ].sort());
    assert.match(dec(out.get("xl/workbook.xml")!), /<x:sheets><x:sheet name="检查结果" sheetId="3" r:id="rId\d+"\/><x:sheet name="A"/);
    assert.deepEqual(xmlDiff(sheet(true), dec(out.get("xl/worksheets/sheet2.xml")!)), ["worksheet/sheetViews/sheetView @tabSelected 1→"]);
    assert.equal(dec(out.get("xl/worksheets/sheet1.xml")!), sheet(false), "a sheet with nothing to change keeps its bytes");
    const list = dec(out.get("xl/worksheets/sheet3.xml")!);
    assert.match(list, /tabSelected="1"/);
    assert.match(list, /未发现问题/);
  });

  it("names the new sheet in an app.xml written by a Chinese Excel (工作表, 命名范围)", () => {
    const app = `${decl}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>A</vt:lpstr><vt:lpstr>B&amp;C</vt:lpstr><vt:lpstr>B&amp;C!Print_Area</vt:lpstr></vt:vector></TitlesOfParts></Properties>`;
    const sheet = `${decl}<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`;
    const out = dec(packageParts(checkedCopy(xlsx({ sheets: [{ name: "A", xml: sheet }, { name: "B&amp;C", xml: sheet }], styles: STYLES, app }), "s.xlsx", result(["A", "B&C"], []))).get("docProps/app.xml")!);
    assert.match(out, /<vt:lpstr>工作表<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>3<\/vt:i4>/);
    assert.match(out, /<vt:vector size="4" baseType="lpstr"><vt:lpstr>检查结果<\/vt:lpstr><vt:lpstr>A<\/vt:lpstr><vt:lpstr>B&amp;C<\/vt:lpstr><vt:lpstr>B&amp;C!Print_Area<\/vt:lpstr>/);
    assert.match(out, /<vt:lpstr>命名范围<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>1<\/vt:i4>/);
  });

  it("takes the next free name when the workbook has a sheet 检查结果, and says which findings are on hidden sheets", async () => {
    const sheet = `${decl}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
    const input = xlsx({ sheets: [{ name: "检查结果", xml: sheet }, { name: "H", xml: sheet, state: "hidden" }], styles: STYLES });
    const checked: CheckResult = { sheets: [{ name: "检查结果", kind: "other" }, { name: "H", kind: "other", visibility: "hidden" }], findings: [finding("H", "A1")] };
    const wb = await workbookOf(checkedCopy(input, "s.xlsx", checked));
    assert.deepEqual(wb.worksheets.map((w) => w.name), ["检查结果 (2)", "检查结果", "H"]);
    assert.equal(wb.worksheets[0].getCell("A4").value, "H（隐藏）");
  });

  it("writes text XML cannot hold as Excel does (_xHHHH_), and protects a literal _xHHHH_", async () => {
    assert.equal(xstring("a\u0001b_x0041_<&>"), "a_x0001_b_x005F_x0041_&lt;&amp;&gt;");
    const sheet = `${decl}<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
    const copy = checkedCopy(xlsx({ sheets: [{ name: "S", xml: sheet }], styles: STYLES }), "s.xlsx", result(["S"], [finding("S", "A1", "error", "表中为“\u0007x”")]));
    const wb = await workbookOf(copy);
    assert.match(String(wb.worksheets[0].getCell("E4").value), /表中为“_x0007_x”|表中为“\u0007x”/);
  });

  it("withAttributes changes one attribute and keeps the others' bytes and order", () => {
    assert.equal(withAttributes('<c r="A1" s="3" t="s">', { s: 7 }), '<c r="A1" s="7" t="s">');
    assert.equal(withAttributes(`<c r="A1" t='a s="1"'>`, { s: 7 }), `<c r="A1" t='a s="1"' s="7">`);
    assert.equal(withAttributes('<c r="A1" s="3"/>', { s: null, x: 'a"b' }), '<c r="A1" x="a&quot;b"/>');
    assert.equal(withAttributes("<c/>", { s: 2 }), '<c s="2"/>');
  });
});
