/**
 * What the add-in stores in the workbook (core/storedData): the field → cell corrections and the
 * configuration, so that the command line checks as Excel does. ExcelJS does not read custom XML
 * parts, so they are read from the zip. The parts come from a file like any cell: untrusted, and a
 * part larger than core's cap is not even inflated.
 */
import * as fs from "fs";
import { unzipSync } from "fflate";
import type { WorkbookMapping } from "../core/check";
import { MAPPING_NS, MAX_PART_CHARS, mappingFrom, partJson } from "../core/storedData";
import { SheetDocuments, documentsOf } from "../core/storedSheet";

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
 * The JSON documents of our custom XML parts by namespace, in part order: the zip is opened once
 * for all of them (the mapping and the configuration). A namespace without a usable part takes the
 * documents of the add-in's store sheet (`stored`; Excel for Mac may lose the parts,
 * office-js#6091). A damaged part with nothing to fall back on stays in the list as undefined: the
 * mapping drops it, the configuration refuses it.
 */
export async function readStoredDocuments(file: string | Uint8Array, namespaces: readonly string[], stored?: SheetDocuments): Promise<Record<string, unknown[]>> {
  const bytes = typeof file === "string" ? await fs.promises.readFile(file) : file;
  const found: Record<string, unknown[]> = Object.create(null);
  for (const ns of namespaces) found[ns] = [];
  for (const xml of customXmlParts(bytes)) {
    const ns = namespaces.find((n) => xml.includes(n));
    if (ns !== undefined) found[ns].push(partJson(xml));
  }
  for (const ns of namespaces) {
    const usable = found[ns].filter((d) => d !== undefined);
    if (usable.length === 0 && stored) {
      const fallback = documentsOf(undefined, stored, ns);
      if (fallback.length) found[ns] = fallback;
    }
  }
  return found;
}

export async function readStoredMapping(file: string | Uint8Array, stored?: SheetDocuments): Promise<WorkbookMapping> {
  return mappingFrom((await readStoredDocuments(file, [MAPPING_NS], stored))[MAPPING_NS]);
}
