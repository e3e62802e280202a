/**
 * The field → cell corrections the add-in stores in the workbook (a custom XML part of
 * namespace MAPPING_NAMESPACE holding JSON), so that the command line checks with the same
 * mapping as Excel. ExcelJS does not read custom XML parts, so they are read from the zip.
 */
import * as fs from "fs";
import JSZip from "jszip";
import type { WorkbookMapping } from "../core/check";
import { MAPPING_NAMESPACE, parseMappingXml } from "../core/mappingXml";

export async function readStoredMapping(file: string | Buffer): Promise<WorkbookMapping> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(typeof file === "string" ? await fs.promises.readFile(file) : file);
  } catch {
    return {};
  }
  const parts = Object.keys(zip.files).filter((name) => /^customXml\/item\d+\.xml$/i.test(name));
  for (const name of parts) {
    const xml = await zip.files[name].async("string");
    if (xml.includes(MAPPING_NAMESPACE)) return parseMappingXml(xml);
  }
  return {};
}
