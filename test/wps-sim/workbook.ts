/** Application, Workbook, Sheets, Worksheet, PageSetup, Names and CustomXMLParts of the WPS simulator. */
import type {
  EtApplication, EtCustomXMLPart, EtCustomXMLParts, EtFileDialog, EtLanguageSettings, EtName, EtNames, EtPageSetup, EtRange, EtSheets, EtWorkbook,
  EtWorksheet,
} from "../../src/host/wps/et";
import { rootNamespace } from "../sim/state";
import type { WpsBook } from "./book";
import { assertEditable, usedArea } from "./cells";
import { SimRange } from "./range";
import { WpsSheet, newSheet, parseAddress } from "./state";

const WHOLE_SHEET = { top: 0, left: 0, bottom: 1048575, right: 16383 };
/** Characters Excel and WPS refuse in a sheet name. */
const BAD_NAME = /[[\]:*?/\\]/;

export class SimWorksheet implements EtWorksheet {
  constructor(private book: WpsBook, readonly sheet: WpsSheet) {}

  private alive(): WpsSheet {
    if (!this.book.state.sheets.includes(this.sheet)) throw new Error("对象已被删除");
    return this.sheet;
  }

  get Name(): string {
    return this.alive().name;
  }
  set Name(name: string) {
    const sheet = this.alive();
    if (this.book.state.structureProtected) throw new Error("工作簿结构受保护，不能重命名工作表");
    const clash = this.book.state.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase());
    if (!name || name.length > 31 || BAD_NAME.test(name) || /^'|'$/.test(name) || clash) throw new Error(`工作表名称无效或已被使用：${name}`);
    this.book.write("renameSheet", sheet);
    sheet.name = name;
  }
  get Index(): number {
    return this.book.state.sheets.indexOf(this.alive()) + 1;
  }
  get Visible(): number {
    return this.alive().visible;
  }
  /** The last visible sheet cannot be hidden. */
  set Visible(visible: number) {
    const sheet = this.alive();
    if (![-1, 0, 2].includes(visible)) throw new Error(`Visible 的值无效：${visible}`);
    if (visible !== -1 && !this.book.state.sheets.some((s) => s !== sheet && s.visible === -1)) throw new Error("不能隐藏工作簿中唯一可见的工作表");
    sheet.visible = visible;
    this.book.write("visible", sheet);
  }
  get ProtectContents(): boolean {
    return this.alive().protected;
  }
  get UsedRange(): EtRange {
    this.book.count("Worksheet.UsedRange");
    return new SimRange(this.book, this.alive(), usedArea(this.sheet), () => this);
  }
  get Cells(): EtRange {
    return new SimRange(this.book, this.alive(), WHOLE_SHEET, () => this);
  }
  get PageSetup(): EtPageSetup {
    const book = this.book;
    const sheet = this.alive();
    const setup = sheet.pageSetup as unknown as Record<string, unknown>;
    const key = (k: string) => k[0].toLowerCase() + k.slice(1);
    return new Proxy({} as EtPageSetup, {
      get: (_t, k: string) => setup[key(k)],
      set: (_t, k: string, v) => {
        if (!(key(k) in setup)) throw new Error(`模拟器没有 PageSetup.${k}`);
        book.guard("PageSetup");
        setup[key(k)] = v;
        book.write(`PageSetup.${k}`, sheet);
        return true;
      },
    });
  }

  /** Range("A1:B2"), Range("A1", "B2"), Range("A:C"), Range("3:5"). */
  Range(Cell1: string, Cell2?: string): EtRange {
    const a = parseAddress(Cell1.replace(/\$/g, ""));
    const b = Cell2 === undefined ? a : parseAddress(Cell2.replace(/\$/g, ""));
    if (!a || !b) throw new Error(`对象“_Worksheet”的方法“Range”作用失败：${Cell1}`);
    const area = { top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) };
    return new SimRange(this.book, this.alive(), area, () => this);
  }

  Activate(): void {
    const sheet = this.alive();
    if (sheet.visible !== -1) throw new Error("Worksheet 类的 Activate 方法无效");
    const index = this.book.state.sheets.indexOf(sheet);
    const changed = this.book.state.active !== index;
    this.book.state.active = index;
    this.book.write("activate", sheet);
    if (changed) this.book.events("SheetActivate", () => this.book.eventArgs(sheet));
  }

  /** Deleting asks the user first (VBA Worksheet.Delete) unless DisplayAlerts is off: the simulator refuses it. */
  Delete(): void {
    const sheet = this.alive();
    if (this.book.displayAlerts) throw new Error("删除工作表会弹出确认对话框：先把 Application.DisplayAlerts 设为 false");
    if (this.book.state.structureProtected) throw new Error("工作簿结构受保护，不能删除工作表");
    const sheets = this.book.state.sheets;
    if (sheets.filter((s) => s.visible === -1 && s !== sheet).length === 0) throw new Error("工作簿中至少应含有一张可见的工作表");
    const activeName = this.book.activeSheet;
    sheets.splice(sheets.indexOf(sheet), 1);
    const stillActive = sheets.findIndex((s) => s.name === activeName);
    this.book.state.active = stillActive >= 0 ? stillActive : Math.max(0, sheets.findIndex((s) => s.visible === -1));
    this.book.write("deleteSheet", sheet);
  }

  Move(Before?: EtWorksheet, After?: EtWorksheet): void {
    const sheets = this.book.state.sheets;
    const sheet = this.alive();
    const activeName = this.book.activeSheet;
    sheets.splice(sheets.indexOf(sheet), 1);
    const anchor = (Before ?? After) as SimWorksheet | undefined;
    const at = anchor ? sheets.indexOf(anchor.sheet) + (After ? 1 : 0) : sheets.length;
    sheets.splice(at, 0, sheet);
    this.book.state.active = sheets.findIndex((s) => s.name === activeName);
    this.book.write("moveSheet", sheet);
  }
}

