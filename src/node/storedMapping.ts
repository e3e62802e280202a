/**
 * The field → cell corrections the add-in stores in the workbook (core/storedData), so that the
 * command line checks with the same mapping as Excel. ExcelJS does not read custom XML parts,
 * so they are read from the zip. The parts come from a file like any cell: untrusted, and a
 * part larger than core's cap is not even inflated.
 */
import * as fs from "fs";
import { unzipSync } from "fflate";
import type { WorkbookMapping } from "../core/check";
import { MAPPING_NS, MAX_PART_CHARS, mappingFrom, partJson } from "../core/storedData";

const CUSTOM_XML_ITEM = /^customXml\/item(\d+)\.xml$/i;

/**
 * Part names are stored as plain text in a zip: a workbook whose bytes never name a customXml
 * part has no stored mapping, and the zip need not be opened a second time.
 */
function mayHoldCustomXml(bytes: Uint8Array): boolean {
  return /customxml\//i.test(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"));
}

/** A part's text: UTF-8 unless it starts with a UTF-16 byte order mark. */
export function partText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder().decode(bytes);
}

/** The custom XML parts of an xlsx package in item order (item2 before item10), as text. */
export function customXmlParts(bytes: Uint8Array): string[] {
  if (!mayHoldCustomXml(bytes)) return [];
  let files: Record<string, Uint8Array>;
  try {
    // A UTF-8 character is at most 4 bytes; UTF-16 at most 2 per unit.
    files = unzipSync(bytes, { filter: (f) => CUSTOM_XML_ITEM.test(f.name) && f.originalSize <= MAX_PART_CHARS * 2 });
  } catch {
    return [];
  }
  const order = (name: string) => Number(CUSTOM_XML_ITEM.exec(name)![1]);
  return Object.keys(files)
    .sort((a, b) => order(a) - order(b))
    .map((name) => partText(files[name]));
}

/**
 * The mapping of the custom XML parts; where there is none usable (Excel for Mac may lose them:
 * office-js#6091), the `fallback` documents of the add-in's store sheet.
 */
export async function readStoredMapping(file: string | Uint8Array, fallback: unknown[] = []): Promise<WorkbookMapping> {
  const bytes = typeof file === "string" ? await fs.promises.readFile(file) : file;
  const documents = customXmlParts(bytes).filter((xml) => xml.includes(MAPPING_NS)).map(partJson);
  const usable = documents.filter((d) => d !== undefined);
  return mappingFrom(usable.length ? usable : fallback);
}
