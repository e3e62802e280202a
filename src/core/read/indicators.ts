/**
 * The indicator table: a header row (or two) naming its columns in any order, then one row per
 * 三级指标. Columns are located by their headers; a target split in 指标性质 · 指标值 · 度量单位 is
 * joined back into one 年度指标值; repeated headers (after a page break), blank rows and template
 * rows (`……`, `指标2:` with nothing else) are not indicators.
 */
import { CellValue, Grid, mergeAt, parseA1, valueAt } from "../grid";
import { FIELD_LABELS, INDICATOR_COLUMNS, INDICATOR_COLUMN_LABELS, IndicatorColumn, TABLE_END_LABELS, rankMap } from "../labels";
import { Field, Indicator, MappingOverrides } from "../model";
import { cellText, compact, isBlank, isDash, parseNumber } from "../numbers";
import { Parse, absent, asLevel, asNumber, asText, asWritten, fieldAt } from "./fields";
import { LabelCell, labelsInRow, oneOf, rowStart } from "./labelIndex";

export interface IndicatorTable {
  headerRow: number;
  /** The first row below the header (one row, or two when columns are grouped under 年度指标值). */
  firstRow: number;
  /** Each located column's header cell (or the cell a user pointed the column at). */
  headers: Partial<Record<IndicatorColumn, Field<string>>>;
  /** Each located column's cells: from its column to the next header's. */
  spans: Partial<Record<IndicatorColumn, [number, number]>>;
}

/** Label key → the column kind it names and how well (0 = the standard label), made once. */
const KINDS = new Map<string, { kind: IndicatorColumn; rank: number; bit: number }>();
INDICATOR_COLUMNS.forEach((kind, i) => {
  for (const [key, rank] of rankMap(INDICATOR_COLUMN_LABELS[kind])) if (!KINDS.has(key)) KINDS.set(key, { kind, rank, bit: 1 << i });
});
const kindOf = (key: string) => KINDS.get(key);

/** How many column kinds the labels of a row name (a header repeated after a page break names several). */
function kindsInRow(labels: LabelCell[], row: number): number {
  let seen = 0;
  let count = 0;
  for (let i = rowStart(labels, row); i < labels.length && labels[i].row === row; i++) {
    const bit = KINDS.get(labels[i].key)?.bit ?? 0;
    if (bit && !(seen & bit)) {
      seen |= bit;
      count++;
    }
  }
  return count;
}

/** Labels of one row that name indicator columns. */
type ColumnLabel = { label: LabelCell; kind: IndicatorColumn; rank: number };

function columnLabels(labels: LabelCell[], row: number): ColumnLabel[] {
  const out: ColumnLabel[] = [];
  for (const label of labelsInRow(labels, row)) {
    const k = kindOf(label.key);
    if (k) out.push({ label, kind: k.kind, rank: k.rank });
  }
  return out;
}

const CORE_KINDS = (["name", "target", "actual"] as IndicatorColumn[]).reduce((bits, k) => bits | (1 << INDICATOR_COLUMNS.indexOf(k)), 0);

/** The first row that names at least three columns, one of them the indicator's name, target or actual. */
function headerRowOf(labels: LabelCell[]): number | undefined {
  let row = -1;
  let seen = 0;
  let count = 0;
  for (const label of labels) {
    if (label.row !== row) {
      row = label.row;
      seen = 0;
      count = 0;
    }
    const bit = KINDS.get(label.key)?.bit ?? 0;
    if (!bit || seen & bit) continue;
    seen |= bit;
    if (++count >= 3 && seen & CORE_KINDS) return row;
  }
  return undefined;
}

