/**
 * One worksheet's XML with the marks of the check: a painted cell's style reference changed (a
 * cell the file does not hold, as an empty field's, is added with the style it showed), its note
 * linked through <legacyDrawing>, and its tab unselected. Every other byte stays.
 */
import { SHEET_COLUMNS, a1, parseA1, parseArea } from "../../core/grid";
import type { Severity } from "../../core/model";
import { StylesPatch } from "./styles";
import { Splices, XmlElement, appendInside, attributeText, elementsOf, qualified, withAttributes } from "./xml";

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TRUE = new Set(["1", "true"]);

/** Children of <worksheet> that come after <legacyDrawing> (CT_Worksheet's sequence). */
const AFTER_LEGACY_DRAWING = new Set(["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst", "AlternateContent"]);

interface RowInfo {
  element: XmlElement;
  row: number;
  cells: { element: XmlElement; col: number }[];
}

/** `1:8` spans widened to hold a 1-based column. */
function widenSpans(spans: string, col: number): string {
  const m = /^(\d+):(\d+)$/.exec(spans.trim());
  if (!m) return spans;
  return `${Math.min(Number(m[1]), col)}:${Math.max(Number(m[2]), col)}`;
}

export class SheetPatch {
  private readonly root: XmlElement;
  private readonly children: XmlElement[] = [];
  private readonly rows: RowInfo[] = [];
  private readonly cols: XmlElement[] = [];
  private readonly sheetViews: XmlElement[] = [];
  private readonly splices = new Splices();
  /** Cells to add, by 0-based row, then column → style. */
  private readonly newCells = new Map<number, Map<number, number>>();

  constructor(private readonly xml: string, part: string) {
    const elements = elementsOf(xml, (e) => e.depth <= 3, part);
    this.root = elements[0];
    let sheetData: XmlElement | undefined;
    let cols: XmlElement | undefined;
    let current: RowInfo | undefined;
    let nextRow = 0;
    let nextCol = 0;
    for (const e of elements) {
      if (e.depth === 1) {
        this.children.push(e);
        if (e.local === "sheetData") sheetData = e;
        if (e.local === "cols") cols = e;
      } else if (e.depth === 2 && e.local === "row" && sheetData && e.start > sheetData.start && e.end <= sheetData.end) {
        const r = Number(e.attributes.r);
        current = { element: e, row: Number.isInteger(r) && r > 0 ? r - 1 : nextRow, cells: [] };
        nextRow = current.row + 1;
        nextCol = 0;
        this.rows.push(current);
      } else if (e.depth === 3 && e.local === "c" && current && e.end <= current.element.end) {
        const at = e.attributes.r ? parseA1(e.attributes.r) : undefined;
        const col = at ? at.col : nextCol;
        nextCol = col + 1;
        current.cells.push({ element: e, col });
      } else if (e.depth === 2 && e.local === "col" && cols && e.end <= cols.end) {
        this.cols.push(e);
      } else if (e.depth === 2 && e.local === "sheetView") {
        this.sheetViews.push(e);
      }
    }
  }

  private startTag(e: XmlElement): string {
    return this.xml.slice(e.start, e.openEnd);
  }

  /** The style a cell that the file does not hold shows: its row's (when set), else its column's. */
  private inheritedStyle(row: RowInfo | undefined, col: number): number {
    if (row && TRUE.has(row.element.attributes.customFormat ?? "")) return Number(row.element.attributes.s ?? 0) || 0;
    const column = this.cols.find((c) => Number(c.attributes.min) - 1 <= col && col <= Number(c.attributes.max) - 1);
    return Number(column?.attributes.style ?? 0) || 0;
  }

  /** Paints the cell at `address` for `severity` with its own copy of its format. */
  paint(address: string, severity: Severity, styles: StylesPatch): void {
    const at = parseA1(address);
    if (!at) return;
    const row = this.rows.find((r) => r.row === at.row);
    const cell = row?.cells.find((c) => c.col === at.col);
    if (cell) {
      const xf = Number(cell.element.attributes.s ?? 0) || 0;
      this.splices.replace(cell.element.start, cell.element.openEnd, withAttributes(this.startTag(cell.element), { s: styles.paintedFormat(xf, severity) }));
      return;
    }
    const style = styles.paintedFormat(this.inheritedStyle(row, at.col), severity);
    if (!this.newCells.has(at.row)) this.newCells.set(at.row, new Map());
    this.newCells.get(at.row)!.set(at.col, style);
  }

  /** No tab of this sheet is selected: the copy opens on its 检查结果 sheet alone. */
  unselectTab(): void {
    for (const view of this.sheetViews) {
      if (TRUE.has(view.attributes.tabSelected ?? "")) this.splices.replace(view.start, view.openEnd, withAttributes(this.startTag(view), { tabSelected: null }));
    }
  }

