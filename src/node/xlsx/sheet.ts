/**
 * One worksheet's XML → the core's Grid, fed chunk by chunk as the part inflates.
 *
 * Only what the core reads is kept: cell values (cached results for formulas), number formats
 * of numbers, merged areas. Cells far outside any form's area (READ_ROWS × READ_COLS) are never
 * allocated: past a far column the rest of its row is skimmed to the next `<row>`, past the last
 * row read the rest of the sheet is skimmed to `<mergeCells>`, and after the merged areas
 * nothing more is inflated. Skimming is a string search, not an XML parse, so a sheet of
 * millions of cells, or a form with one cell at XFD1048576, costs little more than its inflation.
 */
import type { CellValue, Grid, Merge } from "../../core/grid";
import { parseA1, parseArea } from "../../core/grid";
import { isDateFormat, serialDate } from "./numberFormats";
import { Visibility, unescapeXstring } from "./parts";
import { PartDecoder, Tag, attribute, localName, xmlParser } from "./xml";
import type { XmlScanner } from "./xmlScanner";

/** Rows and columns read: a form is a few dozen rows by a dozen columns near the sheet's top left. */
export const READ_ROWS = 10000;
export const READ_COLS = 256;
/** Bounds on what a damaged or hostile sheet can make the reader do. */
const MAX_MERGES = 100000;
const MAX_COVERED_CELLS = 20000000;
/** Excel holds at most 32,767 characters in a cell; far more without any markup is not a sheet. */
const MAX_EVENT_GAP = 16 * 1024 * 1024;

/** A sheet whose content cannot be read; the message names what is wrong, for the one line. */
export class SheetError extends Error {}

export interface SheetContext {
  name: string;
  visibility: Visibility;
  /** undefined when the package has no shared strings part. */
  sharedStrings: string[] | undefined;
  /** Number format code per cell style index. */
  formats: (string | null)[];
  date1904: boolean;
}

const enum At { Root, Worksheet, SheetData, Row, Cell, Value, Inline, Run, Text, Merges }

/** Thrown from a handler to leave the parser mid-chunk; `resumeAt` then says where. */
const SKIM = { skim: true };
const DONE = { done: true };

export class SheetReader {
  private parser!: XmlScanner;
  /** Characters written to the current parser before the current chunk. */
  private written = 0;
  /** Where the text to skim starts, in the parser's characters: just after the tag that asked for it. */
  private resumeAt = 0;
  private current = "";
  private readonly decoder = new PartDecoder();
  private mode: "parse" | "toRow" | "toMerges" | "done" = "parse";
  private carry = "";
  /** Characters written since the parser last reported something. */
  private sinceEvent = 0;
  private worksheetTag = "worksheet";
  private sheetDataTag = "sheetData";

  private at = At.Root;
  private skip = 0;
  private textParent = At.Inline;
  private rowIndex = -1;
  private colIndex = -1;
  private cellRow = 0;
  private cellCol = 0;
  private cellType = "";
  private cellStyle = 0;
  private hasFormula = false;
  private hasValue = false;
  private inline = false;
  private text = "";

  private readonly rows: CellValue[][] = [];
  private readonly numberFormats: (string | null)[][] = [];
  private readonly merges: Merge[] = [];
  private readonly uncalculated: { row: number; col: number }[] = [];

  constructor(private readonly context: SheetContext) {
    this.start("");
  }

  /** Feeds the next inflated bytes; false when the rest of the part is not needed. */
  feed(chunk: Uint8Array): boolean {
    if (this.mode === "done") return false;
    this.take(this.decoder.decode(chunk));
    return !this.done();
  }

  private done(): boolean {
    return this.mode === "done";
  }

  /** The grid, once the part has been fed to its end (or feed said it was done). */
  finish(): Grid {
    if (this.mode === "parse") this.take(this.decoder.decode(new Uint8Array(0), true));
    // Parsing ends when the worksheet element closes: a part that stops before is cut short.
    if (this.mode === "parse") throw new SheetError("的 XML 不完整（在工作表结束之前中断）");
    return this.grid();
  }

