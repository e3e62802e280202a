/**
 * Pointing a field at the selected cell (映射 → 指向所选单元格), checked before it is stored: one
 * cell (a merged cell is one; a range is refused), a cell no other field already stands on, and a
 * content that fits the field — a number field gets a number or nothing, 评分等级 a grade, a name
 * field a text that is not one of the form's own labels or its title. Pure: the pane words the problem.
 */
import type { Grid } from "../core/grid";
import { parseA1, parseArea, valueAt } from "../core/grid";
import { FIELD_LABELS, FUND_COLUMN_LABELS, FUND_ROW_LABELS, GRADES, INDICATOR_COLUMN_LABELS, KIND_TITLES, labelKey } from "../core/labels";
import { cellText, isBlank, isDash, parseNumber } from "../core/numbers";
import { asYear } from "../core/read/fields";

export type PointingProblem =
  | { kind: "range"; area: string }
  | { kind: "columnRange"; area: string }
  | { kind: "taken"; other: string }
  | { kind: "number" | "year" | "grade" | "label"; value: string };

export interface Pointing {
  field: string;
  /** The selection's top-left cell, and the whole area when more than one cell is selected. */
  cell: string;
  area?: string;
  grid: Grid;
  /** Field → cell of the other fields of the form, as read or pointed. */
  cells: Record<string, string>;
}

/** Every label the reader knows, as compared (labelKey): a cell holding one is a label, not a value. */
const LABEL_KEYS: ReadonlySet<string> = new Set(
  [FIELD_LABELS, FUND_COLUMN_LABELS, FUND_ROW_LABELS, INDICATOR_COLUMN_LABELS].flatMap((table) => Object.values(table).flat()).map((l) => labelKey(l as string)),
);

const NUMBER_FIELD = /^(funds\.|totalWeight$|totalScore$)/;
const TEXT_FIELD = /^(name|department|implementer|goals\.|narrative\.)/;

/** Why the cell cannot stand for the field, or undefined when it can. */
export function pointingProblem(p: Pointing): PointingProblem | undefined {
  const column = p.field.startsWith("columns.");
  if (p.area) {
    const area = parseArea(p.area);
    const merged = area && p.grid.merges.some((m) => m.top === area.top && m.left === area.left && m.bottom === area.bottom && m.right === area.right);
    // A column is pointed by any of its cells: a stretch of one column is as good as one cell.
    if (column && area && area.left === area.right) return undefined;
    if (!merged) return { kind: column ? "columnRange" : "range", area: p.area };
  }
  if (column) return undefined;
  const misfit = contentProblem(p);
  if (misfit) return misfit;
  // The project code is printed in the name's own cell (51000021R…-工资性支出): it takes no cell of its own.
  const other = Object.entries(p.cells).find(([field, cell]) => field !== p.field && field !== "code" && !field.startsWith("columns.") && cell === p.cell);
  return other ? { kind: "taken", other: other[0] } : undefined;
}

/** Whether the cell's content can be the field's value: empty always can. */
function contentProblem(p: Pointing): PointingProblem | undefined {
  const at = parseA1(p.cell);
  const raw = at ? valueAt(p.grid, at.row, at.col) : null;
  if (isBlank(raw)) return undefined;
  const text = cellText(raw);
  if (NUMBER_FIELD.test(p.field)) return parseNumber(raw) !== null || isDash(raw) ? undefined : { kind: "number", value: text };
  if (p.field === "year") return asYear(raw, null) !== null ? undefined : { kind: "year", value: text };
  if (p.field === "grade") return (GRADES as readonly string[]).includes(text.replace(/\s/g, "")) ? undefined : { kind: "grade", value: text };
  const label = typeof raw === "string" && (LABEL_KEYS.has(labelKey(raw)) || KIND_TITLES.selfEvaluation.test(raw));
  return TEXT_FIELD.test(p.field) && label ? { kind: "label", value: text } : undefined;
}
