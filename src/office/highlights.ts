/**
 * Highlights: each finding's primary cell filled in its severity's colour, and a record of the
 * fill it had before, kept in the workbook (HIGHLIGHTS_NS) so 清除标记 restores it exactly even
 * after save and reopen. A recorded cell is restored only while it still shows our colour: a fill
 * the user set after the check is theirs and stays.
 */
import type { Finding } from "../core/model";
import { MARKS, MARK_COLOURS, markTargets } from "../host/marks";
import type { MarkTarget } from "../host/types";

export const HIGHLIGHTS_ROOT = "perfevalHighlights";

/** Each severity's background colour (host/marks.ts, where the patterns are too). */
export const PAINT = MARK_COLOURS;

export interface CellFill {
  color: string;
  /** "None" = no fill. */
  pattern: string;
  patternColor?: string | null;
  /** A theme colour's shade (-1…1); absent = 0. Writing the colour alone would lose it. */
  tintAndShade?: number;
  patternTintAndShade?: number;
}

/** What getCellProperties reports of a fill (any member may be null or missing). */
type ReportedFill = {
  color?: string | null;
  pattern?: string | null;
  patternColor?: string | null;
  tintAndShade?: number | null;
  patternTintAndShade?: number | null;
};

/** Fills Excel reads but cannot write (RangeFill.pattern: "LinearGradient and RectangularGradient are not supported"). */
const GRADIENTS = new Set(["LinearGradient", "RectangularGradient"]);
export const isRestorable = (fill: CellFill): boolean => !GRADIENTS.has(fill.pattern);

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

export interface CellRef {
  sheet: string;
  cell: string;
}

/**
 * A mark as painted and recorded: `paint` the colour, `pattern` the fill pattern (absent in records
 * written before marks had patterns: solid), `patternColor` the pattern's colour.
 */
export interface PaintTarget extends CellRef {
  paint: string;
  pattern?: string;
  patternColor?: string;
}

export interface HighlightRecord extends PaintTarget {
  original: CellFill;
}

export const cellKey = (c: CellRef): string => `${c.sheet}\u0000${c.cell}`;

/** A mark target with its severity's mark (host/marks.ts). */
export function withPaint(t: MarkTarget): PaintTarget {
  const mark = MARKS[t.severity];
  const target: PaintTarget = { sheet: t.sheet, cell: t.cell, paint: mark.color };
  if (mark.pattern !== "Solid") Object.assign(target, { pattern: mark.pattern, patternColor: mark.patternColor });
  return target;
}

/** Only the mark of a target or record: what the cell must show while it carries the mark. */
const markOf = (p: PaintTarget): PaintTarget => {
  const out: PaintTarget = { sheet: p.sheet, cell: p.cell, paint: p.paint };
  if (p.pattern && p.pattern !== "Solid") Object.assign(out, { pattern: p.pattern, patternColor: p.patternColor });
  return out;
};

/** One target per cell, in the colour of its most severe finding. */
export function paintTargets(findings: Finding[]): PaintTarget[] {
  return markTargets(findings).map(withPaint);
}

export function highlightDocument(records: HighlightRecord[]): { version: 1; cells: HighlightRecord[] } {
  return { version: 1, cells: records };
}

const COLOUR = /^#[0-9A-F]{6}$/i;
const shade = (v: unknown): number | undefined => (typeof v === "number" && v >= -1 && v <= 1 && v !== 0 ? v : undefined);

/** A recorded fill Excel will take back (a damaged record must not make Excel refuse the whole batch). */
function storedFill(fill: Partial<CellFill> | undefined): CellFill | undefined {
  if (!fill || typeof fill.color !== "string" || !COLOUR.test(fill.color) || typeof fill.pattern !== "string" || !isRestorable(fill as CellFill)) return undefined;
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(fill.pattern)) return undefined;
  const patternColor = typeof fill.patternColor === "string" && COLOUR.test(fill.patternColor) ? fill.patternColor : null;
  const out: CellFill = { color: fill.color, pattern: fill.pattern, patternColor };
  if (shade(fill.tintAndShade)) out.tintAndShade = shade(fill.tintAndShade);
  if (patternColor && shade(fill.patternTintAndShade)) out.patternTintAndShade = shade(fill.patternTintAndShade);
  // WPS records the theme colour a fill was set from (src/host/wps/fills.ts); Excel restores the RGB colour.
  const theme = (fill as { themeColor?: unknown }).themeColor;
  if (typeof theme === "number" && Number.isInteger(theme) && theme >= 1 && theme <= 12) {
    Object.assign(out, { themeColor: theme, tintAndShade: typeof fill.tintAndShade === "number" && fill.tintAndShade >= -1 && fill.tintAndShade <= 1 ? fill.tintAndShade : 0 });
  }
  return out;
}

