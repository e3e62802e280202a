/**
 * The host boundary over Office.js: Excel on the web, Windows and Mac. Every spreadsheet call goes
 * to src/office; what differs between the platforms is read from Office once, at start-up.
 */
import { STORE_SHEET } from "../core/storedSheet";
import { writeCells } from "../office/cells";
import { addFindingsSheet, checkedCopyFile } from "../office/checkedCopy";
import { clearHighlights, hasHighlights, paintHighlights } from "../office/check";
import { readWorkbook } from "../office/readGrids";
import { selectCell, selectedCellAddress } from "../office/sheetMapping";
import { readStored, updateStored } from "../office/storedDocuments";
import { writeSheets } from "../office/template";
import type { HostEvent, HostEventDetail, HostInfo, HostPlatform, SaveFile, SpreadsheetHost, Unsubscribe } from "./types";

const PLATFORMS: Record<string, HostPlatform> = { OfficeOnline: "web", PC: "windows", Mac: "mac", iOS: "ios", Android: "android" };

function supported(set: string, version?: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
}

/** What this Office can do, from its own answers (Office.context). */
export function officeInfo(): HostInfo {
  const platform = PLATFORMS[String(Office.context.platform ?? Office.context.diagnostics?.platform ?? "")] ?? "other";
  return {
    kind: "excel",
    platform,
    displayLanguage: Office.context.displayLanguage,
    capabilities: {
      // Excel for Mac's web view ignores blob URLs and <a download> (OfficeDev/office-js#2700, #3385).
      downloads: platform !== "mac" && platform !== "ios",
      // getFileAsync(Compressed) is gated on CompressedFile; one docs table omits Excel on the web (#5297).
      workbookFile: supported("CompressedFile"),
      showPane: supported("SharedRuntime", "1.1"),
      events: supported("ExcelApi", "1.9"),
    },
  };
}

/** Saves through a temporary `<a download>`; the browser (or Excel's web view) asks where. */
function download(file: SaveFile): void {
  const blob = new Blob([typeof file.data === "string" ? file.data : file.data.slice()], { type: file.type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

type ExcelEvent = { worksheetId: string; address?: string };

/** Which Office.js event of the worksheet collection carries each host event. */
function eventOf(worksheets: Excel.WorksheetCollection, event: HostEvent): OfficeExtension.EventHandlers<ExcelEvent> {
  if (event === "sheetChanged") return worksheets.onChanged as unknown as OfficeExtension.EventHandlers<ExcelEvent>;
  if (event === "selectionChanged") return worksheets.onSelectionChanged as unknown as OfficeExtension.EventHandlers<ExcelEvent>;
  return worksheets.onActivated as unknown as OfficeExtension.EventHandlers<ExcelEvent>;
}

async function subscribe(event: HostEvent, handler: (detail: HostEventDetail) => void): Promise<Unsubscribe> {
  const registration = await Excel.run(async (context) => {
    const result = eventOf(context.workbook.worksheets, event).add(async (e: ExcelEvent) => {
      // The event names the sheet by id; the pane speaks of sheets by name.
      const name = await Excel.run(async (c) => {
        const ws = c.workbook.worksheets.getItemOrNullObject(e.worksheetId).load("name");
        await c.sync();
        return ws.isNullObject ? undefined : ws.name;
      });
      // The add-in's own store sheet changes when it saves its data: not the user's news.
      if (name !== undefined && name !== STORE_SHEET) handler({ sheet: name, ...(e.address ? { address: e.address } : {}) });
    });
    await context.sync();
    return result;
  });
  return async () => {
    await Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
  };
}

export function officeHost(info: HostInfo = officeInfo()): SpreadsheetHost {
  return {
    info,
    readWorkbook: (request) => Excel.run((context) => readWorkbook(context, request)),
    paintMarks: paintHighlights,
    clearMarks: clearHighlights,
    hasMarks: hasHighlights,
    writeCells,
    selectCell: (target) => selectCell(target.sheet, target.cell),
    selectedCell: async () => {
      const { sheet, address, area } = await selectedCellAddress();
      return { sheet, cell: address, ...(area ? { area } : {}) };
    },
    readDocuments: readStored,
    updateDocument: updateStored,
    writeSheets,
    checkedCopy: checkedCopyFile,
    addFindingsSheet,
    documentUrl: () => Office.context.document?.url ?? undefined,
    saveFile: async (file) => download(file),
    on: subscribe,
    showPane: () => Office.addin.showAsTaskpane(),
  };
}
