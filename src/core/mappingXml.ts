/**
 * The mapping as stored in a workbook: a custom XML part whose root element is in
 * MAPPING_NAMESPACE and holds the JSON of the WorkbookMapping (sheet → field → A1 cell).
 * The add-in writes it, the add-in and the command line read it.
 */
import type { WorkbookMapping } from "./check";
import { parseA1 } from "./grid";

export const MAPPING_NAMESPACE = "urn:perfeval:mapping:1";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, "&");
}

export function mappingXml(mapping: WorkbookMapping): string {
  return `<mapping xmlns="${MAPPING_NAMESPACE}">${escapeXml(JSON.stringify(mapping))}</mapping>`;
}

/** The mapping in a part's XML; an empty mapping when it is unreadable (never throws). */
export function parseMappingXml(xml: string): WorkbookMapping {
  const body = /<(?:\w+:)?mapping\b[^>]*>([\s\S]*)<\/(?:\w+:)?mapping>/.exec(xml)?.[1] ?? "";
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(body);
  let data: unknown;
  try {
    data = JSON.parse(cdata ? cdata[1] : unescapeXml(body));
  } catch {
    return {};
  }
  const mapping: WorkbookMapping = {};
  if (!data || typeof data !== "object") return mapping;
  for (const [sheet, fields] of Object.entries(data as Record<string, unknown>)) {
    if (!fields || typeof fields !== "object") continue;
    for (const [field, cell] of Object.entries(fields as Record<string, unknown>)) {
      if (typeof cell === "string" && parseA1(cell)) (mapping[sheet] ??= {})[field] = cell.replace(/\$/g, "").toUpperCase();
    }
  }
  return mapping;
}