  /** Whether the sheet already has a <legacyDrawing> (VML: notes, form controls), and its r:id. */
  legacyDrawingId(): string | undefined {
    const element = this.children.find((e) => e.local === "legacyDrawing");
    if (!element) return undefined;
    return Object.entries(element.attributes).find(([name]) => name.endsWith(":id"))?.[1];
  }

  /** Links the sheet to its notes' VML drawing, in the place the schema gives <legacyDrawing>. */
  addLegacyDrawing(relationshipId: string): void {
    const declared = Object.entries(this.root.attributes).find(([name, value]) => name.startsWith("xmlns:") && value === RELATIONSHIPS_NS);
    const prefix = declared ? declared[0].slice(6) : "r";
    const declaration = declared ? "" : ` xmlns:r="${RELATIONSHIPS_NS}"`;
    const text = `<${qualified(this.root.prefix, "legacyDrawing")} ${prefix}:id="${relationshipId}"${declaration}/>`;
    const after = this.children.find((e) => AFTER_LEGACY_DRAWING.has(e.local));
    if (after) this.splices.insert(after.start, text);
    else appendInside(this.splices, this.xml, this.root, text);
  }

  private addCells(): void {
    const sheetData = this.children.find((e) => e.local === "sheetData");
    if (!sheetData || this.newCells.size === 0) return;
    const cellTag = (row: number, col: number, style: number) => `<${qualified(sheetData.prefix, "c")}${attributeText({ r: a1(row, col), s: style })}/>`;
    for (const [rowIndex, cells] of [...this.newCells].sort((a, b) => a[0] - b[0])) {
      const sorted = [...cells].sort((a, b) => a[0] - b[0]);
      const row = this.rows.find((r) => r.row === rowIndex);
      if (row) {
        for (const [col, style] of sorted) {
          const before = row.cells.find((c) => c.col > col);
          if (before) this.splices.insert(before.element.start, cellTag(rowIndex, col, style));
          else if (!row.element.selfClosing) this.splices.insert(this.xml.lastIndexOf("</", row.element.end - 1), cellTag(rowIndex, col, style));
        }
        if (row.element.selfClosing) {
          const text = sorted.map(([col, style]) => cellTag(rowIndex, col, style)).join("");
          const tag = this.rowStartTag(row, sorted.map(([c]) => c));
          this.splices.replace(row.element.start, row.element.end, `${tag.slice(0, -2).replace(/\s+$/, "")}>${text}</${qualified(row.element.prefix, "row")}>`);
        } else {
          this.splices.replace(row.element.start, row.element.openEnd, this.rowStartTag(row, sorted.map(([c]) => c)));
        }
      } else {
        const name = qualified(sheetData.prefix, "row");
        const text = `<${name} r="${rowIndex + 1}">${sorted.map(([col, style]) => cellTag(rowIndex, col, style)).join("")}</${name}>`;
        const before = this.rows.find((r) => r.row > rowIndex);
        if (before) this.splices.insert(before.element.start, text);
        else appendInside(this.splices, this.xml, sheetData, text);
      }
    }
  }

  private rowStartTag(row: RowInfo, cols: number[]): string {
    let tag = this.startTag(row.element);
    const spans = row.element.attributes.spans;
    if (spans !== undefined) {
      let widened = spans;
      for (const col of cols) widened = widenSpans(widened, col + 1);
      if (widened !== spans) tag = withAttributes(tag, { spans: widened });
    }
    return tag;
  }

  /** <dimension> widened to the added cells, so that it still holds every cell. */
  private widenDimension(): void {
    const dimension = this.children.find((e) => e.local === "dimension");
    const ref = dimension?.attributes.ref;
    if (!dimension || !ref || this.newCells.size === 0) return;
    const area = parseArea(ref);
    if (!area) return;
    let { top, left, bottom, right } = area;
    for (const [row, cells] of this.newCells) {
      for (const col of cells.keys()) {
        top = Math.min(top, row);
        bottom = Math.max(bottom, row);
        left = Math.min(left, col);
        right = Math.max(right, Math.min(col, SHEET_COLUMNS - 1));
      }
    }
    const widened = top === bottom && left === right ? a1(top, left) : `${a1(top, left)}:${a1(bottom, right)}`;
    if (widened !== ref) this.splices.replace(dimension.start, dimension.openEnd, withAttributes(this.startTag(dimension), { ref: widened }));
  }

  toXml(): string {
    this.addCells();
    this.widenDimension();
    return this.splices.size ? this.splices.apply(this.xml) : this.xml;
  }
}
