/**
 * SimWorkbook: the simulated document plus what a test wants to know about the add-in's
 * traffic (sync count, write log). Direct helpers here are "the user typing": not logged.
 */
import { SimError } from "./errors";
import { SimEvents } from "./events";
import { PROFILES, ProfileName, SimProfile, versionAtLeast } from "./profiles";
import {
  Area, SimCell, SimFill, SimSheet, SimState, SimValue, SimWrite, a1, areaA1, mutableCell, newSheet, parseAddress, pruneCell,
} from "./state";

export class SimWorkbook {
  state: SimState;
  /** The platform this workbook is open on (limits, requirement sets, downloads, persistence). */
  profile: SimProfile = PROFILES.web;
  /** Every context.sync() of every Excel.run on this workbook. */
  syncCount = 0;
  /** Every write the API applied, in order. */
  log: SimWrite[] = [];
  /** What Office.context.document.url reports (the open file's address). */
  documentUrl = "https://contoso.sharepoint.com/sites/finance/Shared Documents/Book1.xlsx";
  /** What Office.context.displayLanguage reports. */
  displayLanguage = "zh-CN";
  /** Event handlers the add-in registered (events.ts). */
  readonly events = new SimEvents();
  /** Functions registered with Office.actions.associate, by id. */
  actions: Record<string, (...args: unknown[]) => unknown> = {};
  /** Calls to Office.addin.* (showAsTaskpane, hide, ...), in order. */
  addinCalls: string[] = [];
  /**
   * Payload limits of one request / response in bytes (JSON of written / loaded values), as Excel
   * on the web enforces (~5 MB); null = none, as on the desktop.
   */
  requestLimit: number | null = 5 * 1024 * 1024;
  responseLimit: number | null = 5 * 1024 * 1024;
  /** How an oversized batch fails: Excel on the web often says GeneralException rather than the payload codes. */
  payloadErrorCode: "GeneralException" | "exact" = "GeneralException";
  /**
   * Cells one read may return (Excel: 5 million on every platform); above it Range.values and the
   * other cell matrices come back null (docs/excel/performance.md) or the read fails RangeExceedsLimit.
   */
  maxReadCells = 5_000_000;
  oversizedRead: "null" | "RangeExceedsLimit" = "null";
  /**
   * Write kinds (as logged: "pageLayout.zoom", "merge") that fail with GeneralException: a fault a
   * test injects to see that a refused write costs no half-built sheet.
   */
  refuse = new Set<string>();
  /** Syncs (by number, 1 = the first on this workbook) that fail with GeneralException: a passing fault. */
  failingSyncs = new Set<number>();
  /**
   * How those syncs fail: GeneralException "An internal error has occurred." unless a test says
   * otherwise — Excel on the web has answered requests with HTTP 500 (office-js#261), which reaches
   * the add-in as "The request failed with status code of 500".
   */
  failingSyncError: { code: string; message: string } = { code: "GeneralException", message: "An internal error has occurred." };
  /** Throws for a write kind the test made Excel refuse. */
  assertAccepted(what: string): void {
    if (this.refuse.has(what)) throw new SimError("GeneralException", `Excel refused ${what}.`);
  }
  /** The size of the last request Excel accepted (bytes, as the simulator counts them). */
  lastRequestBytes = 0;
  /** Files handed out by getFileAsync and not closed yet. */
  openFiles = 0;

  constructor(state?: SimState, profile: ProfileName = "web") {
    this.state = state ?? { sheets: [], activeSheetId: null, customXmlParts: [], names: [] };
    this.useProfile(profile);
  }

  /** Opens the workbook on another platform: its limits and what it supports. */
  useProfile(name: ProfileName): this {
    this.profile = PROFILES[name];
    this.requestLimit = this.profile.requestLimit;
    this.responseLimit = this.profile.responseLimit;
    return this;
  }

  /** Office.context.requirements.isSetSupported on this platform. */
  isSetSupported(name: string, version = "1.1"): boolean {
    const have = this.profile.requirementSets[name];
    return have !== undefined && versionAtLeast(have, version);
  }

  /**
   * "Save and reopen" on this workbook's platform: the saved state in a new workbook, sync count and
   * log afresh; on Mac without the custom XML parts (office-js#6091).
   */
  reopen(): SimWorkbook {
    const reopened = new SimWorkbook(JSON.parse(this.toJSON()) as SimState, this.profile.name);
    if (!this.profile.xmlPartsSurviveReopen) reopened.state.customXmlParts = [];
    reopened.displayLanguage = this.displayLanguage;
    return reopened;
  }

  private idCounter = 0;

