/** Range, RangeAreas and their collections: reading cells, writing values and formats, cell properties. */
import { CellProps, applyCellProperties, cellProperties, selectProperties } from "./cellProperties";
import {
  assertEditable, eachInput, mergesIn, merge, readFormula, readNumberFormat, readText, readValue, unmerge, usedArea, writeEntry, writeNumberFormat,
} from "./cells";
import { SimError, invalidArgument, itemNotFound } from "./errors";
import { ClientResult, SimCollection, SimContext, SimObject, defineProperties, utf8Length } from "./proxy";
import { DataValidation, RangeFormat } from "./rangeFormat";
import { Area, MAX_CELLS, MAX_COLUMNS, MAX_ROWS, SimSheet, a1, areaA1, eachCell, intersects, mutableCell, pruneCell, quoteSheet } from "./state";
import { Worksheet } from "./worksheet";

export interface RangeTarget {
  sheet: SimSheet;
  area: Area;
}

const RANGE_SCALARS = [
  "address", "addressLocal", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount",
  "values", "numberFormat", "formulas", "text", "hyperlink",
] as const;

const grid = <T>(t: RangeTarget, fn: (row: number, col: number) => T): T[][] => {
  if ((t.area.bottom - t.area.top + 1) * (t.area.right - t.area.left + 1) > MAX_CELLS) {
    throw new SimError("InvalidOperation", "The range is too large: Excel reads at most about 5 million cells at once.");
  }
  const out: T[][] = [];
  for (let r = t.area.top; r <= t.area.bottom; r++) {
    const line: T[] = [];
    for (let c = t.area.left; c <= t.area.right; c++) line.push(fn(r, c));
    out.push(line);
  }
  return out;
};

export function rangeAddress(t: RangeTarget): string {
  return `${quoteSheet(t.sheet.name)}!${areaA1(t.area)}`;
}

export class Range extends SimObject<RangeTarget> {
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly rowIndex: number;
  declare readonly columnIndex: number;
  declare readonly rowCount: number;
  declare readonly columnCount: number;
  declare readonly cellCount: number;
  declare values: unknown[][];
  declare numberFormat: unknown[][];
  declare formulas: unknown[][];
  declare readonly text: string[][];
  declare hyperlink: Record<string, string> | null;

  constructor(context: SimContext, resolve: () => RangeTarget | null, orNull = false) {
    super(context, resolve, "Range", orNull);
  }

  get _scalars(): readonly string[] {
    return RANGE_SCALARS;
  }
  get _navs(): readonly string[] {
    return ["format", "worksheet", "dataValidation"];
  }

  _read(t: RangeTarget, property: string): unknown {
    const { area } = t;
    switch (property) {
      case "address": case "addressLocal": return rangeAddress(t);
      case "rowIndex": return area.top;
      case "columnIndex": return area.left;
      case "rowCount": return area.bottom - area.top + 1;
      case "columnCount": return area.right - area.left + 1;
      case "cellCount": return (area.bottom - area.top + 1) * (area.right - area.left + 1);
      case "values": return this.cells(t, (r, c) => readValue(t.sheet, r, c));
      case "numberFormat": return this.cells(t, (r, c) => readNumberFormat(t.sheet, r, c));
      case "formulas": return this.cells(t, (r, c) => readFormula(t.sheet, r, c));
      case "text": return this.cells(t, (r, c) => readText(t.sheet, r, c));
      case "hyperlink": {
        const link = t.sheet.cells[a1(area.top, area.left)]?.hyperlink;
        return link ? { ...link } : null;
      }
    }
    return undefined;
  }

  /** A cell matrix; above the read limit null or RangeExceedsLimit, as the workbook is set (docs/excel/performance.md). */
  private cells<T>(t: RangeTarget, fn: (row: number, col: number) => T): T[][] | null {
    const sim = this.context.sim;
    if ((t.area.bottom - t.area.top + 1) * (t.area.right - t.area.left + 1) > sim.maxReadCells) {
      if (sim.oversizedRead === "null") return null;
      throw new SimError("RangeExceedsLimit", "The cell count in range has exceeded the maximum supported number.");
    }
    return grid(t, fn);
  }