export class SimSheets implements EtSheets {
  constructor(private book: WpsBook) {}

  get Count(): number {
    return this.book.state.sheets.length;
  }

  Item(index: number | string): EtWorksheet {
    const sheets = this.book.state.sheets;
    const sheet = typeof index === "number" ? sheets[index - 1] : this.book.findSheet(index);
    if (!sheet) throw new Error("下标越界");
    return new SimWorksheet(this.book, sheet);
  }

  /** A new worksheet "SheetN", placed before `Before`, after `After` or before the active sheet; it becomes active. */
  Add(Before?: EtWorksheet, After?: EtWorksheet, Count = 1, Type = -4167): EtWorksheet {
    if (Count !== 1 || Type !== -4167) throw new Error("模拟器只添加一张工作表");
    if (this.book.state.structureProtected) throw new Error("工作簿结构受保护，不能添加工作表");
    this.book.guard("addSheet");
    const sheets = this.book.state.sheets;
    let n = sheets.length + 1;
    while (this.book.findSheet(`Sheet${n}`)) n++;
    const sheet = newSheet(`Sheet${n}`);
    const anchor = (Before ?? After) as SimWorksheet | undefined;
    const at = anchor ? sheets.indexOf(anchor.sheet) + (After ? 1 : 0) : this.book.state.active;
    sheets.splice(at, 0, sheet);
    this.book.state.active = at;
    this.book.write("addSheet", sheet);
    this.book.events("SheetActivate", () => this.book.eventArgs(sheet));
    return new SimWorksheet(this.book, sheet);
  }
}

class SimPart implements EtCustomXMLPart {
  constructor(private book: WpsBook, private part: { id: string; xml: string }) {}
  get Id(): string {
    return this.part.id;
  }
  get NamespaceURI(): string {
    return rootNamespace(this.part.xml) ?? "";
  }
  get XML(): string {
    return this.part.xml;
  }
  Delete(): void {
    const parts = this.book.state.customXmlParts;
    const i = parts.indexOf(this.part);
    if (i < 0) throw new Error("对象已被删除");
    parts.splice(i, 1);
    this.book.write("xml.delete");
  }
}

class SimParts implements EtCustomXMLParts {
  constructor(private book: WpsBook) {}
  get Count(): number {
    return this.book.state.customXmlParts.length;
  }
  Item(Index: number): EtCustomXMLPart {
    const part = this.book.state.customXmlParts[Index - 1];
    if (!part) throw new Error("下标越界");
    return new SimPart(this.book, part);
  }
  Add(XML: string): EtCustomXMLPart {
    if (rootNamespace(XML) === undefined) throw new Error("XML 格式不正确");
    this.book.guard("xml.add");
    const part = { id: this.book.newPartId(), xml: XML };
    this.book.state.customXmlParts.push(part);
    this.book.write("xml.add");
    return new SimPart(this.book, part);
  }
  SelectByNamespace(NamespaceURI: string): { Count: number; Item(Index: number): EtCustomXMLPart } {
    const parts = this.book.state.customXmlParts.filter((p) => rootNamespace(p.xml) === NamespaceURI);
    return { Count: parts.length, Item: (i: number) => new SimPart(this.book, parts[i - 1] ?? (() => { throw new Error("下标越界"); })()) };
  }
}

