/** Where the user is in WPS, and taking them to a finding's cell. */
import type { CellRef } from "../types";
import { activeBook } from "./documents";
import { EtApplication, EtRange } from "./et";

const isRange = (x: unknown): x is EtRange => !!x && typeof (x as EtRange).Address === "function" && !!(x as EtRange).Worksheet;

/**
 * The top-left cell of the selection (no sheet, no $), and the whole selection as `area` when it
 * is more than one cell (a merged cell selected is its merged area, as in Excel); the active cell
 * when a shape is selected.
 */
export function selectedCell(app: EtApplication): CellRef & { area?: string } {
  const selection = app.Selection;
  const range = isRange(selection) ? selection : app.ActiveCell;
  if (!range) throw new Error("没有选中的单元格");
  const address = range.Address(false, false);
  const [first, last] = address.split(":");
  return { sheet: range.Worksheet.Name, cell: first, ...(last && last !== first ? { area: address } : {}) };
}

/** Activates the sheet and selects the cell (a range can be selected only on the active sheet). */
export function selectCell(app: EtApplication, target: CellRef): void {
  const ws = activeBook(app).Worksheets.Item(target.sheet);
  ws.Activate();
  ws.Range(target.cell).Select();
}
