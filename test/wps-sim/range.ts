/** Range of the WPS simulator: 1-based Cells.Item, Value2 as one value or rows of values, MergeArea. */
import type { EtRange, EtValue, EtWorksheet } from "../../src/host/wps/et";
import type { WpsBook } from "./book";
import { MAX_COLUMNS, MAX_ROWS, assertEditable, cellAt, eachCell, eachInput, editCell, mergeArea, mergeAt, readArea, writeValue } from "./cells";
import { SimBorder, SimFont, SimInterior, SimValidation, common } from "./format";
import { Area, WpsSheet, a1, areaA1, columnName } from "./state";

const dollar = (area: Area, rowAbs: boolean, colAbs: boolean): string => {
  const cell = (r: number, c: number) => `${colAbs ? "$" : ""}${columnName(c)}${rowAbs ? "$" : ""}${r + 1}`;
  const from = cell(area.top, area.left);
  return area.top === area.bottom && area.left === area.right ? from : `${from}:${cell(area.bottom, area.right)}`;
};

export class SimRange implements EtRange {
  constructor(readonly book: WpsBook, readonly sheet: WpsSheet, readonly area: Area, private owner: () => EtWorksheet) {}

  private at(area: Area): SimRange {
    return new SimRange(this.book, this.sheet, area, this.owner);
  }

  private get single(): boolean {
    return this.area.top === this.area.bottom && this.area.left === this.area.right;
  }

  Address(RowAbsolute = true, ColumnAbsolute = true): string {
    this.book.count("Range.Address");
    return dollar(this.area, RowAbsolute, ColumnAbsolute);
  }

  get Row(): number {
    return this.area.top + 1;
  }
  get Column(): number {
    return this.area.left + 1;
  }
  get Rows(): { Count: number } {
    return { Count: this.area.bottom - this.area.top + 1 };
  }
  get Columns(): { Count: number } {
    return { Count: this.area.right - this.area.left + 1 };
  }
  get Count(): number {
    return this.Rows.Count * this.Columns.Count;
  }
  get Worksheet(): EtWorksheet {
    return this.owner();
  }

  get Value2(): EtValue | EtValue[][] {
    this.book.count("Range.Value2.get");
    return readArea(this.area, (r, c) => cellAt(this.sheet, r, c)?.value);
  }
  set Value2(input: EtValue | EtValue[][]) {
    assertEditable(this.sheet);
    this.book.count("Range.Value2.set");
    eachInput(this.area, input, (r, c, v) => writeValue(this.sheet, r, c, v));
    this.book.write("Value2", this.sheet, this.area);
    this.book.changed(this.sheet, this.area);
  }

  /** A formula cell gives its formula, any other its value as text ("" when empty). */
  get Formula(): string | string[][] {
    this.book.count("Range.Formula.get");
    return readArea(this.area, (r, c) => {
      const cell = cellAt(this.sheet, r, c);
      return cell?.formula ?? (cell?.value === undefined ? "" : String(cell.value));
    });
  }
  set Formula(input: string | string[][]) {
    assertEditable(this.sheet);
    this.book.count("Range.Formula.set");
    eachInput(this.area, input, (r, c, v) => writeValue(this.sheet, r, c, v));
    this.book.write("Formula", this.sheet, this.area);
    this.book.changed(this.sheet, this.area);
  }

  /** The cells' common format; null when they differ (WPS: 如果…包含不同的数字格式，则此属性返回 Null). */
  get NumberFormat(): string | null {
    this.book.count("Range.NumberFormat.get");
    return common(this.area, (r, c) => cellAt(this.sheet, r, c)?.numberFormat ?? "General");
  }
  set NumberFormat(format: string | null) {
    assertEditable(this.sheet);
    this.book.count("Range.NumberFormat.set");
    eachCell(this.area, (r, c) => editCell(this.sheet, r, c, (cell) => (cell.numberFormat = !format || format === "General" ? undefined : format)));
    this.book.write("NumberFormat", this.sheet, this.area);
  }

  /** True when every cell is in a merge, false when none is, null when some are. */
  get MergeCells(): boolean | null {
    this.book.count("Range.MergeCells");
    return common(this.area, (r, c) => mergeAt(this.sheet, r, c) !== undefined);
  }

