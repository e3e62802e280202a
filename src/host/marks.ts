/** What a check marks: each finding's cell, in the colour of its most severe finding. */
import type { Finding, Severity } from "../core/model";
import type { MarkTarget } from "./types";

/** Excel's own "bad / neutral / note" cell style colours: familiar to anyone who uses Excel. */
export const MARK_COLOURS: Record<Severity, string> = { error: "#FFC7CE", warning: "#FFEB9C", info: "#DDEBF7" };
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
