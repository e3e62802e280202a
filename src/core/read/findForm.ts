/**
 * Finds a 自评表 in a sheet by its labels and reads it into a Project with the cell of every
 * field. Layouts vary (offset tables, merged columns, text numbers, percentage cells); what
 * stays is the labels, so everything is located relative to them.
 */
import { CellValue, Grid, a1, formatAt, isUncalculated, lastCol, lastRow, mergeAt, parseA1, valueAt } from "../grid";
import { LABEL } from "../labels";
import {
  AMOUNT_COLUMNS,
  FUND_COLUMNS,
  FUND_ROWS,
  Field,
  FundColumn,
  FundRowKey,
  FundsRow,
  MappingOverrides,
  Project,
} from "../model";
import { cellText, compact, isBlank, parseNumber } from "../numbers";
import { LabelCell, contains, equals, findInRow, findInRows, findLabel, indexLabels, nextColumn, startsWith } from "./labelIndex";
import { readIndicators } from "./indicators";

export type SheetReading = { kind: "project"; project: Project } | { kind: "other" };

type Parse<T> = (raw: CellValue, format: string | null) => T | null;

export const asText: Parse<string> = (raw) => (isBlank(raw) ? null : cellText(raw));
export const asNumber: Parse<number> = (raw, format) => parseNumber(raw, format);
const asRate: Parse<number> = (raw, format) => parseNumber(raw, format, true);
const asYear: Parse<number> = (raw) => {
  if (typeof raw === "number") return Number.isInteger(raw) && raw >= 1900 && raw <= 2999 ? raw : null;
  const m = /(\d{4})年/.exec(compact(cellText(raw)));
  return m ? Number(m[1]) : null;
};

export function fieldAt<T>(grid: Grid, row: number, col: number, parse: Parse<T>): Field<T> {
  const m = mergeAt(grid, row, col);
  if (m) {
    row = m.top;
    col = m.left;
  }
  const raw = valueAt(grid, row, col);
  const format = formatAt(grid, row, col);
  const field: Field<T> = { value: parse(raw, format), raw, cell: a1(row, col), row, col, format };
  if (isUncalculated(grid, row, col)) field.uncalculated = true;
  return field;
}

/** The first non-blank cell right of a label, before `stop`; where it should be when there is none. */
function valueRightOf<T>(grid: Grid, label: LabelCell, parse: Parse<T>, stop = lastCol(grid) + 1): Field<T> {
  const first = nextColumn(grid, label.row, label.col);
  for (let c = first; c < stop; c++) {
    if (!isBlank(valueAt(grid, label.row, c))) return fieldAt(grid, label.row, c, parse);
  }
  return fieldAt(grid, label.row, first, parse);
}

/**
 * A field that could not be located: empty, pointing at the place it belongs. (Same shape as
 * fieldAt's, so that the rules read fields of one kind of object.)
 */
export function missing<T>(row: number, col: number): Field<T> {
  return { value: null, raw: null, cell: a1(row, col), row, col, format: null };
}

const FUND_LABELS: Record<FundRowKey, string> = {
  total: LABEL.total,
  current: LABEL.current,
  carryover: "上年结转",
  other: LABEL.other,
};

const FUND_HEADER: Record<FundColumn, (key: string) => boolean> = {
  initial: startsWith(LABEL.initial),
  budget: startsWith(LABEL.budget),
  executed: startsWith(LABEL.executed),
  weight: equals(LABEL.weight),
  rate: startsWith(LABEL.rate),
  score: equals(LABEL.score),
};

function readFunds(grid: Grid, labels: LabelCell[], fallback: LabelCell): Record<FundRowKey, FundsRow> {
  const header = findLabel(labels, FUND_HEADER.initial) ?? findLabel(labels, FUND_HEADER.budget);
  const headerRow = header?.row ?? fallback.row;
  const columns = {} as Record<FundColumn, number | undefined>;
  for (const column of FUND_COLUMNS) columns[column] = findInRow(labels, headerRow, FUND_HEADER[column])?.col;
  const firstAmountCol = columns.initial ?? columns.budget ?? fallback.col + 1;

  const funds = {} as Record<FundRowKey, FundsRow>;
  let expectedRow = headerRow + 1;
  for (const key of FUND_ROWS) {
    const isLabel = contains(FUND_LABELS[key]);
    const label = findInRows(labels, headerRow + 1, headerRow + 8, (c) => c.col < firstAmountCol && isLabel(c.key));
    const row = label?.row ?? expectedRow;
    expectedRow = row + 1;
    const parts = {} as FundsRow;
    for (const column of FUND_COLUMNS) {
      const col = columns[column];
      parts[column] =
        col === undefined
          ? missing(row, firstAmountCol)
          : fieldAt(grid, row, col, column === "rate" ? asRate : asNumber);
    }
    funds[key] = parts;
  }
  return funds;
}

