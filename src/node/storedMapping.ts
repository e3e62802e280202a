/**
 * What the add-in stores in the workbook (core/storedData): the field → cell corrections and the
 * configuration, so that the command line checks as Excel does. The reader hands over the text of
 * every custom XML part (src/node/xlsx, larger parts than core's cap never inflated) and the
 * documents of the add-in's store sheet; the parts come from a file like any cell: untrusted.
 */
import type { WorkbookMapping } from "../core/check";
import { MAPPING_NS, mappingFrom, partJson } from "../core/storedData";
import { SheetDocuments, documentsOf } from "../core/storedSheet";

/**
 * The JSON documents of our custom XML parts by namespace, in part order. A namespace without a
 * usable part takes the documents of the add-in's store sheet (`stored`; Excel for Mac may lose
 * the parts, office-js#6091). A damaged part with nothing to fall back on stays in the list as
 * undefined: the mapping drops it, the configuration refuses it.
 */
export function storedDocuments(customXmlParts: readonly string[], namespaces: readonly string[], stored?: SheetDocuments): Record<string, unknown[]> {
  const found: Record<string, unknown[]> = Object.create(null);
  for (const ns of namespaces) found[ns] = [];
  for (const xml of customXmlParts) {
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

export function storedMapping(customXmlParts: readonly string[], stored?: SheetDocuments): WorkbookMapping {
  return mappingFrom(storedDocuments(customXmlParts, [MAPPING_NS], stored)[MAPPING_NS]);
}
