/**
 * xl/workbook.xml and docProps/app.xml with the 检查结果 sheet put first. Whatever counts sheets
 * by position moves with them: defined names local to a sheet (print areas, print titles, filter
 * ranges: localSheetId), the active and first visible tab. Formulas, charts, pivot caches and
 * custom views (activeSheetId is a sheetId) name sheets otherwise and need nothing.
 */
import { Splices, XmlElement, attributeText, elementsOf, escapeText, qualified, withAttributes } from "./xml";

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface WorkbookSheet {
  name: string;
  /** The relationship id of the sheet's part. */
  relationshipId: string;
  state?: string;
}

export function workbookSheets(xml: string): WorkbookSheet[] {
  return elementsOf(xml, (e) => e.depth === 2 && e.local === "sheet", "xl/workbook.xml").map((e) => ({
    name: e.attributes.name ?? "",
    relationshipId: Object.entries(e.attributes).find(([name]) => name.endsWith(":id") && !name.startsWith("xmlns"))?.[1] ?? "",
    state: e.attributes.state,
  }));
}

/** workbook.xml with `name` as its first sheet (part `relationshipId`), selected. */
export function withFirstSheet(xml: string, name: string, relationshipId: string): string {
  const elements = elementsOf(xml, (e) => e.depth <= 2, "xl/workbook.xml");
  const root = elements[0];
  const sheets = elements.filter((e) => e.depth === 2 && e.local === "sheet");
  const splices = new Splices();

  const sheetIds = sheets.map((s) => Number(s.attributes.sheetId)).filter(Number.isFinite);
  const declared = Object.entries(root.attributes).find(([n, v]) => n.startsWith("xmlns:") && v === RELATIONSHIPS_NS);
  const idAttribute = declared ? `${declared[0].slice(6)}:id` : "r:id";
  const declaration = declared ? "" : ` xmlns:r="${RELATIONSHIPS_NS}"`;
  const first = sheets[0];
  const prefix = first?.prefix ?? root.prefix;
  const sheet = `<${qualified(prefix, "sheet")}${attributeText({ name, sheetId: Math.max(0, ...sheetIds) + 1 })} ${idAttribute}="${relationshipId}"${declaration}/>`;
  if (first) splices.insert(first.start, sheet);
  else {
    const list = elements.find((e) => e.depth === 1 && e.local === "sheets")!;
    splices.replace(list.start, list.end, `<${qualified(list.prefix, "sheets")}>${sheet}</${qualified(list.prefix, "sheets")}>`);
  }

  for (const e of elements) {
    const tag = () => xml.slice(e.start, e.openEnd);
    if (e.depth === 2 && e.local === "definedName" && e.attributes.localSheetId !== undefined) {
      const position = Number(e.attributes.localSheetId);
      if (Number.isInteger(position)) splices.replace(e.start, e.openEnd, withAttributes(tag(), { localSheetId: position + 1 }));
    }
    if (e.depth === 2 && e.local === "workbookView") {
      const changes: Record<string, number> = {};
      if (e.attributes.activeTab !== undefined) changes.activeTab = 0;
      if (e.attributes.firstSheet !== undefined) changes.firstSheet = 0;
      if (Object.keys(changes).length) splices.replace(e.start, e.openEnd, withAttributes(tag(), changes));
    }
  }
  return splices.apply(xml);
}

/**
 * docProps/app.xml's list of parts (TitlesOfParts, counted by HeadingPairs) with the new sheet
 * first among the worksheets; unchanged when the list does not name the workbook's sheets.
 */
export function withFirstSheetTitle(xml: string, name: string, sheetNames: string[]): string {
  const elements = elementsOf(xml, () => true, "docProps/app.xml");
  const within = (outer: XmlElement | undefined, local: string, depth: number) =>
    outer ? elements.filter((e) => e.local === local && e.depth === depth && e.start > outer.start && e.end <= outer.end) : [];
  const headingPairs = elements.find((e) => e.depth === 1 && e.local === "HeadingPairs");
  const titles = elements.find((e) => e.depth === 1 && e.local === "TitlesOfParts");
  const headingVector = within(headingPairs, "vector", 2)[0];
  const titleVector = within(titles, "vector", 2)[0];
  if (!headingVector || !titleVector) return xml;
  const text = (e: XmlElement) => xml.slice(e.openEnd, xml.lastIndexOf("</", e.end - 1));
  const variants = within(headingVector, "variant", 3);
  const titleItems = within(titleVector, "lpstr", 3);
  const known = new Set(sheetNames.map(escapeText));
  let offset = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const countElement = elements.find((e) => e.depth === 4 && e.start > variants[i + 1].start && e.end <= variants[i + 1].end && (e.local === "i4" || e.local === "int"));
    const count = countElement ? Number(text(countElement)) : NaN;
    if (!countElement || !Number.isInteger(count)) return xml;
    const group = titleItems.slice(offset, offset + count);
    if (group.length && group.every((t) => known.has(text(t)))) {
      const splices = new Splices();
      splices.replace(countElement.openEnd, xml.lastIndexOf("</", countElement.end - 1), String(count + 1));
      const first = group[0];
      splices.insert(first.start, `<${qualified(first.prefix, "lpstr")}>${escapeText(name)}</${qualified(first.prefix, "lpstr")}>`);
      const size = Number(titleVector.attributes.size);
      if (Number.isInteger(size)) splices.replace(titleVector.start, titleVector.openEnd, withAttributes(xml.slice(titleVector.start, titleVector.openEnd), { size: size + 1 }));
      return splices.apply(xml);
    }
    offset += count;
  }
  return xml;
}