/** The two goal texts below their labels; an empty goal never reaches into the indicator table. */
function readGoals(grid: Grid, labels: LabelCell[], tableRow = Infinity): Project["goals"] {
  const read = (label: LabelCell | undefined, stop?: LabelCell): Field<string> => {
    if (!label) return missing(0, 0);
    const end = stop && stop.row === label.row && stop.col > label.col ? stop.col : nextColumn(grid, label.row, label.col);
    for (let r = label.row + 1; r <= Math.min(label.row + 3, tableRow - 1); r++) {
      for (let c = label.col; c < end; c++) {
        if (!isBlank(valueAt(grid, r, c))) return fieldAt(grid, r, c, asText);
      }
    }
    return fieldAt(grid, label.row + 1, label.col, asText);
  };
  const planned = findLabel(labels, equals(LABEL.planned));
  const achieved = findLabel(labels, equals(LABEL.achieved));
  return { planned: read(planned, achieved), achieved: read(achieved) };
}

function applyOverrides(grid: Grid, project: Project, overrides: MappingOverrides): void {
  const parsers: Record<string, Parse<unknown>> = {
    name: asText, department: asText, implementer: asText, year: asYear, grade: asText,
    totalWeight: asNumber, totalScore: asNumber, "goals.planned": asText, "goals.achieved": asText,
  };
  for (const [field, address] of Object.entries(overrides)) {
    const at = parseA1(address);
    if (!at) continue;
    const [head, rowKey, column] = field.split(".");
    if (head === "funds" && rowKey in project.funds && (FUND_COLUMNS as readonly string[]).includes(column)) {
      project.funds[rowKey as FundRowKey][column as FundColumn] = fieldAt(grid, at.row, at.col, column === "rate" ? asRate : asNumber);
    } else if (field in parsers) {
      const value = fieldAt(grid, at.row, at.col, parsers[field]);
      if (field.startsWith("goals.")) project.goals[field.slice(6) as "planned" | "achieved"] = value as Field<string>;
      else (project as unknown as Record<string, Field<unknown>>)[field] = value;
    }
  }
}

/** Reads one sheet: a project when it carries the form's labels, "other" when it does not. */
export function findForm(grid: Grid, overrides: MappingOverrides = {}): SheetReading {
  const labels = indexLabels(grid);
  const nameLabel = findLabel(labels, equals(LABEL.name));
  const fundsHeader = findLabel(labels, FUND_HEADER.budget);
  const indicatorHeader = findLabel(labels, equals(LABEL.level3)) ?? findLabel(labels, equals(LABEL.target));
  if (!nameLabel || (!fundsHeader && !indicatorHeader)) return { kind: "other" };

  const title = findLabel(labels, contains(LABEL.title));
  const origin = title ?? nameLabel;
  // Labels are in sheet order: the one after a label is the next in its row, if any.
  const nextLabelInRow = (label: LabelCell) => {
    const next = labels[labels.indexOf(label) + 1];
    return next && next.row === label.row ? next.col : undefined;
  };

  const department = findLabel(labels, equals(LABEL.department));
  const implementer = findLabel(labels, equals(LABEL.implementer));
  const totalRow = findLabel(labels, equals(LABEL.totalRow), indicatorHeader);
  const gradeLabel = findLabel(labels, equals(LABEL.grade));

  const { indicators, columns } = readIndicators(grid, labels, indicatorHeader, totalRow, gradeLabel);
  const totalsRow = totalRow?.row ?? (indicators.length ? indicators[indicators.length - 1].row : nameLabel.row + 1);

  const project: Project = {
    sheet: grid.name,
    origin: a1(origin.row, origin.col),
    name: valueRightOf(grid, nameLabel, asText, nextLabelInRow(nameLabel)),
    department: department ? valueRightOf(grid, department, asText, nextLabelInRow(department)) : missing(nameLabel.row + 1, nameLabel.col + 1),
    implementer: implementer ? valueRightOf(grid, implementer, asText, nextLabelInRow(implementer)) : missing(nameLabel.row + 1, nameLabel.col + 3),
    year: readYear(grid, labels, nameLabel, origin),
    funds: readFunds(grid, labels, nameLabel),
    goals: readGoals(grid, labels, indicatorHeader?.row),
    indicators,
    totalWeight: totalRow && columns.weight !== undefined ? fieldAt(grid, totalRow.row, columns.weight, asNumber) : missing(totalsRow, columns.weight ?? origin.col),
    totalScore: totalRow && columns.score !== undefined ? fieldAt(grid, totalRow.row, columns.score, asNumber) : missing(totalsRow, columns.score ?? origin.col),
    grade: gradeLabel ? valueRightOf(grid, gradeLabel, (raw) => asText(raw, null) && compact(cellText(raw))) : missing(Math.min(totalsRow + 1, lastRow(grid) + 1), origin.col + 1),
  };
  applyOverrides(grid, project, overrides);
  return { kind: "project", project };
}

const YEAR = /\d{4}年度?/;
const YEAR_LINE = /\d{4}年度/;

/** The year line `(2024年度)`: the nearest such cell above 项目名称, else anywhere. */
function readYear(grid: Grid, labels: LabelCell[], nameLabel: LabelCell, origin: LabelCell): Field<number> {
  const years = labels.filter((c) => c.row <= nameLabel.row && YEAR.test(c.key));
  const cell = years[years.length - 1] ?? labels.find((c) => YEAR_LINE.test(c.key));
  if (cell) return fieldAt(grid, cell.row, cell.col, asYear);
  return missing(origin.row === nameLabel.row ? origin.row : origin.row + 1, origin.col);
}

export { AMOUNT_COLUMNS };
