/**
 * WpsBook: the simulated document plus what a test wants to know of the add-in's traffic: every
 * write (`log`) and how often each property or method was used (`calls`). The helpers here are
 * "the user typing": not logged.
 */
import { Area, WpsCell, WpsFill, WpsSheet, WpsState, WpsValue, a1, areaA1, newSheet, parseAddress } from "./state";

export interface WpsWrite {
  what: string;
  sheet?: string;
  address?: string;
}

export interface WpsBookOptions {
  /**
   * Whether Workbook.CustomXMLParts works. Kingsoft declares it (wps-jsapi lib.kso.d.ts), but
   * whether a given WPS build stores the parts is not documented: false makes it throw, so the
   * very hidden sheet fallback runs.
   */
  customXmlParts?: boolean;
  /** Application.Build: custom functions need 12.1.0.20540 or later. */
  build?: string;
  /**
   * What LanguageSettings.LanguageID(msoLanguageIDUI) answers: an LCID (2052 zh-CN, 1033 en-US).
   * null makes the call throw, as a build that does not answer it (assumed possible).
   */
  languageId?: number | null;
  /** Which of the add-in API's file functions this WPS offers (FileSystem binary reads and writes, Env, FileDialog). */
  files?: boolean;
}

/** A WPS event as the `wps.ApiEvent` listeners get it: the name and the objects passed. */
export type WpsEventSink = (name: string, args: () => unknown[]) => void;

export class WpsBook {
  state: WpsState;
  log: WpsWrite[] = [];
  /** "Range.Value2.get" → how many times; what a test asserts "one call per property" on. */
  calls = new Map<string, number>();
  options: Required<WpsBookOptions>;
  name = "工作簿1.xlsx";
  /** Application.DisplayAlerts. */
  displayAlerts = true;
  /** The folder the workbook was saved in ("" = never saved): FullName is folder + name. */
  folder = "";
  /** The machine's files the add-in can reach (path → binary string, one character per byte). */
  files = new Map<string, string>();
  /** Write kinds WPS refuses (a test's fault): "PageSetup", "Validation.Add", "name.add", "addSheet", "SaveCopyAs", "xml.add". */
  refuse = new Set<string>();
  /** What the Save As dialog answers: the path the user chose, or null for 取消. */
  saveAsAnswer: (initialFileName: string) => string | null = (initial) => `/home/clerk/文档/${initial}`;
  /** Where events go (set by installWpsHost); none fire before. */
  events: WpsEventSink = () => undefined;
  private partCounter = 0;

  constructor(state?: WpsState, options: WpsBookOptions = {}) {
    this.state = state ?? { sheets: [], active: 0, customXmlParts: [], names: [] };
    this.options = { customXmlParts: true, build: "12.1.0.20540", languageId: 2052, files: true, ...options };
  }

  /** Throws where the test made WPS refuse this kind of write. */
  guard(what: string): void {
    if (this.refuse.has(what)) throw new Error(`WPS 拒绝了此操作：${what}`);
  }

  count(what: string): void {
    this.calls.set(what, (this.calls.get(what) ?? 0) + 1);
  }

  callCount(what: string): number {
    return this.calls.get(what) ?? 0;
  }

  write(what: string, sheet?: WpsSheet, area?: Area): void {
    this.log.push({ what, ...(sheet ? { sheet: sheet.name } : {}), ...(area ? { address: areaA1(area) } : {}) });
  }

  newPartId(): string {
    const taken = new Set(this.state.customXmlParts.map((p) => p.id));
    for (;;) {
      const id = `{${(++this.partCounter).toString(16).toUpperCase().padStart(8, "0")}-5750-5345-494D-000000000000}`;
      if (!taken.has(id)) return id;
    }
  }

  addSheet(name: string): WpsSheet {
    if (this.findSheet(name)) throw new Error(`sheet ${name} exists`);
    const sheet = newSheet(name);
    this.state.sheets.push(sheet);
    return sheet;
  }

  findSheet(name: string): WpsSheet | undefined {
    const lower = name.toLowerCase();
    return this.state.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheet(name: string): WpsSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  at(address: string): Area {
    const area = parseAddress(address);
    if (!area) throw new Error(`bad address ${address}`);
    return area;
  }

  cell(sheet: string, address: string): WpsCell {
    const at = this.at(address);
    return { ...(this.sheet(sheet).cells[a1(at.top, at.left)] ?? {}) };
  }

  private edit(sheet: string, address: string, fn: (cell: WpsCell) => void): void {
    const at = this.at(address);
    const s = this.sheet(sheet);
    const key = a1(at.top, at.left);
    const cell = (s.cells[key] ??= {});
    fn(cell);
    for (const k of Object.keys(cell) as (keyof WpsCell)[]) if (cell[k] === undefined) delete cell[k];
    if (Object.keys(cell).length === 0) delete s.cells[key];
  }

  /** The user types a value: the cell changes and SheetChange fires. */
  setValue(sheet: string, address: string, value: WpsValue | null): void {
    this.edit(sheet, address, (c) => {
      c.value = value === null || value === "" ? undefined : value;
      c.formula = undefined;
    });
    this.changed(this.sheet(sheet), this.at(address));
  }

  /** SheetChange for cells written (by the user or with Value2/Formula): VBA's Application.SheetChange. */
  changed(sheet: WpsSheet, area: Area): void {
    this.events("SheetChange", () => this.eventArgs(sheet, area));
  }

  /** The worksheet and range objects an event passes (made by the host: they need the object model). */
  eventArgs: (sheet: WpsSheet, area?: Area) => unknown[] = (sheet) => [sheet];

  setFill(sheet: string, address: string, fill: WpsFill | null): void {
    this.edit(sheet, address, (c) => (c.fill = fill ?? undefined));
  }

  merge(sheet: string, address: string): void {
    this.sheet(sheet).merges.push(this.at(address));
  }

  get activeSheet(): string | null {
    return this.state.sheets[this.state.active]?.name ?? null;
  }

  /** The user clicks a cell (on another sheet: that sheet is activated first). */
  select(sheet: string, address: string): void {
    const s = this.sheet(sheet);
    const index = this.state.sheets.indexOf(s);
    if (this.state.active !== index) {
      this.state.active = index;
      this.events("SheetActivate", () => this.eventArgs(s));
    }
    s.selection = this.at(address);
    this.events("SheetSelectionChange", () => this.eventArgs(s, s.selection));
  }

  get selection(): { sheet: string; address: string } | null {
    const s = this.state.sheets[this.state.active];
    return s ? { sheet: s.name, address: areaA1(s.selection) } : null;
  }

  snapshot(): WpsState {
    return JSON.parse(JSON.stringify(this.state)) as WpsState;
  }

  toJSON(): string {
    return JSON.stringify(this.state);
  }

  /** "Save and reopen": a new book from the saved state (log and counts start afresh). */
  static fromJSON(json: string, options?: WpsBookOptions): WpsBook {
    return new WpsBook(JSON.parse(json) as WpsState, options);
  }

  /** The file Workbook.SaveCopyAs writes: the saved state as UTF-8 (what bytesOf gives back); opened again with fromFile. */
  fileBytes(): Uint8Array {
    return new TextEncoder().encode(this.toJSON());
  }

  static fromFile(bytes: Uint8Array, options?: WpsBookOptions): WpsBook {
    return WpsBook.fromJSON(new TextDecoder().decode(bytes), options);
  }
}
