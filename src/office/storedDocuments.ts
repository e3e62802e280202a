/**
 * The add-in's JSON documents by namespace in Excel, kept twice: a custom XML part each (what the
 * command line has always read) and a row of the very hidden store sheet (core/storedSheet.ts),
 * because custom XML parts have been seen to vanish on Excel for Mac after save and reopen
 * (OfficeDev/office-js#6091). Reading takes the parts when a namespace has any, the sheet
 * otherwise; writing replaces both in the same batch.
 *
 *   queueStoreRead   before sync 1: part lists, the store sheet's cells, workbook protection
 *   afterList        after sync 1: queues each part's XML (needs sync 2 when there are parts)
 *   documents        after sync 2
 *   writeStored      any time after: replaces one namespace's document in both places
 */
import { jsonPartXml, partJson, partRoot } from "../core/storedData";
import { STORE_SHEET, SheetDocuments, isStoreValues, storeDocuments, storeRows, documentsOf } from "../core/storedSheet";
import type { StoredDocuments } from "../host/types";
import { isRefusedForSize } from "./batches";

export { partRoot };

interface NamespaceParts {
  collection: Excel.CustomXmlPartScopedCollection;
  xml: OfficeExtension.ClientResult<string>[];
  /** The parts as they are after the writes queued so far. */
  current?: Excel.CustomXmlPart[];
}

export interface StoreRead {
  namespaces: string[];
  parts: Record<string, NamespaceParts>;
  sheet: Excel.Worksheet;
  used: Excel.Range;
  protection: Excel.WorkbookProtection;
  /** Set after sync 1: the store sheet is there and ours; its documents, kept up to date by writes. */
  stored?: SheetDocuments;
  /** The store sheet exists (ours or a user's sheet of that name). */
  sheetExists?: boolean;
  /** Rows × columns the store sheet's cells took (to clear them before rewriting). */
  usedSize?: { rows: number; columns: number };
}

/** Queues what sync 1 loads. */
export function queueStoreRead(context: Excel.RequestContext, namespaces: string[]): StoreRead {
  const parts: Record<string, NamespaceParts> = {};
  for (const ns of namespaces) {
    const collection = context.workbook.customXmlParts.getByNamespace(ns);
    collection.load("items/id");
    parts[ns] = { collection, xml: [] };
  }
  const sheet = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
  const used = sheet.getUsedRangeOrNullObject(true).load("values, rowCount, columnCount");
  const protection = context.workbook.protection.load("protected");
  return { namespaces, parts, sheet, used, protection };
}

/**
 * After sync 1: reads the store sheet and, with `readXml`, queues the parts' XML; true when that
 * needs another sync. A writer that knows the documents already lists the parts only.
 */
export function afterList(store: StoreRead, readXml = true): boolean {
  store.sheetExists = !store.sheet.isNullObject;
  if (!store.used.isNullObject && isStoreValues(store.used.values)) {
    store.stored = storeDocuments(store.used.values) ?? {};
    store.usedSize = { rows: store.used.rowCount, columns: store.used.columnCount };
  } else if (store.sheetExists && store.used.isNullObject) {
    store.stored = {}; // ours, emptied (or a user's empty sheet of that name: writing there loses nothing)
  }
  let more = false;
  for (const p of Object.values(store.parts)) {
    p.current = [...p.collection.items];
    p.xml = readXml ? p.current.map((part) => part.getXml()) : [];
    more ||= p.xml.length > 0;
  }
  return more;
}

/** After the XML was read: each namespace's documents, parts first, the store sheet otherwise. */
export function storedDocuments(store: StoreRead): StoredDocuments {
  const out: StoredDocuments = {};
  for (const ns of store.namespaces) {
    const fromParts = store.parts[ns].xml.map((x) => partJson(x.value)).filter((d) => d !== undefined);
    out[ns] = documentsOf(fromParts, store.stored, ns);
  }
  return out;
}

/** Which copies a write touches: both, or one at a time when both together make too large a request. */
export type StoreCopies = "both" | "part" | "sheet";

