/**
 * An xlsx file as its parts (OPC): read once with fflate, changed part by part, written back with
 * every part the copy does not change byte for byte as it was, in the order the file had them.
 */
import { unzipSync, zipSync } from "fflate";
import { Splices, XmlElement, appendInside, attributeText, elementsOf, qualified } from "./xml";

export const RELATIONSHIP_TYPES = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  extendedProperties: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties",
};
/** The same relationships in ISO 29500 strict files. */
const STRICT_PREFIX = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vmlDrawing: "application/vnd.openxmlformats-officedocument.vmlDrawing",
};

export interface Relationship {
  id: string;
  type: string;
  /** The target part's name in the package, without a leading "/" (external targets as written). */
  target: string;
  external: boolean;
}

const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();

export class XlsxPackage {
  private readonly parts: Map<string, Uint8Array>;
  private readonly changed = new Set<string>();

  private constructor(parts: Map<string, Uint8Array>) {
    this.parts = parts;
  }

  static read(bytes: Uint8Array): XlsxPackage {
    const files = unzipSync(bytes);
    const parts = new Map<string, Uint8Array>();
    for (const name of Object.keys(files)) if (!name.endsWith("/")) parts.set(name, files[name]);
    return new XlsxPackage(parts);
  }

  has(name: string): boolean {
    return this.parts.has(name);
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  bytes(name: string): Uint8Array | undefined {
    return this.parts.get(name);
  }

  /** A part's text, its byte order mark kept (so an unchanged patch writes the same bytes). */
  text(name: string): string | undefined {
    const bytes = this.parts.get(name);
    return bytes && utf8.decode(bytes);
  }

  setText(name: string, text: string): void {
    this.parts.set(name, encoder.encode(text));
    this.changed.add(name);
  }

  /** Parts this copy wrote or added. */
  changedParts(): string[] {
    return [...this.changed];
  }

  /** A name like `xl/worksheets/sheet{n}.xml` that no part has (compared ignoring case, as OPC does). */
  freeName(pattern: (n: number) => string): string {
    const taken = new Set([...this.parts.keys()].map((n) => n.toLowerCase()));
    for (let n = 1; ; n++) if (!taken.has(pattern(n).toLowerCase())) return pattern(n);
  }

  write(): Uint8Array {
    const files: Record<string, Uint8Array> = {};
    for (const [name, bytes] of this.parts) files[name] = bytes;
    return zipSync(files, { level: 6 });
  }

  // -- relationships ------------------------------------------------------------------------

  /** `xl/worksheets/_rels/sheet1.xml.rels` for `xl/worksheets/sheet1.xml`; `_rels/.rels` for the package. */
  static relsName(part: string): string {
    const slash = part.lastIndexOf("/");
    return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  }

  relationships(part: string): Relationship[] {
    const xml = this.text(XlsxPackage.relsName(part));
    if (xml === undefined) return [];
    const base = part.slice(0, part.lastIndexOf("/") + 1);
    return elementsOf(xml, (e) => e.local === "Relationship", XlsxPackage.relsName(part)).map((e) => {
      const external = e.attributes.TargetMode === "External";
      const target = e.attributes.Target ?? "";
      return { id: e.attributes.Id ?? "", type: normalType(e.attributes.Type ?? ""), target: external ? target : resolvePart(base, target), external };
    });
  }

  /** Adds a relationship from `part` to `target` (a part name) and returns its id. */
  addRelationship(part: string, type: string, target: string): string {
    const relsName = XlsxPackage.relsName(part);
    const existing = this.relationships(part);
    const taken = new Set(existing.map((r) => r.id));
    let n = existing.length + 1;
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const relative = relativeTarget(part, target);
    const xml = this.text(relsName) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const root = elementsOf(xml, (e) => e.depth === 0, relsName)[0];
    const splices = new Splices();
    appendInside(splices, xml, root, `<${qualified(root.prefix, "Relationship")}${attributeText({ Id: id, Type: type, Target: relative })}/>`);
    this.setText(relsName, splices.apply(xml));
    if (!existing.length && !this.hasDefaultType("rels")) this.addDefaultType("rels", "application/vnd.openxmlformats-package.relationships+xml");
    return id;
  }

  // -- content types ------------------------------------------------------------------------

  private contentTypes(): { xml: string; root: XmlElement; entries: XmlElement[] } {
    const xml = this.text("[Content_Types].xml")!;
    const all = elementsOf(xml, (e) => e.depth <= 1, "[Content_Types].xml");
    return { xml, root: all[0], entries: all.slice(1) };
  }

  /** The content type of a part: its Override, else the Default of its extension. */
  contentType(part: string): string | undefined {
    const { entries } = this.contentTypes();
    const name = `/${part}`.toLowerCase();
    const override = entries.find((e) => e.local === "Override" && (e.attributes.PartName ?? "").toLowerCase() === name);
    if (override) return override.attributes.ContentType;
    const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    return entries.find((e) => e.local === "Default" && (e.attributes.Extension ?? "").toLowerCase() === extension)?.attributes.ContentType;
  }

  hasDefaultType(extension: string): boolean {
    return this.contentTypes().entries.some((e) => e.local === "Default" && (e.attributes.Extension ?? "").toLowerCase() === extension);
  }

  addDefaultType(extension: string, type: string): void {
    this.addContentTypeEntry("Default", { Extension: extension, ContentType: type });
  }

  addOverride(part: string, type: string): void {
    this.addContentTypeEntry("Override", { PartName: `/${part}`, ContentType: type });
  }

  private addContentTypeEntry(kind: "Default" | "Override", attributes: Record<string, string>): void {
    const { xml, root, entries } = this.contentTypes();
    const splices = new Splices();
    const entry = `<${qualified(root.prefix, kind)}${attributeText(attributes)}/>`;
    // Defaults come before Overrides in the files Excel writes.
    const firstOverride = entries.find((e) => e.local === "Override");
    if (kind === "Default" && firstOverride) splices.insert(firstOverride.start, entry);
    else appendInside(splices, xml, root, entry);
    this.setText("[Content_Types].xml", splices.apply(xml));
  }
}

function normalType(type: string): string {
  return type.startsWith(STRICT_PREFIX) ? `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type.slice(STRICT_PREFIX.length)}` : type;
}

/** A relationship's target as a part name: relative to the source's folder, or absolute ("/xl/…"). */
export function resolvePart(base: string, target: string): string {
  const path = target.startsWith("/") ? target.slice(1) : base + target;
  const out: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

/** The target of a relationship from `source` to the part `target`, relative as Excel writes it. */
export function relativeTarget(source: string, target: string): string {
  const from = source.split("/").slice(0, -1);
  const to = target.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}
