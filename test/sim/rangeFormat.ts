/** Range.format (fill, font, borders, widths, alignment) and Range.dataValidation. */
import { FillReport, assertEditable, readFill, readFont, writeBorder, writeFill, writeFont } from "./cells";
import { SimError } from "./errors";
import { SimContext, SimObject, defineProperties } from "./proxy";
import type { RangeTarget } from "./range";
import { a1, DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, SimSheet, contains, eachCell, intersects, mutableCell, pruneCell } from "./state";

type Log = (what: string, t: RangeTarget) => void;

const FILL_PROPERTIES = ["color", "pattern", "patternColor", "tintAndShade", "patternTintAndShade"];

/** The common value of a property over the range's cells, null when they differ (as Excel reports). */
function uniform<T>(t: RangeTarget, read: (row: number, col: number) => T): T | null {
  let first: T | undefined;
  let same = true;
  eachCell(t.area, (r, c) => {
    const v = read(r, c);
    if (first === undefined) first = v;
    else if (JSON.stringify(v) !== JSON.stringify(first)) same = false;
  });
  return same ? (first as T) : null;
}

abstract class FormatPart extends SimObject<RangeTarget> {
  constructor(context: SimContext, resolve: () => RangeTarget | null, entity: string, protected readonly logWrite: Log) {
    super(context, resolve, entity);
  }
  /** Queues a write on every cell, then logs it. */
  protected writeCells(what: string, fn: (sheet: SimSheet, row: number, col: number) => void): void {
    this._op((t) => this.applyNow(what, t, fn));
  }
  protected applyNow(what: string, t: RangeTarget, fn: (sheet: SimSheet, row: number, col: number) => void): void {
    assertEditable(t.sheet);
    eachCell(t.area, (r, c) => fn(t.sheet, r, c));
    this.logWrite(what, t);
  }
}

export class RangeFormat extends FormatPart {
  declare columnWidth: number;
  declare rowHeight: number;
  declare wrapText: boolean;
  declare horizontalAlignment: string;
  declare verticalAlignment: string;

  constructor(context: SimContext, resolve: () => RangeTarget | null, logWrite: Log) {
    super(context, resolve, "RangeFormat", logWrite);
  }
  get _scalars(): readonly string[] {
    return ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"];
  }
  get _navs(): readonly string[] {
    return ["fill", "font", "borders"];
  }
  _read(t: RangeTarget, property: string): unknown {
    const s = t.sheet;
    const line = (from: number, to: number, size: (i: number) => number) => {
      const sizes = new Set(Array.from({ length: to - from + 1 }, (_, i) => size(from + i)));
      return sizes.size === 1 ? [...sizes][0] : null;
    };
    if (property === "columnWidth") return line(t.area.left, t.area.right, (c) => s.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH);
    if (property === "rowHeight") return line(t.area.top, t.area.bottom, (r) => s.rowHeights[r] ?? DEFAULT_ROW_HEIGHT);
    const defaults: Record<string, unknown> = { wrapText: false, horizontalAlignment: "General", verticalAlignment: "Bottom" };
    return uniform(t, (r, c) => (s.cells[a1(r, c)] as Record<string, unknown> | undefined)?.[property] ?? defaults[property]);
  }
  _write(t: RangeTarget, property: string, value: unknown): void {
    if (property === "columnWidth" || property === "rowHeight") {
      const [from, to, sizes] = property === "columnWidth"
        ? [t.area.left, t.area.right, t.sheet.columnWidths]
        : [t.area.top, t.area.bottom, t.sheet.rowHeights];
      for (let i = from; i <= to; i++) sizes[i] = Number(value);
      this.logWrite(property, t);
      return;
    }
    this.applyNow(property, t, (sheet, r, c) => {
      (mutableCell(sheet, r, c) as Record<string, unknown>)[property] = value === false ? undefined : value;
      pruneCell(sheet, r, c);
    });
  }
  autofitColumns(): void {
    this._op((t) => this.logWrite("autofitColumns", t));
  }
  autofitRows(): void {
    this._op((t) => this.logWrite("autofitRows", t));
  }
  get fill(): RangeFill {
    return this._child("fill", () => new RangeFill(this.context, () => this._target(), this.logWrite));
  }
  get font(): RangeFont {
    return this._child("font", () => new RangeFont(this.context, () => this._target(), this.logWrite));
  }
  get borders(): RangeBorderCollection {
    return this._child("borders", () => new RangeBorderCollection(this.context, () => this._target(), this.logWrite));
  }
}
defineProperties(RangeFormat, ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"], [
  "columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment",
]);

/** format.fill, read as Excel reports it (cells.ts readFill: no fill is #FFFFFF, pattern null). */
export class RangeFill extends FormatPart {
  declare color: string;
  declare pattern: string;
  declare patternColor: string;
  declare tintAndShade: number;
  declare patternTintAndShade: number;

  constructor(context: SimContext, resolve: () => RangeTarget | null, logWrite: Log) {
    super(context, resolve, "RangeFill", logWrite);
  }
  get _scalars(): readonly string[] {
    return FILL_PROPERTIES;
  }
  _read(t: RangeTarget, property: string): unknown {
    return uniform(t, (r, c) => readFill(t.sheet, r, c)[property as keyof FillReport]);
  }
  _write(t: RangeTarget, property: string, value: unknown): void {
    this.applyNow("fill", t, (sheet, r, c) => writeFill(sheet, r, c, { [property]: value }));
  }
  clear(): void {
    this.writeCells("fill.clear", (sheet, r, c) => writeFill(sheet, r, c, null));
  }
}
defineProperties(RangeFill, FILL_PROPERTIES, FILL_PROPERTIES);

