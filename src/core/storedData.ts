/**
 * The add-in's own data inside the workbook: custom XML parts holding one JSON document each,
 * so corrections and highlight records travel with the file (save, reopen, another computer).
 * Pure: the add-in writes and reads the parts through Excel, the command line reads them from
 * the xlsx file; both decode them here.
 */
import type { WorkbookMapping } from "./check";
import { a1, inSheetGrid, parseA1 } from "./grid";
import { FUND_COLUMNS, FUND_ROWS, MappingOverrides, SCALAR_FIELDS } from "./model";

/** The user's field → cell corrections per sheet (WorkbookMapping). */
export const MAPPING_NS = "urn:perfeval:mapping:1";
/** The cells the last check painted and the fills they had before. */
export const HIGHLIGHTS_NS = "urn:perfeval:highlights:1";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * A stored part bigger than this is not ours (a mapping of 5,000 sheets is about 5 MB): it is
 * ignored unread rather than parsed, so a hostile file cannot make the check slow or large.
 */
export const MAX_PART_CHARS = 16 * 1024 * 1024;

const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };

/** XML character references and the five named entities; undefined on a reference to no character. */
function unescapeXml(text: string): string | undefined {
  let bad = false;
  const out = text.replace(/&(lt|gt|quot|apos|amp|#(\d{1,8})|#x([0-9a-fA-F]{1,6}));/g, (_m, name: string, dec?: string, hex?: string) => {
    if (dec === undefined && hex === undefined) return NAMED_ENTITIES[name];
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    if (code > 0x10ffff) {
      bad = true;
      return "";
    }
    return String.fromCodePoint(code);
  });
  return bad ? undefined : out;
}

/** The root element of a namespace's part: urn:perfeval:mapping:1 → perfevalMapping. */
export function partRoot(namespace: string): string {
  const name = /^urn:perfeval:([a-z]+):\d+$/i.exec(namespace)?.[1];
  return name ? `perfeval${name[0].toUpperCase()}${name.slice(1)}` : "perfevalDocument";
}

/** `<root xmlns="ns">{json, XML-escaped}</root>`. */
export function jsonPartXml(root: string, namespace: string, data: unknown): string {
  return `<${root} xmlns="${namespace}">${escapeXml(JSON.stringify(data))}</${root}>`;
}

/** The text of an element's content: entities resolved, CDATA sections taken as they are; undefined when malformed. */
function contentText(body: string): string | undefined {
  const pieces: string[] = [];
  // indexOf from where the last section ended: one pass, however many sections are unclosed.
  for (let at = 0; ; ) {
    const open = body.indexOf("<![CDATA[", at);
    const raw = body.slice(at, open < 0 ? body.length : open);
    // An element inside the root: not one of our documents.
    const plain = raw.includes("<") ? undefined : unescapeXml(raw);
    if (plain === undefined) return undefined;
    pieces.push(plain);
    if (open < 0) return pieces.join("");
    const close = body.indexOf("]]>", open + 9);
    if (close < 0) return undefined;
    pieces.push(body.slice(open + 9, close));
    at = close + 3;
  }
}

/**
 * The JSON inside a part, or undefined when the part is not ours or damaged. Tolerates what a
 * host may do on save: an XML declaration, a prefix on the root, CDATA instead of escaping.
 * The part comes from a file: it is read in linear time, up to MAX_PART_CHARS.
 */
export function partJson(xml: string): unknown {
  if (typeof xml !== "string" || xml.length > MAX_PART_CHARS) return undefined;
  let text = xml.replace(/^\uFEFF?\s*/, "");
  if (text.startsWith("<?xml")) {
    const end = text.indexOf("?>");
    if (end < 0) return undefined;
    text = text.slice(end + 2).replace(/^\s*/, "");
  }
  const start = /^<([\w.:-]{1,200})(?:\s[^<>]*)?>/.exec(text);
  if (!start) return undefined;
  const closing = `</${start[1]}>`;
  text = text.trimEnd();
  if (!text.endsWith(closing) || text.length < start[0].length + closing.length) return undefined;
  const body = contentText(text.slice(start[0].length, text.length - closing.length));
  if (body === undefined) return undefined;
  try {
    return JSON.parse(body.trim());
  } catch {
    return undefined;
  }
}

export const MAPPING_ROOT = "perfevalMapping";

interface MappingDocument {
  version: 1;
  sheets: WorkbookMapping;
}

export function isMappableField(field: string): boolean {
  if ((SCALAR_FIELDS as readonly string[]).includes(field)) return true;
  const [head, row, column, ...rest] = field.split(".");
  return head === "funds" && rest.length === 0 && (FUND_ROWS as readonly string[]).includes(row) && (FUND_COLUMNS as readonly string[]).includes(column);
}

/** "$d$7" → "D7"; a sheet prefix ("Sheet1!D7") is dropped; undefined when it is not one cell of Excel's grid. */
export function normalizeCell(address: string): string | undefined {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "").trim().toUpperCase();
  const at = parseA1(local);
  return at && inSheetGrid(at.row, at.col) ? a1(at.row, at.col) : undefined;
}

export function mappingDocument(mapping: WorkbookMapping): MappingDocument {
  return { version: 1, sheets: mapping };
}

/**
 * Maps made from stored data have no prototype: a sheet or field named `__proto__`,
 * `constructor` or `toString` is a key like any other.
 */
const emptyMap = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

/** Object.hasOwn (ES2022) for the add-in's older webviews too. */
const hasOwn = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Merges the stored documents (later ones win), keeping only well-formed entries: a bad entry
 * (an unknown field, an address outside A1:XFD1048576, a value that is not text) is skipped
 * alone and the rest of the mapping still applies.
 */
export function mappingFrom(documents: unknown[]): WorkbookMapping {
  const mapping = emptyMap<MappingOverrides>();
  for (const doc of documents) {
    if (!isRecord(doc) || !hasOwn(doc, "sheets") || !isRecord(doc.sheets)) continue;
    const sheets = doc.sheets;
    for (const sheet of Object.keys(sheets)) {
      const overrides = sheets[sheet];
      if (!isRecord(overrides)) continue;
      for (const field of Object.keys(overrides)) {
        const address = overrides[field];
        const cell = typeof address === "string" ? normalizeCell(address) : undefined;
        if (!cell || !isMappableField(field)) continue;
        if (!hasOwn(mapping, sheet)) mapping[sheet] = emptyMap<string>();
        mapping[sheet][field] = cell;
      }
    }
  }
  return mapping;
}

/** A copy of the mapping, its maps without prototype like mappingFrom's. */
function copyMapping(mapping: WorkbookMapping): WorkbookMapping {
  const copy = emptyMap<MappingOverrides>();
  for (const sheet of Object.keys(mapping)) copy[sheet] = Object.assign(emptyMap<string>(), mapping[sheet]);
  return copy;
}

/** The mapping with one field of one sheet set (or removed when address is null). */
export function withOverride(mapping: WorkbookMapping, sheet: string, field: string, address: string | null): WorkbookMapping {
  if (!isMappableField(field)) throw new Error(`无法修改字段“${field}”的位置`);
  const next = copyMapping(mapping);
  if (address === null) {
    if (hasOwn(next, sheet)) {
      delete next[sheet][field];
      if (Object.keys(next[sheet]).length === 0) delete next[sheet];
    }
    return next;
  }
  const cell = normalizeCell(address);
  if (!cell) throw new Error(`“${address}”不是一个单元格地址`);
  if (!hasOwn(next, sheet)) next[sheet] = emptyMap<string>();
  next[sheet][field] = cell;
  return next;
}
