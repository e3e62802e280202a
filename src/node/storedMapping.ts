/**
 * The field → cell corrections the add-in stores in the workbook (core/storedData), so that the
 * command line checks with the same mapping as Excel. The reader hands over the text of every
 * custom XML part; the ones in the mapping's namespace are decoded by core/storedData.
 */
import type { WorkbookMapping } from "../core/check";
import { MAPPING_NS, mappingFrom, partJson } from "../core/storedData";

export function storedMapping(customXmlParts: string[]): WorkbookMapping {
  return mappingFrom(customXmlParts.filter((xml) => xml.includes(MAPPING_NS)).map(partJson));
}