  _write(t: RangeTarget, property: string, value: unknown): void {
    assertEditable(t.sheet);
    if (property === "values" || property === "formulas") {
      eachInput(t.area, value, (r, c, v) => writeEntry(t.sheet, r, c, v));
      this.context.sim.events.emit("changed", { worksheetId: t.sheet.id, address: areaA1(t.area), source: "Local", changeType: "RangeEdited" });
    } else if (property === "numberFormat") {
      eachInput(t.area, value, (r, c, v) => writeNumberFormat(t.sheet, r, c, v));
    } else if (property === "hyperlink") {
      eachCell(t.area, (r, c) => {
        mutableCell(t.sheet, r, c).hyperlink = value ? { ...(value as Record<string, string>) } : undefined;
        pruneCell(t.sheet, r, c);
      });
    } else {
      super._write(t, property, value);
    }
    this.log(property, t);
  }

  log(what: string, t: RangeTarget): void {
    this.context.sim.log.push({ what, sheet: t.sheet.name, address: areaA1(t.area) });
  }

  get format(): RangeFormat {
    return this._child("format", () => new RangeFormat(this.context, () => this._target(), (what, t) => this.log(what, t)));
  }

  get dataValidation(): DataValidation {
    return this._child("dataValidation", () => new DataValidation(this.context, () => this._target(), (what, t) => this.log(what, t)));
  }

  get worksheet(): Worksheet {
    return this._child("worksheet", () => new Worksheet(this.context, () => this._target()?.sheet ?? null));
  }

  /** A range derived from this one; `derive` may throw (ItemNotFound, InvalidArgument). */
  private derived(derive: (t: RangeTarget) => Area | null, orNull = false): Range {
    return new Range(this.context, () => {
      const t = this._target();
      if (t === null) return null;
      const area = derive(t);
      return area ? { sheet: t.sheet, area: checkBounds(area) } : null;
    }, orNull);
  }

