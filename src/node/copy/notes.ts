/**
 * Notes (legacy comments) on the flagged cells: xl/commentsN.xml holds their text, a VML drawing
 * the boxes Excel shows. A finding is appended to a note the cell already has, never replaces it;
 * a cell without one gets a new note, hidden until the pointer rests on the cell, as Excel makes them.
 */
import { parseA1 } from "../../core/grid";
import { CONTENT_TYPES, RELATIONSHIP_TYPES, XlsxPackage } from "./package";
import { SheetPatch } from "./sheetPatch";
import { Splices, XmlElement, appendInside, attributeText, elementsOf, qualified, withAttributes, xstring } from "./xml";

export const NOTE_AUTHOR = "绩效自评助手";

export interface Note {
  /** A1 address, no "$". */
  cell: string;
  text: string;
}

const VML_NS = { v: "urn:schemas-microsoft-com:vml", o: "urn:schemas-microsoft-com:office:office", x: "urn:schemas-microsoft-com:office:excel" };

const COMMENTS_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>';

/** The note box: the shape type every Excel note uses. */
const NOTE_SHAPETYPE = (v: string, o: string) =>
  `<${v}:shapetype id="_x0000_t202" coordsize="21600,21600" ${o}:spt="202" path="m,l,21600r21600,l21600,xe"><${v}:stroke joinstyle="miter"/><${v}:path gradientshapeok="t" ${o}:connecttype="rect"/></${v}:shapetype>`;

