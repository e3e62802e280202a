/**
 * The host boundary: everything the task pane and the ribbon commands ask of the spreadsheet
 * application, in the core's words (grids, cells, JSON documents, described sheets) and nothing
 * of Excel's or WPS's. src/host/office.ts implements it over Office.js (src/office),
 * src/host/wps/host.ts over WPS 表格's object model. The workflows beside this file
 * (check.ts, mapping.ts, templates.ts, exports.ts) use only this interface, so a second host gets
 * them whole. The PERF.* custom functions ask nothing of the host: Excel hands them their
 * arguments. docs/host.md describes the contract.
 */
import type { Grid } from "../core/grid";
import type { Finding, Severity } from "../core/model";
import type { DefinedName, TemplateSheet } from "../core/template";

export type HostKind = "excel" | "wps";
export type HostPlatform = "web" | "windows" | "mac" | "ios" | "android" | "linux" | "other";

/** What differs between platforms, so that the pane offers what works instead of a dead button. */
export interface HostCapabilities {
  /** A file can be handed to the user: a download (not in Excel for Mac's web view), WPS's Save As dialog. */
  downloads: boolean;
  /** The open workbook can be had as xlsx bytes (the checked copy as a file). */
  workbookFile: boolean;
  /** A ribbon command can open the task pane to show what it did. */
  showPane: boolean;
  /** sheetChanged, selectionChanged and sheetActivated are reported. */
  events: boolean;
}

export interface HostInfo {
  kind: HostKind;
  platform: HostPlatform;
  /** The application's display language ("zh-CN", "en-US"), when it says. */
  displayLanguage: string | undefined;
  capabilities: HostCapabilities;
}

/** A cell of a sheet: "D7", no "$", no sheet prefix. */
export interface CellRef {
  sheet: string;
  cell: string;
}

export interface SheetInfo {
  name: string;
  /** 0-based position in the workbook's tab order (the add-in's own storage sheet counts too). */
  position: number;
  visibility: "visible" | "hidden" | "veryHidden";
  protected: boolean;
}

/** Namespace → the JSON documents stored under it, oldest first; [] when there are none. */
export type StoredDocuments = Record<string, unknown[]>;

export interface ReadRequest {
  /**
   * Every sheet's grid (the check), the active sheet's (the mapping view), none (lists only), or
   * the named sheets' (只检查本表, a re-check after an edit: `{ sheets: [name] }`; unknown names are skipped).
   */
  scope: "all" | "active" | "none" | { sheets: string[] };
  /** Namespaces of stored documents to read with the sheets (core/storedData.ts). */
  documents?: string[];
  /** Round trips done and planned so far (a host without round trips may never call it). */
  onProgress?: (done: number, total: number) => void;
  /** Checked between round trips: an aborted read rejects with CheckCancelledError. */
  signal?: AbortSignal;
}

export interface WorkbookRead {
  /** The user's sheets in tab order; the add-in's own storage sheet is never among them. */
  sheets: SheetInfo[];
  /** One per sheet read (scope), in the order of `sheets`. */
  grids: Grid[];
  /** The active sheet's name. */
  active: string;
  /** The workbook's defined names. */
  names: string[];
  documents: StoredDocuments;
}

/** A cell to mark in the colour of its most severe finding. */
export interface MarkTarget extends CellRef {
  severity: Severity;
}

export interface PaintOptions {
  /**
   * The read this paint follows, with the HIGHLIGHTS_NS documents: the host takes the sheets and
   * the last check's marks from it instead of reading them again (two round trips in Excel).
   */
  after?: WorkbookRead;
  onProgress?: (done: number, total: number) => void;
  /** Checked until the first write: a cancelled paint leaves the workbook as it was. */
  signal?: AbortSignal;
  /**
   * Replace the marks of these sheets only (只检查本表): targets elsewhere are ignored, and the
   * other sheets' marks and their records stay exactly as they were. All sheets when absent.
   */
  sheets?: string[];
}

export interface MarkOutcome {
  /** Cells that carry a mark now. */
  painted: number;
  /** Sheets with targets that are protected: not marked (the finding list still has them). */
  protectedSheets: string[];
  /** Cells whose fill could not be given back exactly (a gradient): not marked. */
  unrestorable: CellRef[];
}

/** What a cell holds, as the user typed it. */
export interface CellContent {
  /** The formula ("=SUM(C7:C9)"), else the constant: a number, a text, a boolean, "" when empty. */
  entry: number | string | boolean;
  /** "General", "0.00%", "@" … */
  numberFormat: string;
}

