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
import type { CellValue, Grid } from "../../core/grid";
import { READ_COLS, READ_ROWS, SheetCells, SheetError, cellPosition } from "./cells";
import { isDateFormat, serialDate } from "./numberFormats";
import { Visibility, unescapeXstring } from "./parts";
import { PartDecoder, Tag, attribute, localName, xmlParser } from "./xml";
import type { XmlScanner } from "./xmlScanner";

export { READ_COLS, READ_ROWS, SheetError } from "./cells";

/** Excel holds at most 32,767 characters in a cell; far more without any markup is not a sheet. */
const MAX_EVENT_GAP = 16 * 1024 * 1024;

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

  private readonly cells = new SheetCells();

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
    return this.cells.grid(this.context.name, this.context.visibility);
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
        if (name === "mergeCell") this.cells.addMerge(attribute(tag, "ref"));
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
    if (!SheetCells.inside(row, col)) return;
    if (this.hasFormula && !this.hasValue && !this.inline) return this.cells.setUncalculated(row, col);
    const value = this.cellValue();
    if (value !== null) this.cells.set(row, col, value, this.context.formats[this.cellStyle] ?? null);
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