  get MergeArea(): EtRange {
    this.book.count("Range.MergeArea");
    if (!this.single) throw new Error("MergeArea 只用于单个单元格");
    const m = mergeAt(this.sheet, this.area.top, this.area.left);
    return this.at(m ? { ...m } : this.area);
  }

  get Interior(): SimInterior {
    return new SimInterior(this.book, this.sheet, this.area);
  }
  get Font(): SimFont {
    return new SimFont(this.book, this.sheet, this.area);
  }
  get Borders(): { Item(Index: number): SimBorder } {
    return { Item: (index: number) => new SimBorder(this.book, this.sheet, this.area, index) };
  }
  get Validation(): SimValidation {
    return new SimValidation(this.book, this.sheet, this.area);
  }

  private style<K extends "horizontalAlignment" | "verticalAlignment" | "wrapText">(key: K, value: NonNullable<import("./state").WpsCell[K]>): void {
    assertEditable(this.sheet);
    eachCell(this.area, (r, c) => editCell(this.sheet, r, c, (cell) => ((cell[key] as unknown) = value)));
    this.book.write(key, this.sheet, this.area);
  }
  get HorizontalAlignment(): number {
    return common(this.area, (r, c) => cellAt(this.sheet, r, c)?.horizontalAlignment ?? 1) as number;
  }
  set HorizontalAlignment(v: number) {
    this.style("horizontalAlignment", v);
  }
  get VerticalAlignment(): number {
    return common(this.area, (r, c) => cellAt(this.sheet, r, c)?.verticalAlignment ?? -4107) as number;
  }
  set VerticalAlignment(v: number) {
    this.style("verticalAlignment", v);
  }
  get WrapText(): boolean {
    return common(this.area, (r, c) => cellAt(this.sheet, r, c)?.wrapText ?? false) as boolean;
  }
  set WrapText(v: boolean) {
    this.style("wrapText", v);
  }

  /** Column widths in characters of the columns of the range (8.38 by default). */
  get ColumnWidth(): number {
    return common({ ...this.area, top: 0, bottom: 0 }, (_r, c) => this.sheet.columnWidths[c] ?? 8.38) as number;
  }
  set ColumnWidth(width: number) {
    for (let c = this.area.left; c <= this.area.right; c++) this.sheet.columnWidths[c] = width;
    this.book.write("ColumnWidth", this.sheet, this.area);
  }
  get RowHeight(): number {
    return common({ ...this.area, left: 0, right: 0 }, (r) => this.sheet.rowHeights[r] ?? 13.5) as number;
  }
  set RowHeight(height: number) {
    for (let r = this.area.top; r <= this.area.bottom; r++) this.sheet.rowHeights[r] = height;
    this.book.write("RowHeight", this.sheet, this.area);
  }

  get Cells(): EtRange {
    return this;
  }

  /** Item(row, column): 1-based, relative to the range's top-left, and may reach outside it. */
  Item(RowIndex: number, ColumnIndex = 1): EtRange {
    const r = this.area.top + RowIndex - 1;
    const c = this.area.left + ColumnIndex - 1;
    if (!Number.isInteger(r) || !Number.isInteger(c) || r < 0 || c < 0 || r >= MAX_ROWS || c >= MAX_COLUMNS) throw new Error("下标越界");
    return this.at({ top: r, left: c, bottom: r, right: c });
  }

  Merge(Across = false): void {
    mergeArea(this.book, this.sheet, this.area, Across);
  }

  /** Selecting needs the range's sheet to be the active one (VBA: "Range 类的 Select 方法无效"). */
  Select(): void {
    const active = this.book.state.sheets[this.book.state.active];
    if (active !== this.sheet) throw new Error("Range 类的 Select 方法无效");
    this.sheet.selection = { ...this.area };
    this.book.write("select", this.sheet, this.area);
    this.book.events("SheetSelectionChange", () => this.book.eventArgs(this.sheet, this.area));
  }

  toString(): string {
    return `${this.sheet.name}!${areaA1(this.area)}`;
  }
}

export { a1 };
