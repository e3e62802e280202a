/**
 * What a check marks and how the marks are given back, on any host: each finding's cell filled in
 * its severity's colour, and a record of the fill it had before, kept in the workbook
 * (HIGHLIGHTS_NS) so that 清除标记 restores it exactly even after save and reopen, in the host
 * that painted or in the other one. A recorded cell is restored only while it still shows our
 * colour: a fill the user set after the check is theirs and stays.
 *
 * Pure: the hosts read and write the fills (src/office/highlights.ts, src/host/wps/fills.ts) in
 * the record's one format, CellFill ("#RRGGBB" and Office.js FillPattern names). Each severity's
 * mark is a colour and a pattern (core/marks.ts), so that severity is not told by colour alone.
 */
import { MARKS } from "../core/marks";
import type { Finding, Severity } from "../core/model";
import type { CellRef, MarkOutcome, MarkTarget } from "./types";

export type { CellRef } from "./types";

export { MARKS };
export type { MarkStyle } from "../core/marks";

/** Each severity's background colour (the list of the pane and the 检查结果 sheet use the same). */
export const MARK_COLOURS: Record<Severity, string> = { error: MARKS.error.color, warning: MARKS.warning.color, info: MARKS.info.color };
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

/** A mark target with its severity's mark (core/marks.ts). */
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
      if (!ok || records.has(cellKey(r as CellRef))) continue;
      const record: HighlightRecord = { sheet: r.sheet!, cell: r.cell!, paint: r.paint!, original };
      // A pattern the record names must be one the hosts can write, with a colour (records are untrusted input).
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

/** Whether the one stored record already says exactly `records` (in any order). */
export function sameRecords(documents: unknown[], records: HighlightRecord[]): boolean {
  if (documents.length !== 1) return false;
  const key = (r: HighlightRecord) => JSON.stringify([r.sheet, r.cell, r.paint, r.pattern ?? null, r.patternColor ?? null, r.original]);
  const before = recordsFrom(documents).map(key).sort();
  const after = records.map(key).sort();
  return before.length === after.length && before.every((k, i) => k === after[i]);
}

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

/** The sheets a mark may be written on: the unprotected ones of the read. */
export function writableIn(sheets: { name: string; protected: boolean }[]): (name: string) => boolean {
  const writable = new Set(sheets.filter((s) => !s.protected).map((s) => s.name));
  return (name) => writable.has(name);
}

/** What one paint concerns, on either host. */
export interface PaintScope {
  /** The stored records of sheets that still exist (those of sheets deleted or renamed since cannot be restored). */
  stored: HighlightRecord[];
  /** The records this paint replaces: those of the sheets in scope. */
  old: HighlightRecord[];
  /** The records it keeps as they are: those of the other sheets (只检查本表). */
  others: HighlightRecord[];
  /** The targets on existing sheets in scope. */
  wanted: MarkTarget[];
  writable: (sheet: string) => boolean;
  outcome: MarkOutcome;
}

/** Splits the stored records and the targets by scope: `only` names the sheets whose marks are replaced (all when absent). */
export function paintScope(sheets: { name: string; protected: boolean }[], documents: unknown[], targets: MarkTarget[], only?: string[]): PaintScope {
  const exists = new Set(sheets.map((s) => s.name));
  const writable = writableIn(sheets);
  const names = only && new Set(only);
  const inScope = (sheet: string) => !names || names.has(sheet);
  const stored = recordsFrom(documents).filter((r) => exists.has(r.sheet));
  const wanted = targets.filter((t) => exists.has(t.sheet) && inScope(t.sheet));
  return {
    stored,
    old: stored.filter((r) => inScope(r.sheet)),
    others: stored.filter((r) => !inScope(r.sheet)),
    wanted,
    writable,
    outcome: { painted: 0, protectedSheets: [...new Set(wanted.filter((t) => !writable(t.sheet)).map((t) => t.sheet))], unrestorable: [] },
  };
}

/** Whether a paint has nothing to do at all: no target, no record of the scope, no stored record. */
export const nothingToPaint = (scope: PaintScope, documents: unknown[]): boolean => scope.wanted.length === 0 && scope.old.length === 0 && documents.length === 0;

/**
 * Completes a plan of `scope`: the other sheets' records kept, the outcome counted. True when the
 * same marks as before need no write at all, not even the record.
 */
export function settlePlan(scope: PaintScope, plan: PaintPlan, documents: unknown[]): boolean {
  plan.records.push(...scope.others);
  const marked = new Set(scope.wanted.map(cellKey));
  scope.outcome.painted = plan.records.filter((r) => marked.has(cellKey(r))).length;
  scope.outcome.unrestorable = plan.unrestorable ?? [];
  return plan.paint.length === 0 && plan.restore.length === 0 && sameRecords(documents, plan.records);
}

/** Each cell once (old records and new targets may name the same cell). */
export function uniqueCells(cells: CellRef[]): CellRef[] {
  const seen = new Map<string, CellRef>();
  for (const c of cells) seen.set(cellKey(c), { sheet: c.sheet, cell: c.cell });
  return [...seen.values()];
}