/** The indicator table's header and columns, with the user's pointed columns applied. */
export function locateTable(grid: Grid, labels: LabelCell[], overrides: MappingOverrides = {}): IndicatorTable | undefined {
  const headerRow = headerRowOf(labels);
  if (headerRow === undefined) return undefined;

  const best = new Map<IndicatorColumn, { label: LabelCell; rank: number }>();
  const place = (found: ColumnLabel[], override: boolean) => {
    for (const f of found) {
      const current = best.get(f.kind);
      if (!current || f.rank < current.rank || (override && current.label.row < f.label.row)) best.set(f.kind, f);
    }
  };
  place(columnLabels(labels, headerRow), false);
  // A second header row groups columns under the first (年度指标值 over 指标性质 · 指标值 · 度量单位).
  const below = columnLabels(labels, headerRow + 1);
  const twoRows = below.length >= 2;
  if (twoRows) place(below, true);

  const headers: IndicatorTable["headers"] = {};
  for (const [kind, { label }] of best) headers[kind] = fieldAt(grid, label.row, label.col, asText);
  // A pointed column wins over the located one, whatever its header says.
  for (const kind of INDICATOR_COLUMNS) {
    const at = overrides[`columns.${kind}`] && parseA1(overrides[`columns.${kind}`]);
    if (at) headers[kind] = fieldAt(grid, at.row, at.col, asText);
  }

  // Every header cell bounds the column left of it, known or not (指标解释, a village's name …).
  const lastHeaderRow = twoRows ? headerRow + 1 : headerRow;
  const bounds = new Set<number>();
  for (let r = headerRow; r <= lastHeaderRow; r++) {
    const values = grid.values[r - grid.top] ?? [];
    values.forEach((v, c) => isBlank(v) || bounds.add(grid.left + c));
  }
  for (const h of Object.values(headers)) bounds.add(h!.col);
  const sorted = [...bounds].sort((a, b) => a - b);
  const spans: IndicatorTable["spans"] = {};
  for (const kind of INDICATOR_COLUMNS) {
    const h = headers[kind];
    if (!h) continue;
    const next = sorted.find((c) => c > h.col);
    const own = mergeAt(grid, h.row, h.col);
    spans[kind] = [h.col, next ?? (own ? own.right : h.col) + 1];
  }
  return { headerRow, firstRow: lastHeaderRow + 1, headers, spans };
}

const END = oneOf([...FIELD_LABELS.totalRow, ...FIELD_LABELS.grade, ...FIELD_LABELS.conclusion, ...FIELD_LABELS.problems, ...FIELD_LABELS.measures, ...TABLE_END_LABELS]);

/** The row that ends the table: 总分/合计, 评分等级, a narrative block, notes or signatures, left of the targets. */
export function tableEnd(labels: LabelCell[], table: IndicatorTable): LabelCell | undefined {
  const leftOf = table.spans.target?.[0] ?? table.spans.actual?.[0] ?? Infinity;
  for (let i = rowStart(labels, table.firstRow); i < labels.length; i++) {
    if (labels[i].col < leftOf && END(labels[i].key)) return labels[i];
  }
  return undefined;
}

/**
 * `指标1:` / `指标2` in front of a 三级指标 (the central template numbers the rows of each 二级
 * group) is not part of its name. Without a colon the number is the row's place in its group
 * (廊坊: `指标1` + `2、3号楼维修` is not `指标12`).
 */
function nameWithout(position: number): Parse<string> {
  const own = new RegExp(`^\\s*指标\\s*${position}\\s*[:：]?\\s*`);
  return (raw) => {
    if (isBlank(raw)) return null;
    const text = cellText(raw);
    if (!text.includes("指标")) return text;
    const name = own.test(text) ? text.replace(own, "") : text.replace(/^\s*指标\s*\d+\s*[:：]\s*/, "");
    return name === "" ? null : name;
  };
}
const NAMES: Parse<string>[] = [];
const nameAt = (position: number) => (NAMES[position] ??= nameWithout(position));

/** A cell that holds nothing of an indicator: empty, `……`, `/`, `-`. */
const isFiller = (raw: CellValue) =>
  isBlank(raw) || (typeof raw === "string" && raw.length <= 12 && (isDash(raw) || /^[.…。·/／\s]+$/.test(raw)));

