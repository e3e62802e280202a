/**
 * Range.Interior, Font, Borders and Validation of the WPS simulator. A property read over several
 * cells gives their common value, or null when they differ (as WPS documents for NumberFormat and
 * RowHeight, and as VBA does for every such Variant property).
 */
import type { WpsBook } from "./book";
import { assertEditable, cellAt, eachCell, editCell } from "./cells";
import { Area, WpsFill, WpsSheet, WpsValidation, themeBgr } from "./state";

const XL_NONE = -4142;
const XL_SOLID = 1;
const WHITE = 0xffffff;

/** The common value of `read` over the area, or null when cells differ. */
export function common<T>(area: Area, read: (row: number, col: number) => T): T | null {
  let first: T | undefined;
  let same = true;
  eachCell(area, (r, c) => {
    const v = read(r, c);
    if (first === undefined) first = v;
    else if (JSON.stringify(v) !== JSON.stringify(first)) same = false;
  });
  return same ? (first as T) : null;
}

export class SimInterior {
  constructor(private book: WpsBook, private sheet: WpsSheet, private area: Area) {}

  private fill(r: number, c: number): WpsFill | undefined {
    return cellAt(this.sheet, r, c)?.fill;
  }

  private read<T>(what: string, pick: (fill: WpsFill | undefined) => T): T | null {
    this.book.count(`Interior.${what}.get`);
    return common(this.area, (r, c) => pick(this.fill(r, c)));
  }

  private change(what: string, fn: (fill: WpsFill | undefined) => WpsFill | undefined): void {
    assertEditable(this.sheet);
    this.book.count(`Interior.${what}.set`);
    eachCell(this.area, (r, c) => editCell(this.sheet, r, c, (cell) => (cell.fill = fn(cell.fill ? { ...cell.fill } : undefined))));
    this.book.write(`Interior.${what}`, this.sheet, this.area);
  }

  get Color(): number {
    return this.read("Color", (f) => f?.color ?? WHITE) as number;
  }
  set Color(color: number) {
    this.change("Color", (f) => ({ pattern: f && f.pattern !== XL_NONE ? f.pattern : XL_SOLID, ...pick(f, "patternColor"), color }));
  }

  get Pattern(): number {
    return this.read("Pattern", (f) => f?.pattern ?? XL_NONE) as number;
  }
  set Pattern(pattern: number) {
    this.change("Pattern", (f) => (pattern === XL_NONE ? undefined : { ...(f ?? { color: WHITE }), pattern }));
  }

  get PatternColor(): number {
    return this.read("PatternColor", (f) => f?.patternColor ?? 0) as number;
  }
  set PatternColor(patternColor: number) {
    this.change("PatternColor", (f) => ({ ...(f ?? { color: WHITE, pattern: XL_SOLID }), patternColor }));
  }

  get ColorIndex(): number {
    return this.read("ColorIndex", (f) => (f ? 0 : XL_NONE)) as number;
  }
  set ColorIndex(index: number) {
    if (index !== XL_NONE) throw new Error("模拟器只支持 ColorIndex = xlNone");
    this.change("ColorIndex", () => undefined);
  }

  /** Reading the theme colour of a fill that has none is an error ("值超出范围"), as in VBA. */
  get ThemeColor(): number {
    const t = this.read("ThemeColor", (f) => f?.themeColor);
    if (t === null || t === undefined) throw new Error("参数值超出范围");
    return t;
  }
  set ThemeColor(themeColor: number) {
    this.change("ThemeColor", (f) => {
      const tint = f?.tintAndShade ?? 0;
      return { pattern: f && f.pattern !== XL_NONE ? f.pattern : XL_SOLID, ...pick(f, "patternColor"), themeColor, tintAndShade: tint, color: themeBgr(themeColor, tint) };
    });
  }

  get TintAndShade(): number {
    return this.read("TintAndShade", (f) => f?.tintAndShade ?? 0) as number;
  }
  set TintAndShade(tint: number) {
    if (tint < -1 || tint > 1) throw new Error("参数值超出范围");
    this.change("TintAndShade", (f) => {
      if (!f) return { color: WHITE, pattern: XL_SOLID, tintAndShade: tint };
      return { ...f, tintAndShade: tint, ...(f.themeColor ? { color: themeBgr(f.themeColor, tint) } : {}) };
    });
  }

  /** The gradient of a gradient fill; null for any other fill. */
  get Gradient(): unknown {
    return this.read("Gradient", (f) => (f?.gradient ? { Degree: f.gradient.degree, ColorStops: { Count: f.gradient.stops.length } } : null));
  }
}

function pick<K extends keyof WpsFill>(fill: WpsFill | undefined, key: K): Partial<WpsFill> {
  return fill && fill[key] !== undefined ? { [key]: fill[key] } : {};
}

export class SimFont {
  constructor(private book: WpsBook, private sheet: WpsSheet, private area: Area) {}

