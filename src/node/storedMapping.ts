/**
 * What the add-in stores in the workbook (core/storedData): the field → cell corrections and the
 * configuration, so that the command line checks as Excel does. ExcelJS does not read custom XML
 * parts, so they are read from the zip.
 */
import * as fs from "fs";
import JSZip from "jszip";
import type { WorkbookMapping } from "../core/check";
import { MAPPING_NS, mappingFrom, partJson } from "../core/storedData";

/**
 * Part names are stored as plain text in a zip: a workbook whose bytes never name a customXml
 * part has no stored mapping, and the zip need not be opened a second time.
 */
function mayHoldCustomXml(bytes: Buffer): boolean {
  return /customxml\//i.test(bytes.toString("latin1"));
}

/**
 * The JSON documents of our custom XML parts, by namespace, in part order: the zip is opened once
 * for all of them (the mapping and the configuration).
 */
export async function readStoredDocuments(file: string | Buffer, namespaces: readonly string[]): Promise<Record<string, unknown[]>> {
  const found: Record<string, unknown[]> = {};
  for (const ns of namespaces) found[ns] = [];
  const bytes = typeof file === "string" ? await fs.promises.readFile(file) : file;
  if (!mayHoldCustomXml(bytes)) return found;
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return found;
  }
  const parts = Object.keys(zip.files).filter((name) => /^customXml\/item\d+\.xml$/i.test(name));
  for (const name of parts.sort()) {
    const xml = await zip.files[name].async("string");
    const ns = namespaces.find((n) => xml.includes(n));
    if (ns === undefined) continue;
    // A damaged part stays in the list as undefined: the mapping drops it, the configuration refuses it.
    found[ns].push(partJson(xml));
  }
  return found;
}

export async function readStoredMapping(file: string | Buffer): Promise<WorkbookMapping> {
  return mappingFrom((await readStoredDocuments(file, [MAPPING_NS]))[MAPPING_NS]);
}
