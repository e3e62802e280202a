/** Worksheets: the collection, one sheet, its page layout, protection, frozen panes and notes. */
import { usedArea } from "./cells";
import { SimError, invalidArgument, itemNotFound } from "./errors";
import { SimCollection, SimContext, SimObject, defineProperties } from "./proxy";
import { EventHandlers } from "./events";
import { NoteCollection } from "./notes";
import { Range, RangeTarget } from "./range";
import { Area, SimSheet, areaA1, newSheet, parseAddress, splitSheetAddress } from "./state";

/** Resolves a sheet by name or id once, then by its id (Excel keeps a reference to the object). */
export function pinnedSheet(context: SimContext, find: () => SimSheet | undefined, location: string): () => SimSheet {
  let id: string | undefined;
  return () => {
    const sheet = id ? context.sim.state.sheets.find((s) => s.id === id) : find();
    if (!sheet) throw itemNotFound(location);
    id = sheet.id;
    return sheet;
  };
}

/** A protected workbook structure refuses sheet changes (support.microsoft.com "Protect a workbook"). */
export function assertStructureEditable(context: SimContext): void {
  if (context.sim.state.structureProtected) {
    throw new SimError("AccessDenied", "The workbook's structure is protected: sheets cannot be added, deleted, moved or renamed.");
  }
}

export function checkSheetName(context: SimContext, name: string, self?: SimSheet): void {
  if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name) || name === "History") {
    throw invalidArgument("Worksheet.name", `The sheet name '${name}' is not valid.`);
  }
  const other = context.sim.findSheet(name);
  if (other && other !== self) throw new SimError("ItemAlreadyExists", "A resource with the same name or identifier already exists.");
}

const WORKSHEET_SCALARS = ["id", "name", "position", "visibility", "tabColor", "showGridlines"];

export class Worksheet extends SimObject<SimSheet> {
  declare readonly id: string;
  declare name: string;
  declare position: number;
  declare visibility: string;
  declare tabColor: string;
  declare showGridlines: boolean;

  constructor(context: SimContext, resolve: () => SimSheet | null, orNull = false) {
    super(context, resolve, "Worksheet", orNull);
  }
  get _scalars(): readonly string[] {
    return WORKSHEET_SCALARS;
  }
  get _navs(): readonly string[] {
    return ["protection", "pageLayout", "freezePanes", "notes"];
  }
  _read(s: SimSheet, property: string): unknown {
    if (property === "position") return this.context.sim.state.sheets.indexOf(s);
    return s[property as keyof SimSheet];
  }
  _write(s: SimSheet, property: string, value: unknown): void {
    const sheets = this.context.sim.state.sheets;
    if (property === "name" || property === "position" || property === "visibility") assertStructureEditable(this.context);
    if (property === "name") checkSheetName(this.context, String(value), s);
    if (property === "position") {
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(Math.max(0, Math.min(Number(value), sheets.length)), 0, s);
    } else {
      (s as unknown as Record<string, unknown>)[property] = value;
    }
    this.context.sim.log.push({ what: property === "name" ? "renameSheet" : `sheet.${property}`, sheet: s.name });
  }

  activate(): void {
    this._op((s) => {
      if (s.visibility !== "Visible") throw new SimError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.context.sim.state.activeSheetId = s.id;
      this.context.sim.log.push({ what: "activate", sheet: s.name });
    });
  }

  delete(): void {
    this._op((s) => {
      assertStructureEditable(this.context);
      const state = this.context.sim.state;
      if (state.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) {
        throw new SimError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      }
      const at = state.sheets.indexOf(s);
      state.sheets.splice(at, 1);
      if (state.activeSheetId === s.id) {
        const visible = state.sheets.filter((x) => x.visibility === "Visible");
        state.activeSheetId = (visible.find((x) => state.sheets.indexOf(x) >= at) ?? visible[visible.length - 1]).id;
      }
      this.context.sim.log.push({ what: "deleteSheet", sheet: s.name });
    });
  }

  private range(area: (s: SimSheet) => Area | null, orNull = false): Range {
    return new Range(this.context, (): RangeTarget | null => {
      const s = this._target();
      if (s === null) return null;
      const a = area(s);
      return a ? { sheet: s, area: a } : null;
    }, orNull);
  }

