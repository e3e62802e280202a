/** Reads the indicator table: header 一级指标 … 偏差原因分析及改进措施, one row per 三级指标. */
import { Grid, lastCol, lastRow, valueAt } from "../grid";
import { LABEL } from "../labels";
import { Field, Indicator } from "../model";
import { compact, isBlank } from "../numbers";
import { asNumber, asText, fieldAt, missing } from "./findForm";
import { LabelCell, equals, findInRow, startsWith } from "./labelIndex";

type Column = "level1" | "level2" | "name" | "target" | "actual" | "weight" | "score" | "reason";

const HEADER: Record<Column, (key: string) => boolean> = {
  level1: equals(LABEL.level1),
  level2: equals(LABEL.level2),
  name: equals(LABEL.level3),
  target: equals(LABEL.target),
  actual: equals(LABEL.actual),
  weight: equals(LABEL.indicatorWeight),
  score: equals(LABEL.score),
  reason: startsWith("偏差原因"),
};
const COLUMNS = Object.keys(HEADER) as Column[];

export type IndicatorColumns = Partial<Record<Column, number>>;

/** A column's cells span from its header to the next header: 三级指标 may cover two columns. */
function spans(columns: IndicatorColumns, end: number): Partial<Record<Column, [number, number]>> {
  const placed = COLUMNS.filter((c) => columns[c] !== undefined).sort((a, b) => columns[a]! - columns[b]!);
  const result: Partial<Record<Column, [number, number]>> = {};
  placed.forEach((c, i) => {
    const next = i + 1 < placed.length ? columns[placed[i + 1]]! : end;
    result[c] = [columns[c]!, next];
  });
  return result;
}

export function readIndicators(
  grid: Grid,
  labels: LabelCell[],
  header: LabelCell | undefined,
  totalRow: LabelCell | undefined,
  gradeLabel: LabelCell | undefined,
): { indicators: Indicator[]; columns: IndicatorColumns } {
  if (!header) return { indicators: [], columns: {} };
  const columns: IndicatorColumns = {};
  for (const column of COLUMNS) columns[column] = findInRow(labels, header.row, HEADER[column])?.col;
  const ranges = spans(columns, lastCol(grid) + 1);
  const stopRow = Math.min(totalRow?.row ?? Infinity, gradeLabel && gradeLabel.row > header.row ? gradeLabel.row : Infinity, lastRow(grid) + 1);

  const read = <T>(row: number, column: Column, parse: (raw: never, format: string | null) => T | null): Field<T> => {
    const range = ranges[column];
    if (!range) {
      // No such column (a cut-off table): the field is missing, at the cell right of the last one.
      const at = Math.max(...Object.values(columns).filter((c): c is number => c !== undefined)) + 1;
      return missing(row, at);
    }
    for (let c = range[0]; c < range[1]; c++) {
      if (!isBlank(valueAt(grid, row, c))) return fieldAt(grid, row, c, parse as never);
    }
    return fieldAt(grid, row, range[0], parse as never);
  };

  const indicators: Indicator[] = [];
  let level1: Field<string> | undefined;
  let level2: Field<string> | undefined;
  for (let row = header.row + 1; row < stopRow; row++) {
    const own1 = read(row, "level1", asText);
    const own2 = read(row, "level2", asText);
    // A new 一级指标 starts a new group: its 二级 does not carry over from the group above.
    // The same 一级 again (a merge read on each of its rows, a repeated label) is the same group.
    if (own1.value !== null) {
      if (level1?.value == null || compact(level1.value) !== compact(own1.value)) level2 = undefined;
      level1 = own1;
    }
    if (own2.value !== null) level2 = own2;
    const indicator: Indicator = {
      row: row + 1,
      level1: level1 ?? own1,
      level2: level2 ?? own2,
      name: read(row, "name", asText),
      target: read(row, "target", asText),
      actual: read(row, "actual", asText),
      weight: read(row, "weight", asNumber),
      score: read(row, "score", asNumber),
      reason: read(row, "reason", asText),
    };
    // Rows with nothing but group labels or a wrapped reason are layout, not indicators.
    const { name, target, actual, weight, score } = indicator;
    if (isBlank(name.raw) && isBlank(target.raw) && isBlank(actual.raw) && isBlank(weight.raw) && isBlank(score.raw)) continue;
    indicators.push(indicator);
  }
  return { indicators, columns };
}
