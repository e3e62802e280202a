/**
 * Highlights in Excel: reading and writing the fills of marked cells through Office.js. What to
 * mark and how to restore it (the record, the plans) is host-neutral: src/host/marks.ts.
 */
import { CellFill, CellRef, PaintPlan, cellKey } from "../host/marks";

export type { CellFill, CellRef, HighlightRecord, PaintPlan, PaintTarget } from "../host/marks";
export {
  HIGHLIGHTS_ROOT, MARKS, PAINT, cellKey, highlightDocument, isPainted, isRestorable, paintTargets, planClear, planPaint, recordsFrom, withPaint,
} from "../host/marks";

/** What getCellProperties reports of a fill (any member may be null or missing). */
type ReportedFill = {
  color?: string | null;
  pattern?: string | null;
  patternColor?: string | null;
  tintAndShade?: number | null;
  patternTintAndShade?: number | null;
};

const NO_FILL: CellFill = { color: "#FFFFFF", pattern: "None", patternColor: null };

/**
 * A fill as Excel reports it → what is recorded and compared. Excel reports no fill and solid white
 * alike, colour #FFFFFF and pattern null (OfficeDev/office-js#4900, #6218); only tintAndShade tells
 * them apart, null for no fill (Microsoft's answer in #4900). Without it, #FFFFFF is taken for no fill.
 */
export function fillOf(reported: ReportedFill | undefined): CellFill | undefined {
  if (!reported || typeof reported.color !== "string") return undefined;
  const { color, pattern, patternColor, tintAndShade } = reported;
  const white = color.toUpperCase() === "#FFFFFF";
  if (pattern === "None" || (!pattern && (tintAndShade === null || (tintAndShade === undefined && white)))) return { ...NO_FILL };
  const fill: CellFill = { color, pattern: pattern || "Solid", patternColor: pattern && pattern !== "Solid" ? patternColor ?? null : null };
  if (typeof tintAndShade === "number" && tintAndShade !== 0) fill.tintAndShade = tintAndShade;
  const patternTint = reported.patternTintAndShade;
  if (fill.patternColor && typeof patternTint === "number" && patternTint !== 0) fill.patternTintAndShade = patternTint;
  return fill;
}

/** Worksheet proxies shared by the instructions of one batch. */
function sheetsOf(context: Excel.RequestContext): (name: string) => Excel.Worksheet {
  const cache = new Map<string, Excel.Worksheet>();
  return (name) => {
    let ws = cache.get(name);
    if (!ws) cache.set(name, (ws = context.workbook.worksheets.getItem(name)));
    return ws;
  };
}

const FILL_OPTIONS: Excel.CellPropertiesLoadOptions = {
  format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } },
};

/** Queues reading the fills of the cells, one getCellProperties each (the caller sizes the batch: check.ts readFills). */
export function queueReadFills(context: Excel.RequestContext, cells: CellRef[]): () => Map<string, CellFill> {
  const sheet = sheetsOf(context);
  const results = cells.map((c) => ({ key: cellKey(c), result: sheet(c.sheet).getRange(c.cell).getCellProperties(FILL_OPTIONS) }));
  return () => {
    const fills = new Map<string, CellFill>();
    for (const { key, result } of results) {
      const fill = fillOf(result.value?.[0]?.[0]?.format?.fill);
      if (fill) fills.set(key, fill);
    }
    return fills;
  };
}

const settable = (fill: CellFill): Excel.CellPropertiesFill => ({
  color: fill.color,
  pattern: fill.pattern as Excel.FillPattern,
  ...(fill.tintAndShade ? { tintAndShade: fill.tintAndShade } : {}),
  ...(fill.pattern !== "Solid" && fill.patternColor ? { patternColor: fill.patternColor } : {}),
  ...(fill.pattern !== "Solid" && fill.patternColor && fill.patternTintAndShade ? { patternTintAndShade: fill.patternTintAndShade } : {}),
});

/**
 * Fill writes per request: with its range and its call each weighs some 300 bytes, so a request
 * stays well below Excel on the web's 5 MB (a refused one is halved: check.ts). A tunable object
 * (not a constant) so that tests can exercise the split.
 */
export const WRITE_LIMITS = { cellsPerRequest: 4000 };

type Writes = Pick<PaintPlan, "restore" | "paint">;

/** The plan's writes one cell at a time, restores first, to be sent in request-sized batches. */
export function cellWrites(plan: Writes): Writes[] {
  return [...plan.restore.map((r) => ({ restore: [r], paint: [] })), ...plan.paint.map((p) => ({ restore: [], paint: [p] }))];
}

export function joinWrites(writes: Writes[]): Writes {
  return { restore: writes.flatMap((w) => w.restore), paint: writes.flatMap((w) => w.paint) };
}

/** Queues the restores, then the paints (setCellProperties: exact colour and pattern, ExcelApi 1.9). */
export function queuePlan(context: Excel.RequestContext, plan: Pick<PaintPlan, "restore" | "paint">): void {
  const sheet = sheetsOf(context);
  for (const r of plan.restore) {
    const range = sheet(r.sheet).getRange(r.cell);
    // Cleared first: a mark's pattern colour would otherwise stay behind a solid fill given back.
    range.format.fill.clear();
    if (r.fill.pattern !== "None") range.setCellProperties([[{ format: { fill: settable(r.fill) } }]]);
  }
  for (const p of plan.paint) {
    const fill: Excel.CellPropertiesFill = { color: p.paint, pattern: (p.pattern ?? "Solid") as Excel.FillPattern };
    if (p.pattern && p.pattern !== "Solid" && p.patternColor) fill.patternColor = p.patternColor;
    sheet(p.sheet).getRange(p.cell).setCellProperties([[{ format: { fill } }]]);
  }
}
