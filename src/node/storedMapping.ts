/**
 * The field → cell corrections the add-in stores in the workbook (core/storedData), so that the
 * command line checks with the same mapping as Excel. ExcelJS does not read custom XML parts,
 * so they are read from the zip.
 */
import * as fs from "fs";
import JSZip from "jszip";
import type { WorkbookMapping } from "../core/check";
import { MAPPING_NS, mappingFrom, partJson } from "../core/storedData";

export async function readStoredMapping(file: string | Buffer): Promise<WorkbookMapping> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(typeof file === "string" ? await fs.promises.readFile(file) : file);
  } catch {
    return {};
  }
  const parts = Object.keys(zip.files).filter((name) => /^customXml\/item\d+\.xml$/i.test(name));
  const documents: unknown[] = [];
  for (const name of parts.sort()) {
    const xml = await zip.files[name].async("string");
    if (xml.includes(MAPPING_NS)) documents.push(partJson(xml));
  }
  return mappingFrom(documents);
}
