/**
 * The add-in's JSON documents (mapping, highlight records, configuration) in the workbook, kept as
 * the Excel add-in keeps them (src/office/storedDocuments.ts): twice, a custom XML part per
 * namespace (core/storedData) where the WPS build offers Workbook.CustomXMLParts, and a row of the
 * very hidden store sheet (dataSheet.ts). Readers take the parts when a namespace has a usable one
 * and the sheet otherwise (core/storedSheet documentsOf), so a workbook corrected in WPS and then
 * opened in Excel for Mac, where parts may vanish (office-js#6091), keeps its corrections.
 *
 * Where the sheet cannot be written (a sheet of the user's has its name, the structure is
 * protected) the parts carry the documents alone, as in Excel; without parts either, the write
 * fails in one line and nothing changes.
 */
import { jsonPartXml, partJson, partRoot } from "../../core/storedData";
import { documentsOf } from "../../core/storedSheet";
import type { StoredDocuments } from "../types";
import { dataSheetBlocked, readDataSheet, writeDataSheet } from "./dataSheet";
import { EtApplication, EtCustomXMLParts, EtWorkbook } from "./et";

export { HIGHLIGHTS_NS, MAPPING_NS } from "../../core/storedData";
export { CONFIG_NS } from "../../core/config";

/** The workbook's custom XML parts, or undefined when this WPS build has none (the property throws or is missing). */
export function customXmlParts(book: EtWorkbook): EtCustomXMLParts | undefined {
  try {
    const parts = book.CustomXMLParts;
    return parts && typeof parts.SelectByNamespace === "function" && typeof parts.Count === "number" ? parts : undefined;
  } catch {
    return undefined;
  }
}

function partsOf(parts: EtCustomXMLParts, namespace: string) {
  const found = parts.SelectByNamespace(namespace);
  return Array.from({ length: found.Count }, (_, i) => found.Item(i + 1));
}

/** The documents of these namespaces, oldest first: the parts' where a namespace has usable ones, else the store sheet's. */
export function readStored(book: EtWorkbook, namespaces: string[]): StoredDocuments {
  const parts = customXmlParts(book);
  const sheet = readDataSheet(book);
  const out: StoredDocuments = {};
  for (const ns of namespaces) {
    const fromParts = parts ? partsOf(parts, ns).map((p) => partJson(p.XML)).filter((d) => d !== undefined) : [];
    out[ns] = documentsOf(fromParts, sheet, ns);
  }
  return out;
}

/** One namespace's documents. */
export const readDocuments = (book: EtWorkbook, namespace: string): unknown[] => readStored(book, [namespace])[namespace];

/**
 * Replaces the namespace's documents with one holding `data` (none when data is null), in the
 * parts and in the store sheet. The new part is added before the old ones go, and the sheet is
 * checked before anything is written: a refusal leaves the old documents.
 */
export function writeDocument(app: EtApplication, book: EtWorkbook, namespace: string, data: unknown | null): void {
  const parts = customXmlParts(book);
  const blocked = dataSheetBlocked(book);
  if (!parts && blocked) throw new Error(blocked);
  if (parts) {
    const old = partsOf(parts, namespace);
    if (data !== null) parts.Add(jsonPartXml(partRoot(namespace), namespace, data));
    for (const part of old) part.Delete();
  }
  if (!blocked) writeDataSheet(app, book, namespace, data);
}

/** The workbook the add-in acts on: the active one. */
export function activeBook(app: EtApplication): EtWorkbook {
  const book = app.ActiveWorkbook;
  if (!book) throw new Error("没有打开的工作簿");
  return book;
}