  private start(prefix: string): void {
    this.parser = xmlParser({
      open: (tag) => {
        this.sinceEvent = 0;
        this.open(tag);
      },
      close: () => {
        this.sinceEvent = 0;
        this.close();
      },
      text: (t) => {
        this.sinceEvent = 0;
        if (this.at === At.Value || this.at === At.Text) this.text += t;
      },
    });
    // The prefix reopens the elements the resumed text sits in, through the same handlers.
    this.at = At.Root;
    this.skip = 0;
    this.written = 0;
    this.sinceEvent = 0;
    if (prefix) this.write(prefix);
  }

  private write(text: string): void {
    this.current = text;
    this.sinceEvent += text.length;
    // The parser holds a tag until it ends: one that never ends would fill memory.
    if (this.sinceEvent > MAX_EVENT_GAP) throw new SheetError("单元格内容过长，不是 Excel 写出的工作表");
    this.parser.write(text);
    this.written += text.length;
  }

  private run(step: () => void): void {
    try {
      step();
    } catch (e) {
      if (e === DONE) {
        this.mode = "done";
        return;
      }
      if (e === SKIM) return;
      if (e instanceof SheetError) throw e;
      throw new SheetError(`的 XML 无法解析（${(e as Error).message.split("\n")[0]}）`);
    }
  }

  private take(text: string): void {
    while (text && this.mode !== "done") {
      if (this.mode === "parse") {
        let rest = "";
        this.run(() => {
          try {
            this.write(text);
          } catch (e) {
            if (e === SKIM) rest = this.current.slice(this.resumeAt - this.written);
            throw e;
          }
        });
        text = rest;
      } else {
        text = this.skim(text);
      }
    }
  }

  /** Searches for where parsing resumes; returns the text to parse from there, or "" to wait for more. */
  private skim(text: string): string {
    const hay = this.carry + text;
    const found = this.mode === "toRow" ? nextTag(hay, ROW_OR_MERGES) : nextTag(hay, MERGES_ONLY);
    if (!found) {
      this.carry = hay.slice(-64);
      return "";
    }
    this.carry = "";
    const row = found.name === "row";
    this.mode = "parse";
    this.start(row ? `<${this.worksheetTag}><${this.sheetDataTag}>` : `<${this.worksheetTag}>`);
    return hay.slice(found.index);
  }

  private skimTo(mode: "toRow" | "toMerges"): never {
    this.mode = mode;
    this.resumeAt = this.parser.tokenEnd;
    throw SKIM;
  }

  private open(tag: Tag): void {
    if (this.skip > 0) {
      this.skip++;
      return;
    }
    const name = localName(tag.name);
    switch (this.at) {
      case At.Root:
        if (name === "worksheet") {
          this.worksheetTag = tag.name;
          this.at = At.Worksheet;
          return;
        }
        break;
      case At.Worksheet:
        if (name === "sheetData") {
          this.sheetDataTag = tag.name;
          this.at = At.SheetData;
          return;
        }
        if (name === "mergeCells") {
          this.at = At.Merges;
          return;
        }
        break;
      case At.SheetData:
        if (name === "row") return this.openRow(tag);
        break;
      case At.Row:
        if (name === "c") return this.openCell(tag);
        break;
      case At.Cell:
        if (name === "v") {
          this.at = At.Value;
          this.hasValue = true;
          this.text = "";
          return;
        }
        if (name === "is") {
          this.at = At.Inline;
          this.inline = true;
          this.text = "";
          return;
        }
        if (name === "f") this.hasFormula = true;
        break;
      case At.Inline:
      case At.Run:
        if (name === "t") {
          this.textParent = this.at;
          this.at = At.Text;
          return;
        }
        if (name === "r" && this.at === At.Inline) {
          this.at = At.Run;
          return;
        }
        break;
      case At.Merges:
        if (name === "mergeCell") this.addMerge(attribute(tag, "ref"));
        break;
    }
    // Anything else (extension lists, phonetic runs, formulas' text, print settings) is skipped whole.
    this.skip = 1;
  }