export class RangeFont extends FormatPart {
  declare bold: boolean;
  declare italic: boolean;
  declare color: string;
  declare name: string;
  declare size: number;

  constructor(context: SimContext, resolve: () => RangeTarget | null, logWrite: Log) {
    super(context, resolve, "RangeFont", logWrite);
  }
  get _scalars(): readonly string[] {
    return ["bold", "italic", "color", "name", "size"];
  }
  _read(t: RangeTarget, property: string): unknown {
    return uniform(t, (r, c) => (readFont(t.sheet, r, c) as Record<string, unknown>)[property]);
  }
  _write(t: RangeTarget, property: string, value: unknown): void {
    this.applyNow("font", t, (sheet, r, c) => writeFont(sheet, r, c, { [property]: value }));
  }
}
defineProperties(RangeFont, ["bold", "italic", "color", "name", "size"], ["bold", "italic", "color", "name", "size"]);

export class RangeBorderCollection extends FormatPart {
  constructor(context: SimContext, resolve: () => RangeTarget | null, logWrite: Log) {
    super(context, resolve, "RangeBorderCollection", logWrite);
  }
  get _scalars(): readonly string[] {
    return [];
  }
  _read(): unknown {
    return undefined;
  }
  /** EdgeTop, EdgeBottom, EdgeLeft, EdgeRight, InsideHorizontal, InsideVertical. */
  getItem(index: string): RangeBorder {
    return this._child(index, () => new RangeBorder(this.context, () => this._target(), index, this.logWrite));
  }
}

export class RangeBorder extends FormatPart {
  declare readonly sideIndex: string;
  declare style: string;
  declare color: string;
  declare weight: string;

  constructor(context: SimContext, resolve: () => RangeTarget | null, private readonly index: string, logWrite: Log) {
    super(context, resolve, "RangeBorder", logWrite);
  }
  get _scalars(): readonly string[] {
    return ["sideIndex", "style", "color", "weight"];
  }
  _read(t: RangeTarget, property: string): unknown {
    if (property === "sideIndex") return this.index;
    const edge = { InsideHorizontal: "EdgeBottom", InsideVertical: "EdgeRight" }[this.index] ?? this.index;
    const defaults: Record<string, string> = { style: "None", color: "#000000", weight: "Thin" };
    return uniform(t, (r, c) => {
      const border = t.sheet.cells[a1(r, c)]?.borders?.[edge] as Record<string, string> | undefined;
      return border?.[property] ?? defaults[property];
    });
  }
  _write(t: RangeTarget, property: string, value: unknown): void {
    assertEditable(t.sheet);
    writeBorder(t.sheet, t.area, this.index, { [property]: value });
    this.logWrite("borders", t);
  }
}
defineProperties(RangeBorder, ["sideIndex", "style", "color", "weight"], ["style", "color", "weight"]);

const VALIDATION_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber", decimal: "Decimal", list: "List", date: "Date", time: "Time", textLength: "TextLength", custom: "Custom",
};

/** Range.dataValidation: the rule object is stored as written; a new rule replaces overlapping ones. */
export class DataValidation extends SimObject<RangeTarget> {
  declare rule: Record<string, unknown>;
  declare readonly type: string;
  declare errorAlert: Record<string, unknown>;
  declare prompt: Record<string, unknown>;
  declare ignoreBlanks: boolean;
  declare readonly valid: boolean;

  constructor(context: SimContext, resolve: () => RangeTarget | null, private readonly logWrite: Log) {
    super(context, resolve, "DataValidation");
  }
  get _scalars(): readonly string[] {
    return ["rule", "type", "errorAlert", "prompt", "ignoreBlanks", "valid"];
  }
  _read(t: RangeTarget, property: string): unknown {
    const v = t.sheet.validations.find((x) => contains(x.area, t.area));
    const copy = (o: unknown) => (o === undefined ? null : JSON.parse(JSON.stringify(o)));
    switch (property) {
      case "rule": return copy(v?.rule ?? {});
      case "type": return v ? (VALIDATION_TYPES[Object.keys(v.rule as object)[0]] ?? "None") : "None";
      case "errorAlert": return copy(v?.errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" });
      case "prompt": return copy(v?.prompt ?? { showPrompt: false, title: "", message: "" });
      case "ignoreBlanks": return v?.ignoreBlanks ?? true;
      default: return true;
    }
  }
  _write(t: RangeTarget, property: string, value: unknown): void {
    assertEditable(t.sheet);
    const copy = JSON.parse(JSON.stringify(value ?? null)) as unknown;
    if (property === "rule") {
      t.sheet.validations = t.sheet.validations.filter((x) => !intersects(x.area, t.area));
      t.sheet.validations.push({ area: { ...t.area }, rule: copy });
    } else {
      let v = t.sheet.validations.find((x) => JSON.stringify(x.area) === JSON.stringify(t.area));
      if (!v) t.sheet.validations.push((v = { area: { ...t.area }, rule: {} }));
      if (property === "ignoreBlanks") v.ignoreBlanks = Boolean(value);
      else if (property === "errorAlert" || property === "prompt") v[property] = copy;
      else throw new SimError("InvalidArgument", `Cannot set ${property}.`);
    }
    this.logWrite("dataValidation", t);
  }
  clear(): void {
    this._op((t) => {
      t.sheet.validations = t.sheet.validations.filter((x) => !intersects(x.area, t.area));
      this.logWrite("dataValidation.clear", t);
    });
  }
}
defineProperties(DataValidation, ["rule", "type", "errorAlert", "prompt", "ignoreBlanks", "valid"], ["rule", "errorAlert", "prompt", "ignoreBlanks"]);
