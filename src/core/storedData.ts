/**
 * The add-in's own data inside the workbook: custom XML parts holding one JSON document each,
 * so corrections and highlight records travel with the file (save, reopen, another computer).
 * Pure: the add-in writes and reads the parts through Excel, the command line reads them from
 * the xlsx file; both decode them here.
 */
import type { WorkbookMapping } from "./check";
import { parseA1 } from "./grid";
import { FUND_COLUMNS, FUND_ROWS, MappingOverrides, SCALAR_FIELDS } from "./model";

/** The user's field → cell corrections per sheet (WorkbookMapping). */
export const MAPPING_NS = "urn:perfeval:mapping:1";
/** The cells the last check painted and the fills they had before. */
export const HIGHLIGHTS_NS = "urn:perfeval:highlights:1";

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_m, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" } as Record<string, string>)[name];
  });
}

/** `<root xmlns="ns">{json, XML-escaped}</root>`. */
export function jsonPartXml(root: string, namespace: string, data: unknown): string {
  return `<${root} xmlns="${namespace}">${escapeXml(JSON.stringify(data))}</${root}>`;
}

/**
 * The JSON inside a part, or undefined when the part is not ours or damaged. Tolerates what a
 * host may do on save: an XML declaration, a prefix on the root, CDATA instead of escaping.
 */
export function partJson(xml: string): unknown {
  const m = /^<([\w.:-]+)(?:\s[^>]*)?>([\s\S]*)<\/\1>\s*$/.exec(xml.replace(/^\uFEFF?\s*(<\?xml[\s\S]*?\?>)?\s*/, ""));
  if (!m) return undefined;
  const body = m[2].replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_c, raw: string) => escapeXml(raw));
  try {
    return JSON.parse(unescapeXml(body.trim()));
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

/** "$d$7" → "D7"; a sheet prefix ("Sheet1!D7") is dropped; undefined when it is not one cell. */
export function normalizeCell(address: string): string | undefined {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "").trim().toUpperCase();
  return parseA1(local) ? local : undefined;
}

export function mappingDocument(mapping: WorkbookMapping): MappingDocument {
  return { version: 1, sheets: mapping };
}

/** Merges the stored documents (later ones win), keeping only well-formed entries. */
export function mappingFrom(documents: unknown[]): WorkbookMapping {
  const mapping: WorkbookMapping = {};
  for (const doc of documents) {
    const sheets = (doc as Partial<MappingDocument> | null)?.sheets;
    if (!sheets || typeof sheets !== "object") continue;
    for (const [sheet, overrides] of Object.entries(sheets)) {
      if (!overrides || typeof overrides !== "object") continue;
      for (const [field, address] of Object.entries(overrides as MappingOverrides)) {
        const cell = typeof address === "string" ? normalizeCell(address) : undefined;
        if (isMappableField(field) && cell) (mapping[sheet] ??= {})[field] = cell;
      }
    }
  }
  return mapping;
}

/** The mapping with one field of one sheet set (or removed when address is null). */
export function withOverride(mapping: WorkbookMapping, sheet: string, field: string, address: string | null): WorkbookMapping {
  if (!isMappableField(field)) throw new Error(`无法修改字段“${field}”的位置`);
  const next: WorkbookMapping = JSON.parse(JSON.stringify(mapping)) as WorkbookMapping;
  if (address === null) {
    if (next[sheet]) delete next[sheet][field];
    if (next[sheet] && Object.keys(next[sheet]).length === 0) delete next[sheet];
    return next;
  }
  const cell = normalizeCell(address);
  if (!cell) throw new Error(`“${address}”不是一个单元格地址`);
  (next[sheet] ??= {})[field] = cell;
  return next;
}