  private close(): void {
    if (this.skip > 0) {
      this.skip--;
      return;
    }
    switch (this.at) {
      case At.Value:
        this.at = At.Cell;
        break;
      case At.Text:
        this.at = this.textParent;
        break;
      case At.Run:
        this.at = At.Inline;
        break;
      case At.Inline:
        this.at = At.Cell;
        break;
      case At.Cell:
        this.at = At.Row;
        this.closeCell();
        break;
      case At.Row:
        this.at = At.SheetData;
        break;
      case At.SheetData:
        // Nothing between the cells and the merged areas is read.
        this.at = At.Worksheet;
        this.skimTo("toMerges");
        break;
      case At.Merges:
      case At.Worksheet:
        throw DONE;
    }
  }

  private openRow(tag: Tag): void {
    const r = Number(attribute(tag, "r"));
    this.rowIndex = Number.isInteger(r) && r >= 1 ? r - 1 : this.rowIndex + 1;
    this.colIndex = -1;
    this.at = At.Row;
    // Rows come in order (Part 1 §18.3.1.73): none after this one is read either.
    if (this.rowIndex >= READ_ROWS) this.skimTo("toMerges");
  }

  private openCell(tag: Tag): void {
    const ref = attribute(tag, "r");
    const at = ref === undefined ? undefined : cellPosition(ref);
    this.cellRow = at ? at.row : this.rowIndex;
    this.cellCol = at ? at.col : this.colIndex + 1;
    this.colIndex = this.cellCol;
    this.cellType = attribute(tag, "t") ?? "n";
    this.cellStyle = Number(attribute(tag, "s") ?? 0) || 0;
    this.hasFormula = false;
    this.hasValue = false;
    this.inline = false;
    this.text = "";
    this.at = At.Cell;
    // Cells of a row come in column order: the rest of this row is as far out.
    if (this.cellCol >= READ_COLS) this.skimTo("toRow");
  }

  private closeCell(): void {
    const row = this.cellRow;
    const col = this.cellCol;
    if (row >= READ_ROWS || col >= READ_COLS) return;
    if (this.hasFormula && !this.hasValue && !this.inline) {
      this.uncalculated.push({ row, col });
      return;
    }
    const value = this.cellValue();
    if (value === null) return;
    (this.rows[row] ??= [])[col] = value;
    if (typeof value === "number") (this.numberFormats[row] ??= [])[col] = this.context.formats[this.cellStyle] ?? null;
  }

  private cellValue(): CellValue {
    const text = this.text;
    if (this.inline) return unescapeXstring(text);
    if (!this.hasValue) return null;
    switch (this.cellType) {
      case "s":
        return this.sharedString(text);
      case "str":
      case "inlineStr":
        return unescapeXstring(text);
      case "b":
        return text.trim() === "1" || text.trim() === "true";
      case "e":
        return text.trim();
      case "d":
        // ISO 8601 dates of strict files; the date is what a form's cell means.
        return /^\d{4}-\d{2}-\d{2}/.test(text.trim()) ? text.trim().slice(0, 10) : text;
    }
    if (text.trim() === "") return null;
    const n = Number(text);
    if (Number.isNaN(n)) return null;
    const format = this.context.formats[this.cellStyle] ?? null;
    if (isDateFormat(format)) return serialDate(n, this.context.date1904) ?? n;
    return n;
  }

  private sharedString(text: string): string {
    const strings = this.context.sharedStrings;
    if (!strings) throw new SheetError("单元格引用了共享字符串，但文件中没有共享字符串部件（sharedStrings）");
    const s = strings[Number(text)];
    if (s === undefined) throw new SheetError(`单元格引用了不存在的共享字符串 ${text.trim()}（共 ${strings.length} 个）`);
    return s;
  }

  private addMerge(ref: string | undefined): void {
    const merge = ref === undefined ? undefined : mergeArea(ref);
    // A merge that starts outside the cells read covers none of them.
    if (!merge || merge.top >= READ_ROWS || merge.left >= READ_COLS) return;
    if (this.merges.length >= MAX_MERGES) throw new SheetError(`合并单元格超过 ${MAX_MERGES} 个`);
    this.merges.push(merge);
  }