/** The records of every stored document; for a cell recorded twice the first (oldest) original wins. */
export function recordsFrom(documents: unknown[]): HighlightRecord[] {
  const records = new Map<string, HighlightRecord>();
  for (const doc of documents) {
    const cells = (doc as { cells?: unknown } | null)?.cells;
    if (!Array.isArray(cells)) continue;
    for (const r of cells as Partial<HighlightRecord>[]) {
      const original = storedFill(r?.original);
      const ok = typeof r?.sheet === "string" && typeof r.cell === "string" && typeof r.paint === "string" && original;
      if (!ok || records.has(cellKey(r as CellRef))) continue;
      const record: HighlightRecord = { sheet: r.sheet!, cell: r.cell!, paint: r.paint!, original };
      // A pattern the record names must be one Excel can write, with a colour (records are untrusted input).
      if (typeof r.pattern === "string" && /^[A-Za-z][A-Za-z0-9]*$/.test(r.pattern) && r.pattern !== "Solid" && typeof r.patternColor === "string" && COLOUR.test(r.patternColor)) {
        Object.assign(record, { pattern: r.pattern, patternColor: r.patternColor });
      }
      records.set(cellKey(record), record);
    }
  }
  return [...records.values()];
}

/** Whether the cell shows the mark (colour, pattern and the pattern's colour), untouched since. */
export function isPainted(current: CellFill | undefined, mark: PaintTarget): boolean {
  if (!current || current.tintAndShade || current.color.toUpperCase() !== mark.paint.toUpperCase()) return false;
  const pattern = mark.pattern ?? "Solid";
  if (current.pattern !== pattern) return false;
  return pattern === "Solid" || (current.patternColor ?? "").toUpperCase() === (mark.patternColor ?? "").toUpperCase();
}

const sameMark = (a: PaintTarget, b: PaintTarget) =>
  a.paint.toUpperCase() === b.paint.toUpperCase() && (a.pattern ?? "Solid") === (b.pattern ?? "Solid") && (a.patternColor ?? "").toUpperCase() === (b.patternColor ?? "").toUpperCase();

export interface PaintPlan {
  restore: (CellRef & { fill: CellFill })[];
  /** The cells to paint now; a target that shows its mark from last time already is not written again. */
  paint: PaintTarget[];
  /** What the workbook records after the plan is applied. */
  records: HighlightRecord[];
  /** Targets left unpainted because their own fill could not be written back. */
  unrestorable?: CellRef[];
}

/**
 * Replacing the last check's highlights with new ones, from the fills the cells show now.
 * A target that is still painted from last time keeps its recorded original (no stacking).
 */
export function planPaint(old: HighlightRecord[], current: Map<string, CellFill>, targets: PaintTarget[], writable: (sheet: string) => boolean): PaintPlan {
  const plan: PaintPlan = { restore: [], paint: [], records: [], unrestorable: [] };
  const oldByKey = new Map(old.map((r) => [cellKey(r), r]));
  const stillPainted = (r: HighlightRecord) => isPainted(current.get(cellKey(r)), r);
  const painted = new Set<string>();
  for (const t of targets) {
    const key = cellKey(t);
    const prev = oldByKey.get(key);
    const shown = prev !== undefined && stillPainted(prev);
    const original = shown ? prev.original : current.get(key);
    if (!writable(t.sheet) || !original) continue;
    if (!isRestorable(original)) {
      plan.unrestorable?.push({ sheet: t.sheet, cell: t.cell });
      continue;
    }
    // Writing the same mark again would change nothing (and a host that reports format changes would be told of one).
    if (!(shown && sameMark(prev, t))) plan.paint.push(t);
    plan.records.push({ ...markOf(t), original });
    painted.add(key);
  }
  const rest = planClear(old.filter((r) => !painted.has(cellKey(r))), current, writable);
  plan.restore = rest.restore;
  plan.records.push(...rest.keep);
  return plan;
}

/** Clearing: restore what still shows our colour; keep records we cannot restore yet (protected sheet). */
export function planClear(old: HighlightRecord[], current: Map<string, CellFill>, writable: (sheet: string) => boolean): { restore: PaintPlan["restore"]; keep: HighlightRecord[] } {
  const restore: PaintPlan["restore"] = [];
  const keep: HighlightRecord[] = [];
  for (const r of old) {
    if (!isPainted(current.get(cellKey(r)), r)) continue;
    if (writable(r.sheet)) restore.push({ sheet: r.sheet, cell: r.cell, fill: r.original });
    else keep.push(r);
  }
  return { restore, keep };
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