  private set(key: "name" | "size" | "bold" | "italic" | "color", value: string | number | boolean): void {
    assertEditable(this.sheet);
    eachCell(this.area, (r, c) => editCell(this.sheet, r, c, (cell) => (cell.font = { ...cell.font, [key]: value })));
    this.book.write(`Font.${key}`, this.sheet, this.area);
  }
  private get<T>(key: "name" | "size" | "bold" | "italic" | "color", fallback: T): T | null {
    return common(this.area, (r, c) => (cellAt(this.sheet, r, c)?.font?.[key] as T | undefined) ?? fallback);
  }

  get Name(): string { return this.get("name", "宋体") as string; }
  set Name(v: string) { this.set("name", v); }
  get Size(): number { return this.get("size", 11) as number; }
  set Size(v: number) { this.set("size", v); }
  get Bold(): boolean { return this.get("bold", false) as boolean; }
  set Bold(v: boolean) { this.set("bold", v); }
  get Italic(): boolean { return this.get("italic", false) as boolean; }
  set Italic(v: boolean) { this.set("italic", v); }
  get Color(): number { return this.get("color", 0) as number; }
  set Color(v: number) { this.set("color", v); }
}

/** Borders.Item(XlBordersIndex): edges of the area, or the lines between its cells. */
export class SimBorder {
  constructor(private book: WpsBook, private sheet: WpsSheet, private area: Area, private index: number) {}

  Weight = 2;

  get LineStyle(): number {
    return common(this.area, (r, c) => cellAt(this.sheet, r, c)?.borders?.[this.index] ?? XL_NONE) ?? XL_NONE;
  }
  set LineStyle(style: number) {
    assertEditable(this.sheet);
    const a = this.area;
    const on: Record<number, (r: number, c: number) => boolean> = {
      7: (_r, c) => c === a.left, 10: (_r, c) => c === a.right, 8: (r) => r === a.top, 9: (r) => r === a.bottom,
      11: (_r, c) => c > a.left, 12: (r) => r > a.top,
    };
    const applies = on[this.index];
    if (!applies) throw new Error(`模拟器不支持的边框 ${this.index}`);
    eachCell(a, (r, c) => {
      if (applies(r, c)) editCell(this.sheet, r, c, (cell) => (cell.borders = { ...cell.borders, [this.index]: style }));
    });
    this.book.write(`Borders.${this.index}`, this.sheet, a);
  }
}

/** Range.Validation: Add fails where a validation exists (delete it first), as in VBA. */
export class SimValidation {
  constructor(private book: WpsBook, private sheet: WpsSheet, private area: Area) {}

  private get rule(): WpsValidation | undefined {
    return this.sheet.validations.find((v) => v.area.top === this.area.top && v.area.left === this.area.left && v.area.bottom === this.area.bottom && v.area.right === this.area.right);
  }

  private need(): WpsValidation {
    const rule = this.rule;
    if (!rule) throw new Error("应用程序定义或对象定义错误");
    return rule;
  }

  Add(Type: number, AlertStyle = 1, _Operator?: number, Formula1 = ""): void {
    assertEditable(this.sheet);
    this.book.guard("Validation.Add");
    const a = this.area;
    if (this.sheet.validations.some((v) => v.area.top <= a.bottom && a.top <= v.area.bottom && v.area.left <= a.right && a.left <= v.area.right)) {
      throw new Error("应用程序定义或对象定义错误");
    }
    this.sheet.validations.push({
      area: { ...a }, type: Type, alertStyle: AlertStyle, formula1: Formula1, ignoreBlank: true, inCellDropdown: true,
      showError: true, showInput: true, errorTitle: "", errorMessage: "", inputMessage: "",
    });
    this.book.write("Validation.Add", this.sheet, a);
  }

  Delete(): void {
    this.sheet.validations = this.sheet.validations.filter((v) => v !== this.rule);
  }

  get IgnoreBlank(): boolean { return this.need().ignoreBlank; }
  set IgnoreBlank(v: boolean) { this.need().ignoreBlank = v; }
  get InCellDropdown(): boolean { return this.need().inCellDropdown; }
  set InCellDropdown(v: boolean) { this.need().inCellDropdown = v; }
  get ShowError(): boolean { return this.need().showError; }
  set ShowError(v: boolean) { this.need().showError = v; }
  get ShowInput(): boolean { return this.need().showInput; }
  set ShowInput(v: boolean) { this.need().showInput = v; }
  get ErrorTitle(): string { return this.need().errorTitle; }
  set ErrorTitle(v: string) { this.need().errorTitle = v; }
  get ErrorMessage(): string { return this.need().errorMessage; }
  set ErrorMessage(v: string) { this.need().errorMessage = v; }
  get InputMessage(): string { return this.need().inputMessage; }
  set InputMessage(v: string) { this.need().inputMessage = v; }
}
