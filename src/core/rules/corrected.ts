/**
 * The project as it would read once earlier findings are fixed (rules.md, Causes): the number
 * fields whose cell a finding flags hold the value that finding says is right. Only the numbers
 * rules compute (amounts, rates, scores, weights, totals) are ever corrected.
 */
import { Field, FundColumn, FundsRow, Project } from "../model";

export type Corrections = ReadonlyMap<string, { value: number }>;

export function withCorrections(project: Project, corrections: Corrections): Project {
  const correct = (field: Field<number>): Field<number> => {
    const c = corrections.get(field.cell);
    return c === undefined || field.absent ? field : { ...field, value: c.value, raw: c.value };
  };
  const correctRow = (row: FundsRow): FundsRow => {
    const parts = {} as FundsRow;
    for (const column of Object.keys(row) as FundColumn[]) parts[column] = correct(row[column]);
    return parts;
  };
  // The four rows the report names, and every row the reader found (a layout may have more parts).
  const funds = {} as Record<string, FundsRow>;
  for (const [row, cells] of Object.entries(project.funds) as [string, FundsRow][]) funds[row] = correctRow(cells);
  return {
    ...project,
    funds: funds as Project["funds"],
    fundLines: project.fundLines.map((line) => ({ ...line, cells: correctRow(line.cells) })),
    indicators: project.indicators.map((ind) => ({ ...ind, weight: correct(ind.weight), score: correct(ind.score) })),
    totalWeight: correct(project.totalWeight),
    totalScore: correct(project.totalScore),
  };
}
