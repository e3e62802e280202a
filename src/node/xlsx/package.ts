/**
 * The package (OPC, ECMA-376 Part 2): content types and relationships. Every part the reader
 * uses is found through a relationship from the package root or the workbook, never by its
 * file name: writers name sheets as they like (`xl/worksheets/项目1.xml`, `xl/ws/a.xml`).
 */
import { attribute, localName, parseXml } from "./xml";
import { ZipArchive, ZipEntry } from "./zip";

export interface Relationship {
  id: string;
  /** The last segment of the type URI: "worksheet", "sharedStrings", "customXml", … */
  type: string;
  /** The part name, absolute without the leading "/" ("xl/worksheets/sheet1.xml"). */
  target: string;
  external: boolean;
}

/** Transitional (ECMA-376 1st ed.) and strict (ISO/IEC 29500) relationship type bases. */
const TYPE_BASES = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/",
  "http://purl.oclc.org/ooxml/officeDocument/relationships/",
  "http://schemas.openxmlformats.org/package/2006/relationships/",
];

/** Spreadsheet main parts by content type; anything else that claims to be the document is another kind. */
export const WORKBOOK_CONTENT_TYPES: Record<string, "xlsx" | "xlsm" | "xltx" | "xltm" | "xlsb"> = {
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml": "xlsx",
  "application/vnd.ms-excel.sheet.macroEnabled.main+xml": "xlsm",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml": "xltx",
  "application/vnd.ms-excel.template.macroEnabled.main+xml": "xltm",
  "application/vnd.ms-excel.sheet.binary.macroEnabled.main": "xlsb",
};

function relationshipType(uri: string): string {
  for (const base of TYPE_BASES) if (uri.startsWith(base)) return uri.slice(base.length);
  return uri;
}

/** Resolves a relationship target against the folder of the part it belongs to (RFC 3986 §5.2, paths only). */
export function resolvePart(sourcePart: string, target: string): string {
  let path = target.split(/[?#]/)[0];
  try {
    path = decodeURIComponent(path);
  } catch {
    // not percent-encoded after all
  }
  const segments = path.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; "" is the package. */
function relationshipsPart(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export class OpcPackage {
  private readonly overrides = new Map<string, string>();
  private readonly defaults = new Map<string, string>();

  constructor(readonly zip: ZipArchive) {
    const types = zip.entry("[Content_Types].xml");
    if (!types) return;
    parseXml(zip.read(types), {
      open: (tag) => {
        const name = localName(tag.name);
        const contentType = attribute(tag, "ContentType") ?? "";
        if (name === "Override") this.overrides.set((attribute(tag, "PartName") ?? "").replace(/^\//, "").toLowerCase(), contentType);
        if (name === "Default") this.defaults.set((attribute(tag, "Extension") ?? "").toLowerCase(), contentType);
      },
    });
  }

  contentType(part: string): string | undefined {
    const key = part.toLowerCase();
    return this.overrides.get(key) ?? this.defaults.get(key.slice(key.lastIndexOf(".") + 1));
  }

  part(name: string): ZipEntry | undefined {
    return this.zip.entry(name);
  }

  /** The relationships of a part ("" for the package's own), empty when it has none. */
  relationships(part: string): Relationship[] {
    const entry = this.zip.entry(part === "" ? "_rels/.rels" : relationshipsPart(part));
    if (!entry) return [];
    const list: Relationship[] = [];
    parseXml(this.zip.read(entry), {
      open: (tag) => {
        if (localName(tag.name) !== "Relationship") return;
        const external = (attribute(tag, "TargetMode") ?? "").toLowerCase() === "external";
        const target = attribute(tag, "Target") ?? "";
        list.push({
          id: attribute(tag, "Id") ?? "",
          type: relationshipType(attribute(tag, "Type") ?? ""),
          target: external ? target : resolvePart(part, target),
          external,
        });
      },
    });
    return list;
  }

  /**
   * The main document part: the package relationship of type officeDocument, or, in a package
   * that lost its root relationships, the part whose content type says it is a workbook.
   */
  documentPart(): { part: string; contentType?: string } | undefined {
    const main = this.relationships("").find((r) => r.type === "officeDocument" && !r.external);
    if (main) return { part: main.target, contentType: this.contentType(main.target) };
    for (const [part, contentType] of this.overrides) if (WORKBOOK_CONTENT_TYPES[contentType]) return { part, contentType };
    return undefined;
  }
}
