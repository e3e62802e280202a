/** The selection: where the user is, and taking them to a finding's cell. */
import { localAddress } from "./sheetGrid";

/**
 * The top-left cell of the selection, as "D7" (no sheet, no $), and the whole selection when it is
 * more than one cell ("C5:D6"; a merged cell selected is its merged area): 1 sync.
 */
export async function selectedCellAddress(): Promise<{ sheet: string; address: string; area?: string }> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange().load("address");
    const sheet = range.worksheet.load("name");
    await context.sync();
    const local = localAddress(range.address).replace(/\$/g, "");
    const [first, last] = local.split(":");
    return { sheet: sheet.name, address: first, ...(last && last !== first ? { area: local } : {}) };
  });
}

/** Activates the sheet and selects the cell: 1 sync. */
export async function selectCell(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}