/**
 * Queues replacing the namespace's document (null removes it); returns what records the new state
 * once the sync went through — a refused sync changed nothing, and the store must not think it did.
 */
export function queueStoreWrite(context: Excel.RequestContext, store: StoreRead, namespace: string, data: unknown | null, copies: StoreCopies = "both"): () => void {
  const commits: (() => void)[] = [];
  if (copies !== "sheet") commits.push(queuePartWrite(context, store, namespace, data));
  if (copies !== "part") commits.push(queueSheetWrite(context, store, namespace, data));
  return () => commits.forEach((commit) => commit());
}

/** Writes the namespace's document in one sync, or in two (part, then sheet) when Excel refuses one for its size. */
export async function writeStored(context: Excel.RequestContext, store: StoreRead, namespace: string, data: unknown | null): Promise<void> {
  const both = queueStoreWrite(context, store, namespace, data);
  try {
    await context.sync();
    both();
    return;
  } catch (e) {
    if (!isRefusedForSize(e)) throw e;
  }
  for (const copies of ["part", "sheet"] as const) {
    const commit = queueStoreWrite(context, store, namespace, data, copies);
    await context.sync();
    commit();
  }
}

function queuePartWrite(context: Excel.RequestContext, store: StoreRead, namespace: string, data: unknown | null): () => void {
  const parts = store.parts[namespace];
  const current = parts.current ?? [];
  const xml = data === null ? undefined : jsonPartXml(partRoot(namespace), namespace, data);
  if (xml !== undefined && current.length === 1) {
    current[0].setXml(xml);
    return () => undefined;
  }
  for (const part of current) part.delete();
  const next = xml === undefined ? [] : [context.workbook.customXmlParts.add(xml)];
  return () => (parts.current = next);
}

function queueSheetWrite(context: Excel.RequestContext, store: StoreRead, namespace: string, data: unknown | null): () => void {
  const none = () => undefined;
  if (!store.stored && data === null) return none;
  // A sheet of the user's that happens to have the store's name is theirs; a protected structure takes no new sheet.
  if (!store.stored && (store.sheetExists || store.protection.protected)) return none;
  const documents: SheetDocuments = { ...(store.stored ?? {}), [namespace]: data };
  if (store.stored && Object.values(documents).every((d) => d === null || d === undefined)) {
    // Nothing left to keep: the workbook goes back to having no sheet of ours.
    store.sheet.delete();
    return () => Object.assign(store, { stored: undefined, sheetExists: false, usedSize: undefined });
  }
  let sheet = store.sheet;
  if (!store.stored) {
    sheet = context.workbook.worksheets.add(STORE_SHEET);
    sheet.visibility = "VeryHidden";
  }
  const rows = storeRows(documents);
  if (store.usedSize) sheet.getRangeByIndexes(0, 0, store.usedSize.rows, store.usedSize.columns).clear("Contents");
  const range = sheet.getRangeByIndexes(0, 0, rows.length, rows[0].length);
  range.numberFormat = rows.map((r) => r.map(() => "@"));
  range.values = rows;
  return () => Object.assign(store, { sheet, sheetExists: true, stored: documents, usedSize: { rows: rows.length, columns: rows[0].length } });
}

/** The documents of these namespaces: 1 sync, 2 when there are parts. */
export async function readStored(namespaces: string[]): Promise<StoredDocuments> {
  return Excel.run(async (context) => {
    const store = queueStoreRead(context, namespaces);
    await context.sync();
    if (afterList(store)) await context.sync();
    return storedDocuments(store);
  });
}

/** Reads one namespace's documents and writes back what `update` makes of them: 2 or 3 syncs. */
export async function updateStored(namespace: string, update: (documents: unknown[]) => unknown | null): Promise<void> {
  await Excel.run(async (context) => {
    const store = queueStoreRead(context, [namespace]);
    await context.sync();
    if (afterList(store)) await context.sync();
    await writeStored(context, store, namespace, update(storedDocuments(store)[namespace]));
  });
}
