/** Reading and replacing the add-in's custom XML parts through Excel (the documents: core/storedData). */
import { jsonPartXml, partJson } from "../core/storedData";

export { HIGHLIGHTS_NS, MAPPING_NS, jsonPartXml, partJson } from "../core/storedData";

/** The parts of one namespace: queue with {@link listParts}, sync, then {@link queuePartXml}, sync. */
export interface StoredParts {
  namespace: string;
  collection: Excel.CustomXmlPartScopedCollection;
  xml: OfficeExtension.ClientResult<string>[];
}

export function listParts(context: Excel.RequestContext, namespace: string): StoredParts {
  const collection = context.workbook.customXmlParts.getByNamespace(namespace);
  collection.load("items/id");
  return { namespace, collection, xml: [] };
}

/** After the sync that loaded the list: queues reading each part's XML. */
export function queuePartXml(parts: StoredParts): void {
  parts.xml = parts.collection.items.map((part) => part.getXml());
}

/** After the sync that read the XML: the JSON documents, oldest first (damaged parts skipped). */
export function partDocuments(parts: StoredParts): unknown[] {
  return parts.xml.map((x) => (typeof x.value === "string" ? partJson(x.value) : undefined)).filter((d) => d !== undefined);
}

/** Queues replacing every part of the namespace with one holding `data` (none when data is null); returns the new part. */
export function queueReplaceParts(context: Excel.RequestContext, parts: StoredParts, root: string, data: unknown | null): Excel.CustomXmlPart | undefined {
  for (const part of parts.collection.items) part.delete();
  return data === null ? undefined : context.workbook.customXmlParts.add(jsonPartXml(root, parts.namespace, data));
}
