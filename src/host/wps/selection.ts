/** Where the user is in WPS, and taking them to a finding's cell. */
import type { CellRef } from "../types";
import { activeBook } from "./documents";
import { EtApplication, EtRange } from "./et";

const isRange = (x: unknown): x is EtRange => !!x && typeof (x as EtRange).Address === "function" && !!(x as EtRange).Worksheet;

/** The top-left cell of the selection (no sheet, no $); the active cell when a shape is selected. */
export function selectedCell(app: EtApplication): CellRef {
  const selection = app.Selection;
  const range = isRange(selection) ? selection : app.ActiveCell;
  if (!range) throw new Error("没有选中的单元格");
  return { sheet: range.Worksheet.Name, cell: range.Address(false, false).split(":")[0] };
}

/** Activates the sheet and selects the cell (a range can be selected only on the active sheet). */
export function selectCell(app: EtApplication, target: CellRef): void {
  const ws = activeBook(app).Worksheets.Item(target.sheet);
  ws.Activate();
  ws.Range(target.cell).Select();
}