/** A value to put into a cell (a fix, or a fix taken back). */
export interface CellWrite extends CellRef {
  /** A number, a text, a formula "=…", or "" to empty the cell; written as the user would type it. */
  entry: number | string | boolean;
  /** The number format to give the cell with it; the cell keeps its own when absent. */
  numberFormat?: string;
  /** Write only while the cell still holds this (a cell the user changed since is theirs). */
  onlyIf?: CellContent;
}

export interface CellWritten extends CellRef {
  /** What the cell held before (whether or not it was written). */
  before: CellContent;
  /** False when `onlyIf` did not hold, and the cell was left as it was. */
  written: boolean;
}

export interface SheetWrite {
  sheet: TemplateSheet;
  position?: number;
  activate?: boolean;
}

export interface WriteSheetsRequest {
  /** Sheets deleted first (an old 汇总). */
  remove?: string[];
  add: SheetWrite[];
  /** Defined names added after the sheets. */
  names?: DefinedName[];
  /** The sheet and defined names the caller read just before (saves the host a round trip). */
  existing?: { sheets: string[]; names: string[] };
}

/** Something the host refused that the sheet is complete without. */
export interface SheetWarning {
  sheet: string;
  what: "printSetup";
  /** The host's own words, for the curious. */
  detail: string;
}

export interface WriteSheetsOutcome {
  added: string[];
  warnings: SheetWarning[];
}

export interface SaveFile {
  name: string;
  /** MIME type. */
  type: string;
  data: Uint8Array | string;
}

export type HostEvent = "sheetChanged" | "selectionChanged" | "sheetActivated";

export interface HostEventDetail {
  sheet: string;
  /** The changed or selected range ("C5:D6"), when the event has one. */
  address?: string;
}

export type Unsubscribe = () => Promise<void>;

export interface SpreadsheetHost {
  readonly info: HostInfo;

  /** Sheets → grids and the stored documents, in a fixed number of round trips. */
  readWorkbook(request: ReadRequest): Promise<WorkbookRead>;

  /** Replaces the marks of the last check with these; each cell's own fill is kept to be restored. */
  paintMarks(targets: MarkTarget[], options?: PaintOptions): Promise<MarkOutcome>;
  /** Gives every marked cell that still shows its mark its own fill back; returns how many. */
  clearMarks(): Promise<number>;
  /** Whether the workbook carries marks (also after save and reopen). */
  hasMarks(): Promise<boolean>;

  /**
   * Writes these cells' values (and number formats) and says what each held before. A number goes
   * in as it is: a percentage cell keeps its format and shows 0.9522 as 95.22%. A write is refused
   * whole (a protected sheet): nothing is written then. Never for the host's own storage sheet.
   */
  writeCells(writes: CellWrite[]): Promise<CellWritten[]>;

  /** Activates the sheet and selects the cell. */
  selectCell(target: CellRef): Promise<void>;
  /**
   * The top-left cell of the selection, and `area` when more than one cell is selected ("C5:D6");
   * a merged cell selected is its whole merged area.
   */
  selectedCell(): Promise<CellRef & { area?: string }>;

  readDocuments(namespaces: string[]): Promise<StoredDocuments>;
  /**
   * Reads the documents of one namespace and replaces them with what `update` returns (null
   * removes them), in one go. Stored so that it survives save and reopen on every platform.
   */
  updateDocument(namespace: string, update: (documents: unknown[]) => unknown | null): Promise<void>;

  /** Writes described sheets (templates, 汇总, 字典); a sheet is never left half built. */
  writeSheets(request: WriteSheetsRequest): Promise<WriteSheetsOutcome>;

  /** The open workbook as xlsx bytes with a first sheet 检查结果 listing `findings`, which is removed again. */
  checkedCopy(findings: Finding[]): Promise<Uint8Array>;
  /** Adds the 检查结果 sheet listing `findings` and keeps it (where no file can be had); returns its name. */
  addFindingsSheet(findings: Finding[]): Promise<string>;
  /** Where the open workbook lives (a URL or a path), when the host knows: its file name names the exports. */
  documentUrl(): string | undefined;
  /** Hands a file to the user; only where info.capabilities.downloads. */
  saveFile(file: SaveFile): Promise<void>;

  /** Calls `handler` on each event until the returned function is called. */
  on(event: HostEvent, handler: (detail: HostEventDetail) => void): Promise<Unsubscribe>;
  /** Opens the task pane (a ribbon command showing its result). */
  showPane(): Promise<void>;
}
