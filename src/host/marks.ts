/** What a check marks: each finding's cell, with the mark (core/marks.ts) of its most severe finding. */
import { MARKS } from "../core/marks";
import type { Finding, Severity } from "../core/model";
import type { MarkTarget } from "./types";

export { MARKS };
export type { MarkStyle } from "../core/marks";

/** Each severity's background colour (the list of the pane and the 检查结果 sheet use the same). */
export const MARK_COLOURS: Record<Severity, string> = { error: MARKS.error.color, warning: MARKS.warning.color, info: MARKS.info.color };

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** One target per cell, with its most severe finding's severity. */
export function markTargets(findings: Finding[]): MarkTarget[] {
  const best = new Map<string, MarkTarget>();
  for (const f of findings) {
    const key = `${f.sheet}\u0000${f.cell}`;
    const known = best.get(key);
    if (!known || RANK[known.severity] < RANK[f.severity]) best.set(key, { sheet: f.sheet, cell: f.cell, severity: f.severity });
  }
  return [...best.values()];
}