class SimNames implements EtNames {
  constructor(private book: WpsBook) {}
  get Count(): number {
    return this.book.state.names.length;
  }
  Item(Index: number | string): EtName {
    const names = this.book.state.names;
    const n = typeof Index === "number" ? names[Index - 1] : names.find((x) => x.name.toLowerCase() === Index.toLowerCase());
    if (!n) throw new Error("下标越界");
    const book = this.book;
    return {
      Name: n.name,
      Delete: () => {
        const i = book.state.names.indexOf(n);
        if (i < 0) throw new Error("对象已被删除");
        book.state.names.splice(i, 1);
        book.write("name.delete");
      },
    };
  }
  Add(Name: string, RefersTo: string): unknown {
    this.book.guard("name.add");
    if (this.book.state.names.some((n) => n.name.toLowerCase() === Name.toLowerCase())) throw new Error(`名称已存在：${Name}`);
    this.book.state.names.push({ name: Name, refersTo: RefersTo });
    this.book.write("name.add");
    return { Name };
  }
}

export class SimWorkbook implements EtWorkbook {
  constructor(private book: WpsBook) {}
  get Name(): string {
    return this.book.name;
  }
  get Sheets(): EtSheets {
    return new SimSheets(this.book);
  }
  get Worksheets(): EtSheets {
    return new SimSheets(this.book);
  }
  get ActiveSheet(): EtWorksheet | null {
    const sheet = this.book.state.sheets[this.book.state.active];
    return sheet ? new SimWorksheet(this.book, sheet) : null;
  }
  get CustomXMLParts(): EtCustomXMLParts {
    if (!this.book.options.customXmlParts) throw new Error("对象不支持此属性或方法：CustomXMLParts");
    return new SimParts(this.book);
  }
  get Names(): EtNames {
    return new SimNames(this.book);
  }
  get FullName(): string {
    const { folder, name } = this.book;
    return folder ? `${folder}${folder.includes("\\") ? "\\" : "/"}${name}` : name;
  }
  get ProtectStructure(): boolean {
    return !!this.book.state.structureProtected;
  }
  /** Writes the saved state to a file of the machine (book.files); the open workbook is unchanged (VBA Workbook.SaveCopyAs). */
  SaveCopyAs(Filename: string): void {
    this.book.guard("SaveCopyAs");
    if (!/^([A-Za-z]:)?[\\/]/.test(Filename)) throw new Error(`无法访问文件：${Filename}`);
    this.book.files.set(Filename, binaryOf(this.book.fileBytes()));
    this.book.write("SaveCopyAs");
  }
}

/** Bytes as the binary string the add-in API's FileSystem speaks (one character per byte). */
export function binaryOf(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/** Application.FileDialog(msoFileDialogSaveAs): a path picked, nothing saved (VBA FileDialog; Execute is not called). */
class SimFileDialog implements EtFileDialog {
  InitialFileName = "";
  Title = "";
  private chosen: string | null = null;
  constructor(private book: WpsBook) {}
  Show(): number {
    this.chosen = this.book.saveAsAnswer(this.InitialFileName);
    return this.chosen === null ? 0 : -1;
  }
  get SelectedItems(): { Count: number; Item(Index: number): string } {
    const chosen = this.chosen;
    return {
      Count: chosen === null ? 0 : 1,
      Item: (i: number) => {
        if (chosen === null || i !== 1) throw new Error("下标越界");
        return chosen;
      },
    };
  }
}

export class SimApplication implements EtApplication {
  constructor(readonly book: WpsBook) {}
  get ActiveWorkbook(): EtWorkbook {
    return new SimWorkbook(this.book);
  }
  get Workbooks(): { Count: number; Item(index: number | string): EtWorkbook } {
    return { Count: 1, Item: () => new SimWorkbook(this.book) };
  }
  get ActiveSheet(): EtWorksheet | null {
    return this.ActiveWorkbook.ActiveSheet;
  }
  get Selection(): unknown {
    const ws = this.ActiveSheet as SimWorksheet | null;
    return ws ? new SimRange(this.book, ws.sheet, { ...ws.sheet.selection }, () => ws) : null;
  }
  get ActiveCell(): EtRange | null {
    const ws = this.ActiveSheet as SimWorksheet | null;
    if (!ws) return null;
    const s = ws.sheet.selection;
    return new SimRange(this.book, ws.sheet, { top: s.top, left: s.left, bottom: s.top, right: s.left }, () => ws);
  }
  get Build(): string {
    return this.book.options.build;
  }
  get DisplayAlerts(): boolean {
    return this.book.displayAlerts;
  }
  FileDialog(fileDialogType: number): EtFileDialog {
    if (!this.book.options.files) throw new Error("对象不支持此属性或方法：FileDialog");
    if (fileDialogType !== 2) throw new Error("模拟器只有“另存为”对话框（msoFileDialogSaveAs）");
    return new SimFileDialog(this.book);
  }
  get LanguageSettings(): EtLanguageSettings {
    const id = this.book.options.languageId;
    return {
      LanguageID: (which: number) => {
        if (id === null || which !== 2) throw new Error("对象不支持此属性或方法：LanguageID");
        return id;
      },
    };
  }
  set DisplayAlerts(on: boolean) {
    this.book.displayAlerts = on;
  }
  ScreenUpdating = true;
}

export { assertEditable };