/** The indicators from the table's first row to `stopRow` (or two empty rows), and the row where reading stopped. */
export function readIndicators(grid: Grid, labels: LabelCell[], table: IndicatorTable, stopRow: number): { indicators: Indicator[]; end: number } {
  const read = <T>(row: number, column: IndicatorColumn, parse: Parse<T>): Field<T> => {
    const range = table.spans[column];
    if (!range) return absent(row, table.headers.name?.col ?? grid.left);
    for (let c = range[0]; c < range[1]; c++) {
      if (!isBlank(valueAt(grid, row, c))) return fieldAt(grid, row, c, parse);
    }
    return fieldAt(grid, row, range[0], parse);
  };

  const indicators: Indicator[] = [];
  let level1: Field<string> | undefined;
  let level2: Field<string> | undefined;
  let position = 0; // the row's place in its 二级 group
  // A table without a 总分 row or notes under it ends at two empty rows: what follows is not the form's.
  const spans = Object.values(table.spans) as [number, number][];
  const left = Math.min(...spans.map((s) => s[0]));
  const right = Math.max(...spans.map((s) => s[1]));
  const emptyRow = (row: number) => {
    for (let c = left; c < right; c++) {
      const m = mergeAt(grid, row, c);
      if (!isBlank(valueAt(grid, row, c)) || (m && m.top < row)) return false;
    }
    return true;
  };
  let empty = 0;
  let row = table.firstRow;
  for (; row < stopRow; row++) {
    // The header again after a page break is not an indicator.
    if (kindsInRow(labels, row) >= 2) continue;
    const own1 = read(row, "level1", asLevel);
    const own2 = read(row, "level2", asLevel);
    // A new 一级指标 starts a new group: its 二级 does not carry over from the group above.
    // The same 一级 again (a merge read on each of its rows, a repeated label) is the same group.
    if (own1.value !== null) {
      if (level1?.value == null || compact(level1.value) !== compact(own1.value)) level2 = undefined;
      level1 = own1;
    }
    // A 二级 group starts where its label changes (a merge reads the same label on each of its rows).
    if (own2.value !== null && (level2?.value == null || compact(level2.value) !== compact(own2.value))) position = 0;
    if (own2.value !== null) level2 = own2;
    position++;
    const indicator: Indicator = {
      row: row + 1,
      level1: level1 ?? own1,
      level2: level2 ?? own2,
      name: read(row, "name", nameAt(position)),
      target: table.spans.targetOperator || table.spans.targetUnit ? readTarget(row, read) : read(row, "target", asText),
      actual: read(row, "actual", asText),
      weight: read(row, "weight", asNumber),
      score: read(row, "score", asNumber),
      reason: read(row, "reason", asWritten),
    };
    // Rows with nothing but group labels, a wrapped reason or a template's `指标2:` / `……` are layout.
    const { name, target, actual, weight, score } = indicator;
    if ((name.value === null || isFiller(name.value)) && isFiller(target.raw) && isFiller(actual.raw) && isFiller(weight.raw) && isFiller(score.raw)) {
      // Only a row with nothing at all counts towards the table's end (a template row is still the table).
      if (!emptyRow(row)) empty = 0;
      else if (++empty >= 2) break;
      continue;
    }
    empty = 0;
    indicators.push(indicator);
  }
  return { indicators, end: row };
}

type Read = <T>(row: number, column: IndicatorColumn, parse: Parse<T>) => Field<T>;

/**
 * 年度指标值, or the three cells it is split into joined as the rules read a target: `=` `100` `%`
 * → `=100(%)`; `定性` or a text value is the text alone. The field stands at the 指标值 cell.
 */
function readTarget(row: number, read: Read): Field<string> {
  const target = read(row, "target", asText);
  const operator = read(row, "targetOperator", asText);
  const unit = read(row, "targetUnit", asText);
  if ((operator.absent && unit.absent) || target.absent || isBlank(target.raw)) return target;
  const value = cellText(target.raw);
  const op = operator.value === null ? "" : compact(operator.value);
  const joined =
    op === "定性" || parseNumber(value) === null
      ? value
      : `${op === "定量" ? "" : op}${value}${unit.value === null ? "" : `(${compact(unit.value)})`}`;
  return { ...target, raw: joined, value: joined };
}