  /** A GUID-like id unused in the document (kept out of the state, so ids do not show up as changes). */
  newId(kind: "sheet" | "part"): string {
    const taken = new Set([...this.state.sheets.map((s) => s.id), ...this.state.customXmlParts.map((p) => p.id)]);
    for (;;) {
      const n = (++this.idCounter).toString(16).toUpperCase().padStart(8, "0");
      const id = kind === "sheet" ? `{${n}-0001-0000-0000-000000000000}` : `{${n}-0002-4E2B-9A8D-5045524645564C}`;
      if (!taken.has(id)) return id;
    }
  }

  /** Adds a sheet at the end (the first one becomes active). */
  addSheet(name: string): SimSheet {
    if (this.findSheet(name)) throw new Error(`sheet ${name} exists`);
    const sheet = newSheet(this.newId("sheet"), name);
    this.state.sheets.push(sheet);
    this.state.activeSheetId ??= sheet.id;
    return sheet;
  }

  /** By name (case-insensitive, as Excel) or id. */
  findSheet(key: string): SimSheet | undefined {
    const lower = key.toLowerCase();
    return this.state.sheets.find((s) => s.id === key || s.name.toLowerCase() === lower);
  }

  sheet(name: string): SimSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** The cell's record (a fresh empty one when the cell is empty). */
  cell(sheet: string, address: string): SimCell {
    const at = parseAddress(address);
    if (!at) throw new Error(`bad address ${address}`);
    return { ...(this.sheet(sheet).cells[a1(at.top, at.left)] ?? {}) };
  }

  private edit(sheet: string, address: string, fn: (cell: SimCell) => void): void {
    const at = parseAddress(address);
    if (!at) throw new Error(`bad address ${address}`);
    const s = this.sheet(sheet);
    fn(mutableCell(s, at.top, at.left));
    pruneCell(s, at.top, at.left);
  }

  setValue(sheet: string, address: string, value: SimValue | null): void {
    this.edit(sheet, address, (c) => {
      c.value = value === null || value === "" ? undefined : value;
      c.formula = undefined;
    });
    this.changed(sheet, address);
  }

  setFormula(sheet: string, address: string, formula: string, cached?: SimValue): void {
    this.edit(sheet, address, (c) => {
      c.formula = formula;
      c.value = cached;
    });
    this.changed(sheet, address);
  }

  /** Tells the add-in's onChanged handlers that the data of these cells changed. */
  changed(sheet: string, address: string, source: "Local" | "Remote" = "Local"): void {
    this.events.emit("changed", { worksheetId: this.sheet(sheet).id, address: address.toUpperCase(), source, changeType: "RangeEdited" });
  }

  setNumberFormat(sheet: string, address: string, format: string): void {
    this.edit(sheet, address, (c) => (c.numberFormat = format === "General" ? undefined : format));
  }

  setFill(sheet: string, address: string, fill: SimFill | string | null): void {
    this.edit(sheet, address, (c) => (c.fill = typeof fill === "string" ? { color: fill, pattern: "Solid" } : fill ?? undefined));
  }

  merge(sheet: string, address: string): void {
    const area = parseAddress(address);
    if (!area) throw new Error(`bad address ${address}`);
    this.sheet(sheet).merges.push(area);
  }

  get activeSheet(): string | null {
    return this.state.sheets.find((s) => s.id === this.state.activeSheetId)?.name ?? null;
  }

  /** Activates the sheet and selects the cell or area, as the user clicking would. */
  select(sheet: string, address: string): void {
    const s = this.sheet(sheet);
    const area = parseAddress(address);
    if (!area) throw new Error(`bad address ${address}`);
    const switched = this.state.activeSheetId !== s.id;
    this.state.activeSheetId = s.id;
    s.selection = area;
    if (switched) this.events.emit("activated", { worksheetId: s.id });
    this.events.emit("selectionChanged", { worksheetId: s.id, address: areaA1(area) });
  }

  get selection(): { sheet: string; address: string } | null {
    const s = this.state.sheets.find((x) => x.id === this.state.activeSheetId);
    return s ? { sheet: s.name, address: areaA1(s.selection) } : null;
  }

  mergesOf(sheet: string): string[] {
    return this.sheet(sheet).merges.map((m: Area) => areaA1(m));
  }

  /** A deep copy of the whole document, for before/after comparisons. */
  snapshot(): SimState {
    return JSON.parse(JSON.stringify(this.state)) as SimState;
  }

  toJSON(): string {
    return JSON.stringify(this.state);
  }

  /** "Save and reopen": a new workbook from saved state (sync count and log start afresh). */
  static fromJSON(json: string): SimWorkbook {
    return new SimWorkbook(JSON.parse(json) as SimState);
  }

  /** The document as a file's bytes (UTF-8 JSON): what getFileAsync hands out. */
  fileBytes(): Uint8Array {
    return new TextEncoder().encode(this.toJSON());
  }

  static fromBytes(bytes: Uint8Array | number[]): SimWorkbook {
    return SimWorkbook.fromJSON(new TextDecoder().decode(bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes)));
  }
}
