/**
 * The careful read, taken when the one-batch read of readGrids.ts does not come back whole:
 * Excel on the web refuses requests and responses over ~5 MB, often as GeneralException rather
 * than the payload codes (OfficeDev/office-js#1314, #1012, #2564); a read above 5 million cells
 * may give values null (docs: excel/performance.md); and getMergedAreasOrNullObject fails on a
 * range with more than 512 merged areas (Range.getMergedAreasOrNullObject).
 *
 *   sync 1  every sheet's used range size
 *   then    groups of at most CELLS_PER_REQUEST cells: values and formats in slices of rows, and
 *           the merged areas of the same rows in bands of at most 512 cells — merged areas do not
 *           overlap, so a band meets at most 512 of them. A group still refused is halved.
 *
 * So the round trips grow with the workbook's cells, never with its sheet count. Merged areas
 * that start outside the used range of values (blank merged cells further out) are not read here;
 * the core has no use for them.
 */
import type { Grid, Merge } from "../core/grid";
import type { SheetInfo } from "../host/types";
import { isRefusedForSize } from "./batches";
import { gridOf, parseMergedAreas } from "./sheetGrid";

/** ~40 bytes of values and formats per cell keeps a request well under Excel on the web's 5 MB. */
export const CELLS_PER_REQUEST = 100_000;
/** "Note that if the merged areas count in this range is more than 512, then this method will fail." */
export const MERGES_PER_READ = 512;

interface Slice {
  sheet: number;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

interface SliceRead {
  values: unknown[][];
  formats: unknown[][];
  merges: Merge[];
}

/** The bands of at most MERGES_PER_READ cells that cover the slice. */
function bands(s: Slice): Slice[] {
  const width = Math.min(s.columns, MERGES_PER_READ);
  const height = Math.max(1, Math.floor(MERGES_PER_READ / width));
  const out: Slice[] = [];
  for (let r = 0; r < s.rows; r += height) {
    for (let c = 0; c < s.columns; c += width) {
      out.push({ ...s, top: s.top + r, left: s.left + c, rows: Math.min(height, s.rows - r), columns: Math.min(width, s.columns - c) });
    }
  }
  return out;
}

export async function readInGroups(
  context: Excel.RequestContext,
  proxies: Excel.Worksheet[],
  sheets: SheetInfo[],
  progress: (done: number, total: number) => void,
): Promise<Grid[]> {
  const probes = proxies.map((ws) => ws.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount"));
  await context.sync();

  const slices: Slice[] = [];
  probes.forEach((used, sheet) => {
    if (used.isNullObject) return;
    const step = Math.max(1, Math.floor(CELLS_PER_REQUEST / used.columnCount));
    for (let r = 0; r < used.rowCount; r += step) {
      slices.push({ sheet, top: used.rowIndex + r, left: used.columnIndex, rows: Math.min(step, used.rowCount - r), columns: used.columnCount });
    }
  });
  const groups: Slice[][] = [];
  let cells = Infinity;
  for (const s of slices) {
    if (cells + s.rows * s.columns > CELLS_PER_REQUEST) {
      groups.push([]);
      cells = 0;
    }
    groups[groups.length - 1].push(s);
    cells += s.rows * s.columns;
  }
  let done = 3;
  progress(done, 3 + groups.length);
  const read = new Map<Slice, SliceRead>();
  for (const group of groups) {
    await readSlices(context, proxies, group, read);
    progress(++done, 3 + groups.length);
  }

  return probes.map((used, i) => {
    if (used.isNullObject) return gridOf(sheets[i], 0, 0, [], [], []);
    const mine = [...read.entries()].filter(([s]) => s.sheet === i).sort(([a], [b]) => a.top - b.top);
    const merges = new Map<string, Merge>();
    for (const [, r] of mine) for (const m of r.merges) merges.set(`${m.top},${m.left},${m.bottom},${m.right}`, m);
    const values = mine.flatMap(([, r]) => r.values);
    const formats = mine.flatMap(([, r]) => r.formats);
    return gridOf(sheets[i], used.rowIndex, used.columnIndex, values, formats, [...merges.values()]);
  });
}

/** One request for the slices; when even that is refused, halves it (by slices, then by rows). */
async function readSlices(context: Excel.RequestContext, proxies: Excel.Worksheet[], group: Slice[], out: Map<Slice, SliceRead>): Promise<void> {
  const range = (s: Slice) => proxies[s.sheet].getRangeByIndexes(s.top, s.left, s.rows, s.columns);
  const queued = group.map((s) => ({
    cells: range(s).load("values, numberFormat"),
    merged: bands(s).map((b) => range(b).getMergedAreasOrNullObject().load("address")),
  }));
  let refusal: unknown;
  try {
    await context.sync();
  } catch (e) {
    if (!isRefusedForSize(e)) throw e;
    refusal = e;
  }
  if (refusal === undefined && queued.every((q) => q.cells.values && q.cells.numberFormat)) {
    group.forEach((s, i) => {
      const { cells, merged } = queued[i];
      const merges = merged.flatMap((m) => (m.isNullObject ? [] : parseMergedAreas(m.address)));
      out.set(s, { values: cells.values, formats: cells.numberFormat, merges });
    });
    return;
  }
  if (group.length > 1) {
    const half = Math.ceil(group.length / 2);
    await readSlices(context, proxies, group.slice(0, half), out);
    await readSlices(context, proxies, group.slice(half), out);
    return;
  }
  const [s] = group;
  if (s.rows < 2) throw refusal ?? new Error(`Excel 无法读取工作表的第 ${s.top + 1} 行`);
  const upper = Math.ceil(s.rows / 2);
  const parts = [{ ...s, rows: upper }, { ...s, top: s.top + upper, rows: s.rows - upper }];
  await readSlices(context, proxies, parts, out);
  // The halves stand for the slice.
  const [a, b] = parts.map((p) => out.get(p)!);
  parts.forEach((p) => out.delete(p));
  out.set(s, { values: [...a.values, ...b.values], formats: [...a.formats, ...b.formats], merges: [...a.merges, ...b.merges] });
}
