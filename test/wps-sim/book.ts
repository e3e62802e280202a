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
}

export class WpsBook {
  state: WpsState;
  log: WpsWrite[] = [];
  /** "Range.Value2.get" → how many times; what a test asserts "one call per property" on. */
  calls = new Map<string, number>();
  options: Required<WpsBookOptions>;
  name = "工作簿1.xlsx";
  /** Application.DisplayAlerts. */
  displayAlerts = true;
  private partCounter = 0;

  constructor(state?: WpsState, options: WpsBookOptions = {}) {
    this.state = state ?? { sheets: [], active: 0, customXmlParts: [], names: [] };
    this.options = { customXmlParts: true, build: "12.1.0.20540", ...options };
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

  private at(address: string): Area {
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

  setValue(sheet: string, address: string, value: WpsValue | null): void {
    this.edit(sheet, address, (c) => {
      c.value = value === null || value === "" ? undefined : value;
      c.formula = undefined;
    });
  }

  setFill(sheet: string, address: string, fill: WpsFill | null): void {
    this.edit(sheet, address, (c) => (c.fill = fill ?? undefined));
  }

  merge(sheet: string, address: string): void {
    this.sheet(sheet).merges.push(this.at(address));
  }

  get activeSheet(): string | null {
    return this.state.sheets[this.state.active]?.name ?? null;
  }

  select(sheet: string, address: string): void {
    const s = this.sheet(sheet);
    this.state.active = this.state.sheets.indexOf(s);
    s.selection = this.at(address);
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
}
