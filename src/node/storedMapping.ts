/**
 * The field → cell corrections the add-in stores in the workbook (core/storedData), so that the
 * command line checks with the same mapping as Excel. ExcelJS does not read custom XML parts,
 * so they are read from the zip.
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
 * The mapping of the custom XML parts; where there is none (Excel for Mac may lose them:
 * office-js#6091), the `fallback` documents of the add-in's store sheet.
 */
export async function readStoredMapping(file: string | Buffer, fallback: unknown[] = []): Promise<WorkbookMapping> {
  const bytes = typeof file === "string" ? await fs.promises.readFile(file) : file;
  if (!mayHoldCustomXml(bytes)) return mappingFrom(fallback);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return mappingFrom(fallback);
  }
  const parts = Object.keys(zip.files).filter((name) => /^customXml\/item\d+\.xml$/i.test(name));
  const documents: unknown[] = [];
  for (const name of parts.sort()) {
    const xml = await zip.files[name].async("string");
    if (xml.includes(MAPPING_NS)) documents.push(partJson(xml));
  }
  const usable = documents.filter((d) => d !== undefined);
  return mappingFrom(usable.length ? usable : fallback);
}
