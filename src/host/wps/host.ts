/**
 * The host boundary (src/host/types.ts) over WPS 表格's object model, so that the pane, the ribbon
 * and the workflows beside the boundary (check, mapping, templates, config, exports) run in WPS
 * unchanged. WPS's calls are synchronous; the boundary is asynchronous, and a long read yields to
 * the page between sheets so that the pane repaints, shows progress and takes a 取消 click.
 * Every call acts on the active workbook.
 */
import { HIGHLIGHTS_NS } from "../../core/storedData";
import { CheckCancelledError, stopIfCancelled } from "../errors";
import type { HostInfo, HostPlatform, ReadRequest, SpreadsheetHost, WorkbookRead } from "../types";
import { activeBook, readStored, writeDocument } from "./documents";
import { EtApplication, XL } from "./et";
import { subscribe } from "./events";
import { addResultsSheet, canCopyWorkbook, canSaveFiles, checkedCopy, saveFile } from "./exports";
import type { WpsGlobal } from "./global";
import { writeCells } from "./cells";
import { clearMarks, paintMarks } from "./marks";
import { readSheet, userSheets } from "./readGrids";
import { selectCell, selectedCell } from "./selection";
import { quietly } from "./sheets";
import { showPane } from "./taskPane";
import { definedNames, writeSheets } from "./template";

/** LCIDs of the languages WPS is sold in (the pane speaks English for en-US and en-GB only: taskpane/i18n.ts). */
const LANGUAGES: Record<number, string> = { 2052: "zh-CN", 1028: "zh-TW", 3076: "zh-HK", 4100: "zh-SG", 1033: "en-US", 2057: "en-GB" };

/** WPS's display language: Application.LanguageSettings.LanguageID(msoLanguageIDUI), when this build answers it. */
export function displayLanguage(app: EtApplication): string | undefined {
  try {
    return LANGUAGES[Number(app.LanguageSettings.LanguageID(XL.languageUi))];
  } catch {
    return undefined;
  }
}

/** WPS 加载项 run on Windows and on Linux (麒麟, 统信); the page's user agent says which. */
export function platformOf(userAgent: string): HostPlatform {
  if (/Windows/i.test(userAgent)) return "windows";
  if (/Linux|X11/i.test(userAgent)) return "linux";
  return "other";
}

/** What this WPS can do, from what its objects offer. */
export function wpsInfo(wps: WpsGlobal, app: EtApplication = wps.EtApplication()): HostInfo {
  const userAgent = typeof navigator === "undefined" ? "" : navigator.userAgent;
  return {
    kind: "wps",
    platform: platformOf(userAgent),
    displayLanguage: displayLanguage(app),
    capabilities: {
      downloads: canSaveFiles(wps, app),
      workbookFile: canCopyWorkbook(wps),
      showPane: typeof wps.CreateTaskPane === "function",
      events: typeof wps.ApiEvent?.AddApiEventListener === "function",
    },
  };
}

/** The sheets whose grids a read asks for, in tab order (unknown names in `{ sheets }` are skipped). */
function chosenSheets<T extends { info: { name: string } }>(sheets: T[], scope: ReadRequest["scope"], active: string): T[] {
  if (scope === "all") return sheets;
  if (scope === "none") return [];
  if (scope === "active") return sheets.filter((s) => s.info.name === active);
  const wanted = new Set(scope.sheets);
  return sheets.filter((s) => wanted.has(s.info.name));
}

/** Lets the page repaint and take a click between two synchronous stretches of WPS calls. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface WpsHostOptions {
  /** The task pane page's address (taskPane.ts paneUrl). */
  paneUrl: string;
  info?: HostInfo;
}

export function wpsHost(wps: WpsGlobal, options: WpsHostOptions): SpreadsheetHost {
  const app = () => wps.EtApplication();
  const book = () => activeBook(app());
  const sheetInfos = () => userSheets(book()).map((s) => s.info);

  async function readWorkbook(request: ReadRequest): Promise<WorkbookRead> {
    stopIfCancelled(request.signal);
    const wb = book();
    const sheets = userSheets(wb);
    const active = wb.ActiveSheet?.Name ?? "";
    const chosen = chosenSheets(sheets, request.scope, active);
    if (request.scope === "active" && chosen.length === 0) throw new Error("没有活动的工作表");
    const grids = [];
    for (const [i, { ws }] of chosen.entries()) {
      grids.push(readSheet(ws));
      request.onProgress?.(i + 1, chosen.length);
      if (chosen.length > 1) await yieldToPage();
      if (request.signal?.aborted) throw new CheckCancelledError();
    }
    return { sheets: sheets.map((s) => s.info), grids, active, names: definedNames(wb), documents: readStored(wb, request.documents ?? []) };
  }

  return {
    info: options.info ?? wpsInfo(wps),
    readWorkbook,
    paintMarks: async (targets, paint = {}) => {
      stopIfCancelled(paint.signal);
      const wb = book();
      const state = paint.after
        ? { sheets: paint.after.sheets, documents: paint.after.documents[HIGHLIGHTS_NS] ?? readStored(wb, [HIGHLIGHTS_NS])[HIGHLIGHTS_NS] }
        : { sheets: sheetInfos(), documents: readStored(wb, [HIGHLIGHTS_NS])[HIGHLIGHTS_NS] };
      paint.onProgress?.(0, 1);
      const outcome = quietly(app(), () => paintMarks(app(), wb, targets, { ...state, only: paint.sheets }));
      paint.onProgress?.(1, 1);
      return outcome;
    },
    clearMarks: async () => quietly(app(), () => clearMarks(app(), book(), sheetInfos())),
    writeCells: async (writes) => writeCells(app(), writes),
    hasMarks: async () => readStored(book(), [HIGHLIGHTS_NS])[HIGHLIGHTS_NS].length > 0,
    selectCell: async (target) => selectCell(app(), target),
    selectedCell: async () => selectedCell(app()),
    readDocuments: async (namespaces) => readStored(book(), namespaces),
    updateDocument: async (namespace, update) => {
      const wb = book();
      writeDocument(app(), wb, namespace, update(readStored(wb, [namespace])[namespace]));
    },
    writeSheets: async (request) => quietly(app(), () => writeSheets(app(), book(), request)),
    checkedCopy: async (findings) => quietly(app(), () => checkedCopy(wps, app(), book(), findings)),
    addFindingsSheet: async (findings) => {
      const ws = quietly(app(), () => addResultsSheet(app(), book(), findings));
      ws.Activate();
      return ws.Name;
    },
    documentUrl: () => {
      try {
        return app().ActiveWorkbook?.FullName || undefined;
      } catch {
        return undefined;
      }
    },
    saveFile: async (file) => void saveFile(wps, app(), file),
    on: async (event, handler) => {
      if (!wps.ApiEvent) throw new Error("这一版 WPS 不提供事件");
      return subscribe(wps.ApiEvent, event, handler);
    },
    showPane: async () => void showPane(wps, options.paneUrl),
  };
}