  getCell(row: number, column: number): Range {
    return this.derived(({ area }) => ({ top: area.top + row, left: area.left + column, bottom: area.top + row, right: area.left + column }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): Range {
    return this.derived(({ area }) => ({
      top: area.top + rowOffset, left: area.left + columnOffset, bottom: area.bottom + rowOffset, right: area.right + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): Range {
    return this.derived(({ area }) => ({ ...area, bottom: area.bottom + deltaRows, right: area.right + deltaColumns }));
  }

  getRow(row: number): Range {
    return this.derived(({ area }) => ({ ...area, top: area.top + row, bottom: area.top + row }));
  }

  getColumn(column: number): Range {
    return this.derived(({ area }) => ({ ...area, left: area.left + column, right: area.left + column }));
  }

  getUsedRange(valuesOnly = false): Range {
    return this.derived((t) => usedWithin(t, valuesOnly));
  }

  getUsedRangeOrNullObject(valuesOnly = false): Range {
    return this.derived((t) => usedWithin(t, valuesOnly), true);
  }

  /**
   * The merged areas whose top-left cell lies in this range (as Excel does, office-js#3611), or a
   * null object when there are none; more than 512 make Excel fail the request.
   */
  getMergedAreasOrNullObject(): RangeAreas {
    return new RangeAreas(this.context, () => {
      const t = this._target();
      if (t === null) return null;
      const areas = mergesIn(t.sheet, t.area);
      if (areas.length > 512) throw new SimError("GeneralException", "There are more than 512 merged areas in the range.");
      if (!areas.length) throw itemNotFound("Range.getMergedAreasOrNullObject");
      return { sheet: t.sheet, areas };
    }, true);
  }

  getCellProperties(options: object): ClientResult<object[][]> {
    return this._result("getCellProperties", (t) => grid(t, (r, c) => selectProperties(cellProperties(t.sheet, r, c), options)), options);
  }

  setCellProperties(data: object[][]): void {
    this._op((t) => {
      assertEditable(t.sheet);
      eachInput(t.area, data, (r, c, props) => applyCellProperties(t.sheet, r, c, (props ?? {}) as CellProps));
      this.log("cellProperties", t);
    }, utf8Length(JSON.stringify(data)));
  }

  merge(across = false): void {
    this._op((t) => {
      this.context.sim.assertAccepted("merge");
      assertEditable(t.sheet);
      merge(t.sheet, t.area, across);
      this.log("merge", t);
    });
  }

  unmerge(): void {
    this._op((t) => {
      unmerge(t.sheet, t.area);
      this.log("unmerge", t);
    });
  }

  /** applyTo "All" (default), "Contents" or "Formats". */
  clear(applyTo: string = "All"): void {
    this._op((t) => {
      assertEditable(t.sheet);
      eachCell(t.area, (r, c) => {
        const cell = t.sheet.cells[a1(r, c)];
        if (!cell) return;
        if (applyTo !== "Formats") Object.assign(cell, { value: undefined, formula: undefined });
        if (applyTo !== "Contents") {
          Object.assign(cell, { numberFormat: undefined, fill: undefined, font: undefined, borders: undefined, wrapText: undefined });
          Object.assign(cell, { horizontalAlignment: undefined, verticalAlignment: undefined });
        }
        pruneCell(t.sheet, r, c);
      });
      this.log("clear", t);
    });
  }

  /** Selects the range; its sheet becomes the active one. */
  select(): void {
    this._op((t) => {
      this.context.sim.state.activeSheetId = t.sheet.id;
      t.sheet.selection = { ...t.area };
      this.log("select", t);
    });
  }
}
defineProperties(Range, RANGE_SCALARS, ["values", "numberFormat", "formulas", "hyperlink"]);

function checkBounds(area: Area): Area {
  if (area.top < 0 || area.left < 0 || area.bottom < area.top || area.right < area.left || area.bottom >= MAX_ROWS || area.right >= MAX_COLUMNS) {
    throw invalidArgument("Range", "The range is outside the sheet.");
  }
  return area;
}

function usedWithin(t: RangeTarget, valuesOnly: boolean): Area {
  const used = usedArea(t.sheet, valuesOnly);
  if (!used || !intersects(used, t.area)) throw itemNotFound("Range.getUsedRange");
  return {
    top: Math.max(used.top, t.area.top), left: Math.max(used.left, t.area.left),
    bottom: Math.min(used.bottom, t.area.bottom), right: Math.min(used.right, t.area.right),
  };
}

export interface AreasTarget {
  sheet: SimSheet;
  areas: Area[];
}

/** Several rectangles of one sheet (merged areas); `address` joins them as Excel does: "S!A1:B2, S!D1:D4". */
export class RangeAreas extends SimObject<AreasTarget> {
  declare readonly address: string;
  declare readonly addressLocal: string;
  declare readonly areaCount: number;
  declare readonly cellCount: number;

  constructor(context: SimContext, resolve: () => AreasTarget | null, orNull = false) {
    super(context, resolve, "RangeAreas", orNull);
  }
  get _scalars(): readonly string[] {
    return ["address", "addressLocal", "areaCount", "cellCount"];
  }
  get _navs(): readonly string[] {
    return ["areas"];
  }
  _read(t: AreasTarget, property: string): unknown {
    if (property === "address" || property === "addressLocal") return t.areas.map((area) => rangeAddress({ sheet: t.sheet, area })).join(", ");
    if (property === "areaCount") return t.areas.length;
    return t.areas.reduce((n, a) => n + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0);
  }
  get areas(): RangeCollection {
    return this._child("areas", () => new RangeCollection(this.context, this));
  }
}
defineProperties(RangeAreas, ["address", "addressLocal", "areaCount", "cellCount"]);

export class RangeCollection extends SimCollection<number, Range> {
  constructor(context: SimContext, private readonly owner: RangeAreas) {
    super(context, () => owner._target()?.areas.map((_, i) => i) ?? null, "RangeCollection");
  }
  _item(index: number): Range {
    return new Range(this.context, () => {
      const t = this.owner._target();
      if (!t || !t.areas[index]) throw new SimError("ItemNotFound", "The requested resource doesn't exist.");
      return { sheet: t.sheet, area: t.areas[index] };
    });
  }
}
