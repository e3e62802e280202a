/**
 * The funds block (项目资金, 预算执行情况, 资金情况 …): a header row naming the amount columns, then
 * the total and its parts, one row each, their names in a column left of the amounts. 银川 prints
 * the total's name among the column headers and its amounts in the row below.
 */
import { Grid, mergeAt, valueAt } from "../grid";
import { FIELD_LABELS, FUND_COLUMN_LABELS, FUND_PART_WORDS, FUND_ROW_LABELS, labelWeight, rankMap } from "../labels";
import { FUND_COLUMNS, FUND_ROWS, FundColumn, FundLine, FundRowKey, FundsRow } from "../model";
import { Parse, absent, asNumber, asRate, fieldAt } from "./fields";
import { LabelCell, findInRows, labelsInRow, oneOf } from "./labelIndex";

/** How far below its header a funds block may reach. */
const MAX_FUND_ROWS = 12;
const AMOUNT_HEADERS = oneOf([...FUND_COLUMN_LABELS.initial, ...FUND_COLUMN_LABELS.budget, ...FUND_COLUMN_LABELS.executed, ...FUND_COLUMN_LABELS.rate]);
const OTHER_FIELD = oneOf(Object.values(FIELD_LABELS).flat());

export interface FundsBlock {
  headerRow: number;
  funds: Record<FundRowKey, FundsRow>;
  lines: FundLine[];
}

type Columns = Partial<Record<FundColumn, number>>;

/** Label key → the funds column it names and how well, made once. */
const COLUMN_OF = new Map<string, { column: FundColumn; rank: number }>();
for (const column of FUND_COLUMNS) for (const [key, rank] of rankMap(FUND_COLUMN_LABELS[column])) if (!COLUMN_OF.has(key)) COLUMN_OF.set(key, { column, rank });

/** The best header of each column in the header row (全年预算数 before 调整后预算数 before 预算数). */
function columnsOf(header: LabelCell[]): Columns {
  const columns: Columns = {};
  const ranks: Partial<Record<FundColumn, number>> = {};
  for (const label of header) {
    const meant = COLUMN_OF.get(label.key);
    if (!meant) continue;
    const best = ranks[meant.column];
    if (best === undefined || meant.rank < best) {
      ranks[meant.column] = meant.rank;
      columns[meant.column] = label.col;
    }
  }
  return columns;
}

/** What a row label names: one of the four rows, a further part, or nothing of the funds block. */
const ROW_MATCHERS = FUND_ROWS.map((row) => [row, oneOf(FUND_ROW_LABELS[row])] as const);
function rowMeaning(key: string): FundRowKey | "part" | undefined {
  for (const [row, matches] of ROW_MATCHERS) if (matches(key)) return row;
  return FUND_PART_WORDS.test(key) && !OTHER_FIELD(key) ? "part" : undefined;
}

/** The funds block, when the sheet has a header of amount columns with at least one funds row under it. */
export function readFunds(grid: Grid, labels: LabelCell[]): FundsBlock | undefined {
  for (let i = 0; i < labels.length; i++) {
    if (!AMOUNT_HEADERS(labels[i].key)) continue;
    const header = labelsInRow(labels, labels[i].row);
    if (header.filter((l) => AMOUNT_HEADERS(l.key)).length >= 2) {
      const block = readBlock(grid, labels, header);
      if (block) return block;
    }
    while (i + 1 < labels.length && labels[i + 1].row === labels[i].row) i++;
  }
  return undefined;
}

function readBlock(grid: Grid, labels: LabelCell[], header: LabelCell[]): FundsBlock | undefined {
  const headerRow = header[0].row;
  const columns = columnsOf(header);
  const amountCols = [columns.initial, columns.budget, columns.executed, columns.rate].filter((c): c is number => c !== undefined);
  const firstAmountCol = Math.min(...amountCols);
  // Where none of 全年预算数, 调整后预算数 … is printed, 年初预算数 is the rate's denominator (layouts.md).
  if (columns.budget === undefined) columns.budget = columns.initial;
  const leftOf = header.filter((l) => l.col < firstAmountCol);
  const blockLabel = leftOf.find((l) => !rowMeaning(l.key));
  const merge = blockLabel && mergeAt(grid, blockLabel.row, blockLabel.col);
  const blockEnd = merge && merge.bottom > headerRow ? merge.bottom : undefined;
  const totalInHeader = leftOf.find((l) => rowMeaning(l.key) === "total");

  const found: { key: string; label: LabelCell; row: number }[] = [];
  const taken = new Set<string>();
  if (totalInHeader) {
    found.push({ key: "total", label: totalInHeader, row: headerRow + 1 });
    taken.add("total");
  }
  for (let row = headerRow + 1 + (totalInHeader ? 1 : 0); row <= headerRow + MAX_FUND_ROWS; row++) {
    if (blockEnd !== undefined && row > blockEnd) break;
    const label = findInRows(labels, row, row, (l) => l.col < firstAmountCol);
    const meaning = label && rowMeaning(label.key);
    if (!label || !meaning) {
      if (blockEnd !== undefined) continue; // a blank or unknown row inside the block's own label
      break;
    }
    let key: string = meaning === "part" || taken.has(meaning) ? label.key : meaning;
    for (let n = 2; taken.has(key); n++) key = `${label.key}${n}`;
    taken.add(key);
    found.push({ key, label, row });
  }
  if (found.length === 0) return undefined;

  // The block's own label may state the weight where no column does (湖北: 预算执行情况(万元)(20分)).
  const statedWeight = blockLabel && columns.weight === undefined ? labelWeight(String(valueAt(grid, blockLabel.row, blockLabel.col))) : null;
  const lines: FundLine[] = found.map(({ key, label, row }) => {
    const cells = rowCells(grid, row, columns, firstAmountCol);
    if (key === "total" && statedWeight !== null) {
      cells.weight = fieldAt(grid, blockLabel!.row, blockLabel!.col, () => statedWeight);
    }
    return { key, label: fieldAt(grid, label.row, label.col, () => label.key), cells };
  });
  const funds = {} as Record<FundRowKey, FundsRow>;
  for (const row of FUND_ROWS) {
    funds[row] = lines.find((l) => l.key === row)?.cells ?? absentRow(headerRow + 1 + FUND_ROWS.indexOf(row), firstAmountCol);
  }
  return { headerRow, funds, lines };
}

function rowCells(grid: Grid, row: number, columns: Columns, firstAmountCol: number): FundsRow {
  const cells = {} as FundsRow;
  for (const column of FUND_COLUMNS) {
    const col = columns[column];
    const parse: Parse<number> = column === "rate" ? asRate : asNumber;
    cells[column] = col === undefined ? absent(row, firstAmountCol) : fieldAt(grid, row, col, parse);
  }
  return cells;
}

export function absentRow(row: number, col: number): FundsRow {
  const cells = {} as FundsRow;
  for (const column of FUND_COLUMNS) cells[column] = absent<number>(row, col);
  return cells;
}

/** A form without a funds block: every row absent. */
export function noFunds(row: number, col: number): Record<FundRowKey, FundsRow> {
  const funds = {} as Record<FundRowKey, FundsRow>;
  for (const key of FUND_ROWS) funds[key] = absentRow(row, col);
  return funds;
}