  /** An A1 address ("C5", "A1:H20", "A:C"); no address = the whole sheet. */
  getRange(address?: string): Range {
    return this.range((s) => {
      if (address === undefined || address === "") return { top: 0, left: 0, bottom: 1048575, right: 16383 };
      const { sheet, address: local } = splitSheetAddress(address);
      if (sheet !== undefined && sheet.toLowerCase() !== s.name.toLowerCase()) throw invalidArgument("Worksheet.getRange");
      const area = parseAddress(local);
      if (!area) throw invalidArgument("Worksheet.getRange", `The address '${address}' is not valid.`);
      return area;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Range {
    return this.range(() => {
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) throw invalidArgument("Worksheet.getRangeByIndexes");
      return { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 };
    });
  }

  getCell(row: number, column: number): Range {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** The used range; A1 on an empty sheet, as Excel does. */
  getUsedRange(valuesOnly = false): Range {
    return this.range((s) => usedArea(s, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 });
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this.range((s) => {
      const used = usedArea(s, valuesOnly);
      if (!used) throw itemNotFound("Worksheet.getUsedRangeOrNullObject");
      return used;
    }, true);
  }

  get protection(): WorksheetProtection {
    return this._child("protection", () => new WorksheetProtection(this.context, () => this._target()));
  }
  get pageLayout(): PageLayout {
    return this._child("pageLayout", () => new PageLayout(this.context, () => this._target()));
  }
  get freezePanes(): WorksheetFreezePanes {
    return this._child("freezePanes", () => new WorksheetFreezePanes(this.context, () => this._target()));
  }
  get notes(): NoteCollection {
    return this._child("notes", () => new NoteCollection(this.context, () => this._target()));
  }
}
defineProperties(Worksheet, WORKSHEET_SCALARS, ["name", "position", "visibility", "tabColor", "showGridlines"]);

export class WorksheetCollection extends SimCollection<string, Worksheet> {
  constructor(context: SimContext) {
    super(context, () => context.sim.state.sheets.map((s) => s.id), "WorksheetCollection");
  }
  get onChanged(): EventHandlers {
    return new EventHandlers(this.context, "changed");
  }
  get onSelectionChanged(): EventHandlers {
    return new EventHandlers(this.context, "selectionChanged");
  }
  get onActivated(): EventHandlers {
    return new EventHandlers(this.context, "activated");
  }
  _item(id: string): Worksheet {
    return new Worksheet(this.context, pinnedSheet(this.context, () => this.context.sim.findSheet(id), "Worksheet"));
  }

  /** Adds a sheet at the end; it does not become active. */
  add(name?: string): Worksheet {
    const sim = this.context.sim;
    const id = sim.newId("sheet");
    this.context.enqueue(() => {
      assertStructureEditable(this.context);
      let sheetName = name;
      for (let n = sim.state.sheets.length + 1; sheetName === undefined; n++) if (!sim.findSheet(`Sheet${n}`)) sheetName = `Sheet${n}`;
      checkSheetName(this.context, sheetName);
      sim.state.sheets.push(newSheet(id, sheetName));
      sim.state.activeSheetId ??= id;
      sim.log.push({ what: "addSheet", sheet: sheetName });
    });
    return new Worksheet(this.context, pinnedSheet(this.context, () => sim.findSheet(id), "WorksheetCollection.add"));
  }

  getItem(key: string): Worksheet {
    return new Worksheet(this.context, pinnedSheet(this.context, () => this.context.sim.findSheet(key), "WorksheetCollection.getItem"));
  }

  getItemOrNullObject(key: string): Worksheet {
    return new Worksheet(this.context, pinnedSheet(this.context, () => this.context.sim.findSheet(key), "WorksheetCollection.getItemOrNullObject"), true);
  }

  getActiveWorksheet(): Worksheet {
    const state = this.context.sim.state;
    return new Worksheet(this.context, pinnedSheet(this.context, () => state.sheets.find((s) => s.id === state.activeSheetId), "getActiveWorksheet"));
  }

  getFirst(visibleOnly = false): Worksheet {
    const state = this.context.sim.state;
    return new Worksheet(this.context, pinnedSheet(this.context, () => state.sheets.find((s) => !visibleOnly || s.visibility === "Visible"), "getFirst"));
  }
}

export class WorksheetProtection extends SimObject<SimSheet> {
  declare readonly protected: boolean;
  constructor(context: SimContext, resolve: () => SimSheet | null) {
    super(context, resolve, "WorksheetProtection");
  }
  get _scalars(): readonly string[] {
    return ["protected"];
  }
  _read(s: SimSheet): unknown {
    return s.protected;
  }
  protect(): void {
    this._op((s) => ((s.protected = true), this.context.sim.log.push({ what: "protect", sheet: s.name })));
  }
  unprotect(): void {
    this._op((s) => ((s.protected = false), this.context.sim.log.push({ what: "unprotect", sheet: s.name })));
  }
}
defineProperties(WorksheetProtection, ["protected"]);

/** Page setup: orientation, zoom (fit to N pages wide: {horizontalFitToPages: N}), print titles and area. */
export class PageLayout extends SimObject<SimSheet> {
  declare orientation: string;
  declare paperSize: string;
  declare zoom: Record<string, number | null>;
  declare printGridlines: boolean;
  declare centerHorizontally: boolean;
  constructor(context: SimContext, resolve: () => SimSheet | null) {
    super(context, resolve, "PageLayout");
  }
  get _scalars(): readonly string[] {
    return ["orientation", "paperSize", "zoom", "printGridlines", "centerHorizontally"];
  }
  _read(s: SimSheet, property: string): unknown {
    return JSON.parse(JSON.stringify(s.pageLayout[property as keyof SimSheet["pageLayout"]]));
  }
  _write(s: SimSheet, property: string, value: unknown): void {
    this.context.sim.assertAccepted(`pageLayout.${property}`);
    if (property === "zoom") checkZoom(value as Record<string, unknown>);
    (s.pageLayout as unknown as Record<string, unknown>)[property] = JSON.parse(JSON.stringify(value));
    this.context.sim.log.push({ what: `pageLayout.${property}`, sheet: s.name });
  }
  setPrintTitleRows(rows: string | Range): void {
    this._op((s) => {
      this.context.sim.assertAccepted("pageLayout.printTitleRows");
      s.pageLayout.printTitleRows = typeof rows === "string" ? rows : areaA1((rows._target() as RangeTarget).area);
      this.context.sim.log.push({ what: "pageLayout.printTitleRows", sheet: s.name });
    });
  }
  setPrintArea(area: string | Range): void {
    this._op((s) => {
      this.context.sim.assertAccepted("pageLayout.printArea");
      s.pageLayout.printArea = typeof area === "string" ? area : areaA1((area._target() as RangeTarget).area);
      this.context.sim.log.push({ what: "pageLayout.printArea", sheet: s.name });
    });
  }
}
/**
 * PageLayoutZoomOptions as documented: horizontalFitToPages and verticalFitToPages are numbers of
 * pages (null when a scale is used), scale 10–400. Anything else — 0 "as many as needed" among
 * them, which the docs never mention — is refused (the case the add-in must survive).
 */
function checkZoom(zoom: Record<string, unknown> | null): void {
  const pages = (v: unknown) => v === undefined || v === null || (Number.isInteger(v) && (v as number) >= 1);
  const scale = zoom?.scale;
  const ok = !!zoom && pages(zoom.horizontalFitToPages) && pages(zoom.verticalFitToPages) &&
    (scale === undefined || scale === null || (typeof scale === "number" && scale >= 10 && scale <= 400)) &&
    Object.keys(zoom).every((k) => ["horizontalFitToPages", "verticalFitToPages", "scale"].includes(k));
  if (!ok) throw new SimError("InvalidArgument", `The zoom ${JSON.stringify(zoom)} is not valid.`);
}

const PAGE_LAYOUT = ["orientation", "paperSize", "zoom", "printGridlines", "centerHorizontally"];
defineProperties(PageLayout, PAGE_LAYOUT, PAGE_LAYOUT);

export class WorksheetFreezePanes extends SimObject<SimSheet> {
  constructor(context: SimContext, resolve: () => SimSheet | null) {
    super(context, resolve, "WorksheetFreezePanes");
  }
  get _scalars(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
  private set(rows: number | undefined, columns: number | undefined): void {
    this._op((s) => {
      s.freeze = { rows: rows ?? s.freeze.rows, columns: columns ?? s.freeze.columns };
      this.context.sim.log.push({ what: "freezePanes", sheet: s.name });
    });
  }
  freezeRows(count = 1): void {
    this.set(count, undefined);
  }
  freezeColumns(count = 1): void {
    this.set(undefined, count);
  }
  unfreeze(): void {
    this.set(0, 0);
  }
}