  private grid(): Grid {
    const { rows, numberFormats, context } = this;
    this.clearCovered();
    let top = -1;
    let left = Infinity;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length && c < left; c++) {
        if (row[c] !== undefined) {
          left = c;
          break;
        }
      }
      if (top < 0 && row.some((v) => v !== undefined)) top = r;
    }
    const grid: Grid = { name: context.name, top: 0, left: 0, values: [], merges: [] };
    if (top >= 0) {
      let bottom = rows.length - 1;
      while (bottom > top && !(rows[bottom] ?? []).some((v) => v !== undefined)) bottom--;
      grid.top = top;
      grid.left = left;
      grid.merges = this.merges;
      grid.formats = [];
      for (let r = top; r <= bottom; r++) {
        grid.values.push(trimmed(rows[r], left));
        grid.formats.push(trimmed(numberFormats[r], left));
      }
    }
    if (context.visibility !== "visible") grid.visibility = context.visibility;
    if (this.uncalculated.length) grid.uncalculated = this.uncalculated;
    return grid;
  }

  /** Cells under a merge but its top-left hold null, as Excel shows them (a writer may have left values there). */
  private clearCovered(): void {
    let visited = 0;
    for (const m of this.merges) {
      for (let r = m.top; r <= m.bottom && r < this.rows.length; r++) {
        const row = this.rows[r];
        if (!row) continue;
        const formats = this.numberFormats[r];
        const right = Math.min(m.right, row.length - 1);
        visited += Math.max(0, right - m.left + 1);
        if (visited > MAX_COVERED_CELLS) throw new SheetError("合并单元格互相重叠，覆盖的单元格过多");
        for (let c = m.left; c <= right; c++) {
          if (r === m.top && c === m.left) continue;
          if (row[c] !== undefined) delete row[c];
          if (formats && formats[c] !== undefined) delete formats[c];
        }
      }
    }
  }
}

/**
 * A cell's `r` as 0-based row and column. Every cell has one, so the plain form writers use
 * ("AB12") is read by character codes; anything else goes to core/grid's parseA1.
 */
function cellPosition(ref: string): { row: number; col: number } | undefined {
  let col = 0;
  let i = 0;
  for (; i < ref.length && i < 3; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  let row = 0;
  const digits = i;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 48 || code > 57) return parseA1(ref);
    row = row * 10 + code - 48;
  }
  if (col === 0 || i === digits || i - digits > 7 || row < 1) return parseA1(ref);
  return { row: row - 1, col: col - 1 };
}

/** A merge's `ref` ("A1:B2"), read like cells' references; anything else goes to core/grid's parseArea. */
function mergeArea(ref: string): Merge | undefined {
  const colon = ref.indexOf(":");
  const from = colon < 0 ? undefined : cellPosition(ref.slice(0, colon));
  const to = colon < 0 ? undefined : cellPosition(ref.slice(colon + 1));
  if (!from || !to) return parseArea(ref);
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}

/** The row from column `left` on, gaps as null, trailing gaps dropped. */
function trimmed<T>(row: (T | null)[] | undefined, left: number): (T | null)[] {
  if (!row) return [];
  let end = row.length;
  while (end > left && row[end - 1] === undefined) end--;
  const out: (T | null)[] = new Array(Math.max(0, end - left));
  for (let c = left; c < end; c++) out[c - left] = row[c] === undefined ? null : row[c];
  return out;
}

const ROW_OR_MERGES = /<(?:[A-Za-z_][\w.-]*:)?(row|mergeCells)[\s/>]/g;
const MERGES_ONLY = /<(?:[A-Za-z_][\w.-]*:)?(mergeCells)[\s/>]/g;

/** The next start tag of one of the pattern's names; mergeCells is searched by indexOf first, it is rare. */
function nextTag(hay: string, pattern: RegExp): { index: number; name: string } | undefined {
  let from = 0;
  if (pattern === MERGES_ONLY) {
    const at = hay.indexOf("mergeCells");
    if (at < 0) return undefined;
    from = Math.max(0, hay.lastIndexOf("<", at));
  }
  pattern.lastIndex = from;
  const m = pattern.exec(hay);
  return m ? { index: m.index, name: m[1] } : undefined;
}
