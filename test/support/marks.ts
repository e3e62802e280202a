/** What a cell marked by the command line's checked copy shows, as ExcelJS reads styles.xml (core/marks.ts). */
import { strict as assert } from "assert";
import type ExcelJS from "exceljs";
import { MARKS } from "../../src/core/marks";
import type { Finding, Severity } from "../../src/core/model";

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/** Asserts the fill is `severity`'s mark: a solid fill's colour is fgColor; a pattern's fgColor is the pattern, bgColor the background. */
export function assertMark(fill: ExcelJS.Fill | undefined, severity: Severity, where: string): void {
  const mark = MARKS[severity];
  const pattern = fill as ExcelJS.FillPattern | undefined;
  assert.equal(pattern?.pattern, mark.ooxml, `${where}: pattern`);
  if (mark.patternColor) {
    assert.equal(pattern?.fgColor?.argb, argb(mark.patternColor), `${where}: pattern colour`);
    assert.equal(pattern?.bgColor?.argb, argb(mark.color), `${where}: background`);
  } else {
    assert.equal(pattern?.fgColor?.argb, argb(mark.color), `${where}: colour`);
  }
}

/** sheet!A1 → the severity of its most severe finding. */
export function worstByCell(findings: Pick<Finding, "sheet" | "cell" | "severity">[]): Map<string, Severity> {
  const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
  const out = new Map<string, Severity>();
  for (const f of findings) {
    const key = `${f.sheet}!${f.cell}`;
    const known = out.get(key);
    if (!known || rank[known] < rank[f.severity]) out.set(key, f.severity);
  }
  return out;
}
