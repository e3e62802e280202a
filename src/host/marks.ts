/**
 * What a check marks and how the marks are given back, on any host: each finding's cell filled in
 * its severity's colour, and a record of the fill it had before, kept in the workbook
 * (HIGHLIGHTS_NS) so that 清除标记 restores it exactly even after save and reopen, in the host
 * that painted or in the other one. A recorded cell is restored only while it still shows our
 * colour: a fill the user set after the check is theirs and stays.
 *
 * Pure: the hosts read and write the fills (src/office/highlights.ts, src/host/wps/fills.ts) in
 * the record's one format, CellFill ("#RRGGBB" and Office.js FillPattern names).
 */
import type { Finding, Severity } from "../core/model";
import type { CellRef, MarkTarget } from "./types";

export type { CellRef } from "./types";

/** Excel's own "bad / neutral / note" cell style colours: familiar to anyone who uses Excel. */
export const MARK_COLOURS: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };
/** The mark colours by severity (the name the hosts use). */
export const PAINT = MARK_COLOURS;
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The root element of the highlight record's custom XML part. */
export const HIGHLIGHTS_ROOT = "perfevalHighlights";

/** One target per cell, with its most severe finding's severity. */
export function markTargets(findings: Finding[]): MarkTarget[] {
  const best = new Map<string, MarkTarget>();
  for (const f of findings) {
    const key = cellKey(f);
    const known = best.get(key);
    if (!known || RANK[known.severity] < RANK[f.severity]) best.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity });
  }
  return [...best.values()];
}

/** A cell's fill as the record keeps it. */
export interface CellFill {
  color: string;
  /** "None" = no fill. */
  pattern: string;
  patternColor?: string | null;
  /** A theme colour's shade (-1…1); absent = 0. Writing the colour alone would lose it. */
  tintAndShade?: number;
  patternTintAndShade?: number;
  /** WPS records the theme colour (XlThemeColor 1–12) a fill was set from; Excel restores the RGB colour. */
  themeColor?: number;
}

export interface HighlightRecord extends CellRef {
  paint: string;
  original: CellFill;
}

export interface PaintTarget extends CellRef {
  paint: string;
}

export const cellKey = (c: CellRef): string => `${c.sheet}\u0000${c.cell}`;

/** A mark target with its colour. */
export const withPaint = (t: MarkTarget): PaintTarget => ({ sheet: t.sheet, cell: t.cell, paint: PAINT[t.severity] });

/** One target per cell, in the colour of its most severe finding. */
export function paintTargets(findings: Finding[]): PaintTarget[] {
  return markTargets(findings).map(withPaint);
}

export function highlightDocument(records: HighlightRecord[]): { version: 1; cells: HighlightRecord[] } {
  return { version: 1, cells: records };
}

/** Fills a host reads but cannot write back from a record (Office.js RangeFill.pattern: gradients "are not supported"). */
const GRADIENTS = new Set(["LinearGradient", "RectangularGradient"]);
export const isRestorable = (fill: CellFill): boolean => !GRADIENTS.has(fill.pattern);

const COLOUR = /^#[0-9A-F]{6}$/i;
const shade = (v: unknown): number | undefined => (typeof v === "number" && v >= -1 && v <= 1 && v !== 0 ? v : undefined);

/** A recorded fill a host will take back (a damaged record must not make the host refuse the whole write). */
function storedFill(fill: Partial<CellFill> | undefined): CellFill | undefined {
  if (!fill || typeof fill.color !== "string" || !COLOUR.test(fill.color) || typeof fill.pattern !== "string" || !isRestorable(fill as CellFill)) return undefined;
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(fill.pattern)) return undefined;
  const patternColor = typeof fill.patternColor === "string" && COLOUR.test(fill.patternColor) ? fill.patternColor : null;
  const out: CellFill = { color: fill.color, pattern: fill.pattern, patternColor };
  if (shade(fill.tintAndShade)) out.tintAndShade = shade(fill.tintAndShade);
  if (patternColor && shade(fill.patternTintAndShade)) out.patternTintAndShade = shade(fill.patternTintAndShade);
  const theme = fill.themeColor;
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
      if (ok && !records.has(cellKey(r as CellRef))) records.set(cellKey(r as CellRef), { sheet: r.sheet!, cell: r.cell!, paint: r.paint!, original });
    }
  }
  return [...records.values()];
}

export function isPainted(current: CellFill | undefined, paint: string): boolean {
  return !!current && current.pattern === "Solid" && current.color.toUpperCase() === paint.toUpperCase() && !current.tintAndShade;
}

export interface PaintPlan {
  restore: (CellRef & { fill: CellFill })[];
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
  const stillPainted = (r: HighlightRecord) => isPainted(current.get(cellKey(r)), r.paint);
  const painted = new Set<string>();
  for (const t of targets) {
    const key = cellKey(t);
    const prev = oldByKey.get(key);
    const original = prev && stillPainted(prev) ? prev.original : current.get(key);
    if (!writable(t.sheet) || !original) continue;
    if (!isRestorable(original)) {
      plan.unrestorable?.push({ sheet: t.sheet, cell: t.cell });
      continue;
    }
    plan.paint.push(t);
    plan.records.push({ ...t, original });
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
    if (!isPainted(current.get(cellKey(r)), r.paint)) continue;
    if (writable(r.sheet)) restore.push({ sheet: r.sheet, cell: r.cell, fill: r.original });
    else keep.push(r);
  }
  return { restore, keep };
}

/** The sheets a mark may be written on: the unprotected ones of the read. */
export function writableIn(sheets: { name: string; protected: boolean }[]): (name: string) => boolean {
  const writable = new Set(sheets.filter((s) => !s.protected).map((s) => s.name));
  return (name) => writable.has(name);
}

/** Each cell once (old records and new targets may name the same cell). */
export function uniqueCells(cells: CellRef[]): CellRef[] {
  const seen = new Map<string, CellRef>();
  for (const c of cells) seen.set(cellKey(c), { sheet: c.sheet, cell: c.cell });
  return [...seen.values()];
}
