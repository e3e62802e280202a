/**
 * The add-in's JSON documents (mapping, highlight records, configuration) kept in the workbook:
 * in custom XML parts, one per namespace, as the Excel add-in keeps them (core/storedData), where
 * the WPS build offers Workbook.CustomXMLParts; otherwise in the very hidden data sheet
 * (dataSheet.ts). Reading looks in both, so a workbook written either way is read alike.
 */
import { jsonPartXml, partJson } from "../../core/storedData";
import { sheetDocuments, writeDataSheet } from "./dataSheet";
import { EtApplication, EtCustomXMLParts, EtWorkbook } from "./et";

export { HIGHLIGHTS_NS, MAPPING_NS } from "../../core/storedData";
/** The user's configuration (issue 14 defines its content). */
export const CONFIG_NS = "urn:perfeval:config:1";

/** The workbook's custom XML parts, or undefined when this WPS build has none (the property throws or is missing). */
export function customXmlParts(book: EtWorkbook): EtCustomXMLParts | undefined {
  try {
    const parts = book.CustomXMLParts;
    return parts && typeof parts.SelectByNamespace === "function" && typeof parts.Count === "number" ? parts : undefined;
  } catch {
    return undefined;
  }
}

/** The namespace's JSON documents, oldest first: the custom XML parts', then the data sheet's. */
export function readDocuments(book: EtWorkbook, namespace: string): unknown[] {
  const documents: unknown[] = [];
  const parts = customXmlParts(book);
  if (parts) {
    const found = parts.SelectByNamespace(namespace);
    for (let i = 1; i <= found.Count; i++) {
      const doc = partJson(found.Item(i).XML);
      if (doc !== undefined) documents.push(doc);
    }
  }
  return [...documents, ...sheetDocuments(book, namespace)];
}

/** Replaces the namespace's documents with one holding `data` (none when data is null). */
export function writeDocument(app: EtApplication, book: EtWorkbook, namespace: string, root: string, data: unknown | null): void {
  const xml = data === null ? null : jsonPartXml(root, namespace, data);
  const parts = customXmlParts(book);
  if (!parts) {
    writeDataSheet(app, book, namespace, data);
    return;
  }
  const found = parts.SelectByNamespace(namespace);
  const old = Array.from({ length: found.Count }, (_, i) => found.Item(i + 1));
  if (xml !== null) parts.Add(xml);
  for (const part of old) part.Delete();
  // A document the data sheet held (the workbook was last saved by a build without parts) moves here.
  if (sheetDocuments(book, namespace).length) writeDataSheet(app, book, namespace, null);
}

/** The workbook the add-in acts on: the active one. */
export function activeBook(app: EtApplication): EtWorkbook {
  const book = app.ActiveWorkbook;
  if (!book) throw new Error("没有打开的工作簿");
  return book;
}
