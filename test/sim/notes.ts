/** Worksheet.notes (ExcelApi 1.18), simulated: the note text lives on the cell. */
import { invalidArgument, itemNotFound } from "./errors";
import { SimCollection, SimContext, SimObject, defineProperties } from "./proxy";
import type { Range, RangeTarget } from "./range";
import { SimSheet, a1, mutableCell, parseAddress, pruneCell, splitSheetAddress } from "./state";

export class NoteCollection extends SimCollection<string, Note> {
  constructor(context: SimContext, private readonly sheet: () => SimSheet | null) {
    super(context, () => {
      const s = sheet();
      return s ? Object.entries(s.cells).filter(([, c]) => c.note !== undefined).map(([k]) => k) : null;
    }, "NoteCollection");
  }
  _item(address: string): Note {
    return new Note(this.context, () => {
      const s = this.sheet();
      const at = parseAddress(splitSheetAddress(address).address);
      if (!s || !at || s.cells[a1(at.top, at.left)]?.note === undefined) throw itemNotFound("NoteCollection.getItem");
      return { sheet: s, area: at };
    });
  }
  add(cellAddress: string | Range, content: string): Note {
    const target = (): RangeTarget => {
      if (typeof cellAddress !== "string") return cellAddress._target() as RangeTarget;
      const at = parseAddress(splitSheetAddress(cellAddress).address);
      if (!at) throw invalidArgument("NoteCollection.add");
      return { sheet: this.sheet() as SimSheet, area: at };
    };
    this._op(() => {
      const t = target();
      mutableCell(t.sheet, t.area.top, t.area.left).note = content;
      this.context.sim.log.push({ what: "note", sheet: t.sheet.name, address: a1(t.area.top, t.area.left) });
    });
    return new Note(this.context, target);
  }
  getItem(cellAddress: string): Note {
    return this._item(cellAddress);
  }
}

export class Note extends SimObject<RangeTarget> {
  declare content: string;
  constructor(context: SimContext, resolve: () => RangeTarget | null) {
    super(context, resolve, "Note");
  }
  get _scalars(): readonly string[] {
    return ["content"];
  }
  _read(t: RangeTarget): unknown {
    return t.sheet.cells[a1(t.area.top, t.area.left)]?.note;
  }
  _write(t: RangeTarget, _property: string, value: unknown): void {
    mutableCell(t.sheet, t.area.top, t.area.left).note = String(value);
    this.context.sim.log.push({ what: "note", sheet: t.sheet.name, address: a1(t.area.top, t.area.left) });
  }
  delete(): void {
    this._op((t) => {
      mutableCell(t.sheet, t.area.top, t.area.left).note = undefined;
      pruneCell(t.sheet, t.area.top, t.area.left);
      this.context.sim.log.push({ what: "note.delete", sheet: t.sheet.name, address: a1(t.area.top, t.area.left) });
    });
  }
}
defineProperties(Note, ["content"], ["content"]);
