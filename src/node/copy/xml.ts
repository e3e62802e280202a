/**
 * Reading a part's XML for where its elements stand, so that a patch can change a few of them
 * and leave every other byte as it was. saxes checks the XML is well formed; positions are
 * offsets in the part's text.
 */
import { SaxesParser, SaxesTagNS } from "saxes";

export interface XmlElement {
  /** The name without its prefix, and the prefix ("" for none): new elements use the same prefix. */
  local: string;
  prefix: string;
  uri: string;
  /** Attribute values by qualified name as written (r:id), entities resolved. */
  attributes: Record<string, string>;
  /** Offsets: the "<" of the start tag, just past its ">", and just past the end tag. */
  start: number;
  openEnd: number;
  end: number;
  selfClosing: boolean;
  /** 0 for the root. */
  depth: number;
}

export interface XmlVisitor {
  open?(element: XmlElement): void;
  /** Called with `end` known. */
  close?(element: XmlElement): void;
}

/** A part that is not well-formed XML: the copy cannot be made from it. */
export class PartError extends Error {}

/** Walks every element of `xml`; throws PartError on XML that is not well formed. */
export function scanXml(xml: string, visitor: XmlVisitor, part = "XML"): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const open: XmlElement[] = [];
  parser.on("opentag", (tag: SaxesTagNS) => {
    const openEnd = parser.position;
    const attributes: Record<string, string> = Object.create(null);
    for (const [name, attribute] of Object.entries(tag.attributes)) attributes[name] = attribute.value;
    const element: XmlElement = {
      local: tag.local,
      prefix: tag.prefix,
      uri: tag.uri,
      attributes,
      start: xml.lastIndexOf("<", openEnd - 1),
      openEnd,
      end: openEnd,
      selfClosing: tag.isSelfClosing,
      depth: open.length,
    };
    open.push(element);
    visitor.open?.(element);
  });
  parser.on("closetag", () => {
    const element = open.pop()!;
    element.end = parser.position;
    visitor.close?.(element);
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    throw new PartError(`${part}: ${(e as Error).message.split("\n")[0]}`);
  }
}

/** The elements of `xml` that `keep` accepts, in document order (by start), with `end` known. */
export function elementsOf(xml: string, keep: (e: XmlElement) => boolean, part?: string): XmlElement[] {
  const found: XmlElement[] = [];
  scanXml(xml, { open: (e) => keep(e) && found.push(e) }, part);
  return found;
}

/**
 * Text for a cell or a note (ST_Xstring): characters XML 1.0 cannot hold (control characters a
 * cell may carry into a message) are written as Excel writes them, _xHHHH_, and a literal
 * "_xHHHH_" is protected the same way, so that Excel reads back exactly the text.
 */
export function xstring(text: string): string {
  return escapeText(
    text
      .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`),
  );
}

export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

/** `name` with the element's prefix: new children are written in their parent's namespace spelling. */
export function qualified(prefix: string, name: string): string {
  return prefix ? `${prefix}:${name}` : name;
}

/** Attributes as written in a start tag: ` a="1" b="2"`. */
export function attributeText(attributes: Record<string, string | number>): string {
  return Object.entries(attributes).map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`).join("");
}

/** The attributes of a start tag with where each stands (from the space before it to its closing quote). */
function attributeSpans(startTag: string): { name: string; start: number; end: number }[] {
  const spans: { name: string; start: number; end: number }[] = [];
  const attribute = /(\s+)([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/gy;
  attribute.lastIndex = /^<[^\s/>]+/.exec(startTag)![0].length;
  for (let m = attribute.exec(startTag); m; m = attribute.exec(startTag)) {
    spans.push({ name: m[2], start: m.index, end: attribute.lastIndex });
  }
  return spans;
}

/**
 * A start tag (`<x a="1">` or `<x a="1"/>`) with attributes set, added or (null) removed; the
 * others keep their bytes and order. Start tags come from a well-formed part.
 */
export function withAttributes(startTag: string, changes: Record<string, string | number | null>): string {
  let tag = startTag;
  for (const [name, value] of Object.entries(changes)) {
    const found = attributeSpans(tag).find((a) => a.name === name);
    const written = value === null ? "" : ` ${name}="${escapeAttribute(String(value))}"`;
    if (found) {
      tag = tag.slice(0, found.start) + written + tag.slice(found.end);
    } else if (value !== null) {
      const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
      const head = tag.slice(0, close).replace(/\s+$/, "");
      tag = head + written + tag.slice(close);
    }
  }
  return tag;
}

/** Replacements of ranges of a text, applied at once; ranges must not overlap. */
export class Splices {
  private readonly edits: { start: number; end: number; text: string }[] = [];

  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text });
  }

  insert(at: number, text: string): void {
    this.edits.push({ start: at, end: at, text });
  }

  get size(): number {
    return this.edits.length;
  }

  apply(source: string): string {
    // Stable: insertions at one offset keep the order they were made in.
    const edits = this.edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
    const out: string[] = [];
    let at = 0;
    for (const e of edits) {
      if (e.start < at) throw new Error("overlapping edits");
      out.push(source.slice(at, e.start), e.text);
      at = e.end;
    }
    out.push(source.slice(at));
    return out.join("");
  }
}

/** Inserts `text` as the last content of `element` (a self-closing one is opened for it). */
export function appendInside(splices: Splices, xml: string, element: XmlElement, text: string): void {
  if (element.selfClosing) {
    const tag = xml.slice(element.start, element.end);
    const name = qualified(element.prefix, element.local);
    splices.replace(element.start, element.end, `${tag.slice(0, -2).replace(/\s+$/, "")}>${text}</${name}>`);
  } else {
    splices.insert(xml.lastIndexOf("</", element.end - 1), text);
  }
}
