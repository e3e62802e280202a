/**
 * xlsx packages as real writers other than ExcelJS make them, made in the test from an ExcelJS
 * workbook by rewriting its parts: other part names, inline strings, strict namespaces, element
 * prefixes, extension lists, charts. Small on disk; nothing is read from outside the repository.
 */
import { Parts, text } from "../fixtures/packageParts";

export type { Parts } from "../fixtures/packageParts";
export { packageOf, partsOf, text } from "../fixtures/packageParts";

export const sheetParts = (parts: Parts) => Object.keys(parts).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort();

/** Moves every worksheet to `xl/工作表/项目N.xml` (relationships and content types follow). */
export function renameSheetParts(parts: Parts): void {
  for (const name of sheetParts(parts)) {
    const n = /sheet(\d+)\.xml$/.exec(name)![1];
    const to = `xl/工作表/项目${n}.xml`;
    parts[to] = parts[name];
    delete parts[name];
    const rels = `xl/worksheets/_rels/sheet${n}.xml.rels`;
    if (parts[rels]) {
      // The new folder is as deep as the old: the sheet's relative targets still resolve.
      parts[`xl/工作表/_rels/项目${n}.xml.rels`] = parts[rels];
      delete parts[rels];
    }
    parts["xl/_rels/workbook.xml.rels"] = text(parts, "xl/_rels/workbook.xml.rels").replace(`worksheets/sheet${n}.xml"`, `${encodeURI(`工作表/项目${n}.xml`)}"`);
    parts["[Content_Types].xml"] = text(parts, "[Content_Types].xml").replace(`/xl/worksheets/sheet${n}.xml"`, `/${to}"`);
  }
}

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** Every shared string written inline (`t="inlineStr"`), and the shared strings part removed. */
export function inlineStrings(parts: Parts): void {
  const sst = [...text(parts, "xl/sharedStrings.xml").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
  for (const name of sheetParts(parts)) {
    parts[name] = text(parts, name).replace(/<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_m, a: string, b: string, i: string) => `<c ${a}t="inlineStr"${b}><is>${sst[Number(i)]}</is></c>`);
  }
  removeSharedStrings(parts);
}

export function removeSharedStrings(parts: Parts): void {
  delete parts["xl/sharedStrings.xml"];
  parts["xl/_rels/workbook.xml.rels"] = text(parts, "xl/_rels/workbook.xml.rels").replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, "");
  parts["[Content_Types].xml"] = text(parts, "[Content_Types].xml").replace(/<Override [^>]*sharedStrings[^>]*\/>/, "");
}

/** ISO/IEC 29500 strict: the purl.oclc.org namespaces and relationship types, as Excel's "Strict Open XML" saves. */
export function strict(parts: Parts): void {
  for (const [name, content] of Object.entries(parts)) {
    if (typeof content !== "string") continue;
    parts[name] = content
      .replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, "http://purl.oclc.org/ooxml/spreadsheetml/main")
      .replace(/http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g, "http://purl.oclc.org/ooxml/officeDocument/relationships");
  }
}

/** Every element of the sheets prefixed (`<x:c>`), the prefix bound on the root. */
export function prefixElements(parts: Parts): void {
  for (const name of sheetParts(parts)) {
    parts[name] = text(parts, name)
      .replace(/<(\/?)(?!\?)([A-Za-z][\w]*)([\s>/])/g, (_m, slash: string, tag: string, after: string) => `<${slash}x:${tag}${after}`)
      .replace(/<x:worksheet xmlns="([^"]+)"/, '<x:worksheet xmlns:x="$1"');
  }
}

/** An extension list inside the cell of each sheet's first number (legal: CT_Cell has extLst, Part 1 §18.3.1.4). */
export function extensionListInCells(parts: Parts): void {
  const ext = '<extLst><ext uri="{00000000-0000-0000-0000-000000000001}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:c><x14:v>999</x14:v><x14:t>不是值</x14:t></x14:c></ext></extLst>';
  for (const name of sheetParts(parts)) {
    parts[name] = text(parts, name).replace(/(<c [^>]*>)(<v>[^<]*<\/v>)(<\/c>)/g, `$1$2${ext}$3`);
  }
}

/**
 * A chart on the first sheet the way openpyxl writes one (a drawing with a oneCellAnchor and a
 * chart part; ExcelJS fails to load such a file, toolchain.md).
 */
export function openpyxlChart(parts: Parts): void {
  const [first] = sheetParts(parts);
  const n = /sheet(\d+)\.xml$/.exec(first)![1];
  parts[first] = text(parts, first).replace("</worksheet>", '<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChart"/></worksheet>');
  parts[`xl/worksheets/_rels/sheet${n}.xml.rels`] =
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="/xl/drawings/drawing1.xml"/></Relationships>';
  parts["xl/drawings/drawing1.xml"] =
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:oneCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="5400000" cy="2700000"/><xdr:graphicFrame><xdr:nvGraphicFramePr><xdr:cNvPr id="1" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>';
  parts["xl/drawings/_rels/drawing1.xml.rels"] =
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="/xl/charts/chart1.xml"/></Relationships>';
  parts["xl/charts/chart1.xml"] =
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Sheet1!$E$6:$E$9</c:f></c:numRef></c:val></c:ser><c:axId val="10"/><c:axId val="100"/></c:barChart></c:plotArea></c:chart></c:chartSpace>';
  parts["[Content_Types].xml"] = text(parts, "[Content_Types].xml").replace(
    "</Types>",
    '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
  );
}