/** Numbers of VML shapes (_x0000_sN) and id blocks (o:idmap data) in use anywhere in the package. */
function vmlIdsInUse(pkg: XlsxPackage): { blocks: number[]; shapes: number[] } {
  const blocks: number[] = [];
  const shapes: number[] = [];
  for (const name of pkg.names().filter((n) => n.toLowerCase().endsWith(".vml"))) {
    const text = pkg.text(name) ?? "";
    for (const m of text.matchAll(/idmap\b[^>]*\bdata\s*=\s*["']([\d,\s]*)["']/g)) for (const n of m[1].split(",")) if (n.trim()) blocks.push(Number(n));
    for (const m of text.matchAll(/_x0000_s(\d+)/g)) shapes.push(Number(m[1]));
  }
  return { blocks, shapes };
}

/** The note's box: right of the cell, a few rows tall for the findings' lines. */
function noteShape(note: Note, id: number, prefixes: typeof VML_NS, declarations: string): string {
  const at = parseA1(note.cell)!;
  const { v, o, x } = prefixes;
  const lines = note.text.split("\n").length;
  const height = Math.min(Math.max(4, lines * 2 + 1), 24);
  return (
    `<${v}:shape id="_x0000_s${id}" type="#_x0000_t202"${declarations} style="position:absolute;margin-left:80pt;margin-top:2pt;width:260pt;height:${height * 15}pt;z-index:${id % 1024};visibility:hidden" fillcolor="#ffffe1" ${o}:insetmode="auto">` +
    `<${v}:fill color2="#ffffe1"/><${v}:shadow on="t" color="black" obscured="t"/><${v}:path ${o}:connecttype="none"/>` +
    `<${v}:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></${v}:textbox>` +
    `<${x}:ClientData ObjectType="Note"><${x}:MoveWithCells/><${x}:SizeWithCells/>` +
    `<${x}:Anchor>${at.col + 1}, 15, ${Math.max(at.row - 1, 0)}, 10, ${at.col + 5}, 15, ${Math.max(at.row - 1, 0) + height}, 4</${x}:Anchor>` +
    `<${x}:AutoFill>False</${x}:AutoFill><${x}:Row>${at.row}</${x}:Row><${x}:Column>${at.col}</${x}:Column></${x}:ClientData></${v}:shape>`
  );
}

/** A run of note text; `like` is a run whose formatting the new one takes. */
function run(prefix: string, text: string, properties: string): string {
  const q = (n: string) => qualified(prefix, n);
  return `<${q("r")}>${properties}<${q("t")} xml:space="preserve">${xstring(text)}</${q("t")}></${q("r")}>`;
}

const DEFAULT_RUN_PROPERTIES = (prefix: string) => {
  const q = (n: string) => qualified(prefix, n);
  return `<${q("rPr")}><${q("sz")} val="9"/><${q("rFont")} val="宋体"/><${q("charset")} val="134"/></${q("rPr")}>`;
};

/** Adds `notes` to the sheet's comments part and VML drawing, creating them when the sheet has none. */
export function addNotes(pkg: XlsxPackage, sheetPart: string, sheet: SheetPatch, notes: Note[]): void {
  if (notes.length === 0) return;
  const relationships = pkg.relationships(sheetPart);
  let commentsPart = relationships.find((r) => r.type === RELATIONSHIP_TYPES.comments && !r.external)?.target;
  const drawingId = sheet.legacyDrawingId();
  let vmlPart = relationships.find((r) => r.id === drawingId && !r.external)?.target;
  if (commentsPart && !pkg.has(commentsPart)) commentsPart = undefined;
  if (vmlPart && !pkg.has(vmlPart)) vmlPart = undefined;

  if (!commentsPart) {
    commentsPart = pkg.freeName((n) => `xl/comments${n}.xml`);
    pkg.setText(commentsPart, COMMENTS_XML);
    pkg.addOverride(commentsPart, CONTENT_TYPES.comments);
    pkg.addRelationship(sheetPart, RELATIONSHIP_TYPES.comments, commentsPart);
  }
  const newNotes = appendToComments(pkg, commentsPart, notes);
  if (newNotes.length === 0) return;

  const ids = vmlIdsInUse(pkg);
  const block = Math.max(0, ...ids.blocks, ...ids.shapes.map((s) => Math.floor(s / 1024))) + 1;
  if (!vmlPart) {
    vmlPart = pkg.freeName((n) => `xl/drawings/vmlDrawing${n}.vml`);
    pkg.setText(
      vmlPart,
      `<xml xmlns:v="${VML_NS.v}" xmlns:o="${VML_NS.o}" xmlns:x="${VML_NS.x}">` +
        `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${NOTE_SHAPETYPE("v", "o")}</xml>`,
    );
    if (!pkg.hasDefaultType("vml") && !pkg.contentType(vmlPart)) pkg.addDefaultType("vml", CONTENT_TYPES.vmlDrawing);
    sheet.addLegacyDrawing(pkg.addRelationship(sheetPart, RELATIONSHIP_TYPES.vmlDrawing, vmlPart));
  }
  appendToVml(pkg, vmlPart, newNotes, block);
}

/** Appends each note to the cell's comment, or adds a comment; returns the notes that need a new box. */
function appendToComments(pkg: XlsxPackage, part: string, notes: Note[]): Note[] {
  const xml = pkg.text(part)!;
  const elements = elementsOf(xml, (e) => e.depth <= 4, part);
  const root = elements[0];
  const prefix = root.prefix;
  const inside = (outer: XmlElement) => (e: XmlElement) => e.start > outer.start && e.end <= outer.end;
  const authorsElement = elements.find((e) => e.depth === 1 && e.local === "authors");
  const authors = authorsElement ? elements.filter((e) => e.depth === 2 && e.local === "author" && inside(authorsElement)(e)) : [];
  const list = elements.find((e) => e.depth === 1 && e.local === "commentList");
  const comments = list ? elements.filter((e) => e.depth === 2 && e.local === "comment" && inside(list)(e)) : [];
  const splices = new Splices();

  let authorId = authors.findIndex((a) => xml.slice(a.openEnd, a.end).replace(/<\/[^>]*>$/, "") === NOTE_AUTHOR);
  const needAuthor = () => {
    if (authorId >= 0) return authorId;
    authorId = authors.length;
    const author = `<${qualified(prefix, "author")}>${NOTE_AUTHOR}</${qualified(prefix, "author")}>`;
    if (authorsElement) appendInside(splices, xml, authorsElement, author);
    else splices.insert(root.openEnd, `<${qualified(prefix, "authors")}>${author}</${qualified(prefix, "authors")}>`);
    return authorId;
  };

  const fresh: Note[] = [];
  const added: string[] = [];
  for (const note of notes) {
    const comment = comments.find((c) => (c.attributes.ref ?? "").replace(/\$/g, "").toUpperCase() === note.cell);
    const text = comment && elements.find((e) => e.depth === 3 && e.local === "text" && inside(comment)(e));
    if (comment && text) {
      appendToText(splices, xml, text, elements.filter((e) => e.depth === 4 && inside(text)(e)), `\n\n${note.text}`);
      continue;
    }
    fresh.push(note);
    const q = (n: string) => qualified(prefix, n);
    added.push(`<${q("comment")}${attributeText({ ref: note.cell, authorId: needAuthor() })}><${q("text")}>${run(prefix, note.text, DEFAULT_RUN_PROPERTIES(prefix))}</${q("text")}></${q("comment")}>`);
  }
  if (added.length) {
    if (list) appendInside(splices, xml, list, added.join(""));
    else appendInside(splices, xml, root, `<${qualified(prefix, "commentList")}>${added.join("")}</${qualified(prefix, "commentList")}>`);
  }
  if (splices.size) pkg.setText(part, splices.apply(xml));
  return fresh;
}

/** Adds `more` after a note's text: a run like its last one, or more text in its one <t>. */
function appendToText(splices: Splices, xml: string, text: XmlElement, children: XmlElement[], more: string): void {
  const runs = children.filter((e) => e.local === "r");
  const plain = children.find((e) => e.local === "t");
  if (runs.length) {
    const last = runs[runs.length - 1];
    const properties = /<(?:[\w.-]+:)?rPr\b[\s\S]*?<\/(?:[\w.-]+:)?rPr>|<(?:[\w.-]+:)?rPr\b[^>]*\/>/.exec(xml.slice(last.openEnd, last.end))?.[0] ?? "";
    // Bold is the author's name in Excel's notes; the findings are plain text.
    const plainProperties = properties.replace(/<(?:[\w.-]+:)?b(?:\s+val="[^"]*")?\s*\/>/g, "");
    splices.insert(last.end, run(text.prefix, more, plainProperties));
  } else if (plain) {
    const startTag = withAttributes(xml.slice(plain.start, plain.openEnd), { "xml:space": "preserve" });
    if (plain.selfClosing) {
      splices.replace(plain.start, plain.end, `${startTag.slice(0, -2).replace(/\s+$/, "")}>${xstring(more.replace(/^\n+/, ""))}</${qualified(plain.prefix, "t")}>`);
    } else {
      splices.replace(plain.start, plain.openEnd, startTag);
      splices.insert(xml.lastIndexOf("</", plain.end - 1), xstring(more));
    }
  } else {
    appendInside(splices, xml, text, run(text.prefix, more.replace(/^\n+/, ""), ""));
  }
}

/** Adds a box per note to the VML drawing. VML from Excel is not always well-formed XML: it is patched as text. */
function appendToVml(pkg: XlsxPackage, part: string, notes: Note[], block: number): void {
  let vml = pkg.text(part)!;
  const rootTag = /<xml\b[^>]*>/i.exec(vml)?.[0] ?? "";
  const prefixes = { ...VML_NS };
  let declarations = "";
  for (const key of Object.keys(VML_NS) as (keyof typeof VML_NS)[]) {
    const bound = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*["']${VML_NS[key]}["']`).exec(rootTag);
    if (bound) prefixes[key] = bound[1];
    else declarations += ` xmlns:${key}="${VML_NS[key]}"`;
  }
  // The new shapes' ids are in a block of their own, named in the drawing's id map.
  vml = vml.replace(/(idmap\b[^>]*\bdata\s*=\s*["'])([\d,\s]*)(["'])/, (m, head: string, data: string, tail: string) =>
    data.split(",").some((n) => Number(n) === block) ? m : `${head}${data},${block}${tail}`);
  const shapetype = /_x0000_t202/.test(vml) ? "" : NOTE_SHAPETYPE(prefixes.v, prefixes.o).replace(`<${prefixes.v}:shapetype`, `<${prefixes.v}:shapetype${declarations}`);
  const shapes = notes.map((note, i) => noteShape(note, block * 1024 + 1 + i, prefixes, declarations)).join("");
  const close = vml.search(/<\/xml>\s*$/i);
  vml = close >= 0 ? vml.slice(0, close) + shapetype + shapes + vml.slice(close) : vml + shapetype + shapes;
  pkg.setText(part, vml);
}
