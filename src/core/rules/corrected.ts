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
  // Every funds row the reader found (a layout may have more than the four parts).
  const funds = {} as Record<string, FundsRow>;
  for (const [row, line] of Object.entries(project.funds) as [string, FundsRow][]) {
    const parts = {} as FundsRow;
    for (const column of Object.keys(line) as FundColumn[]) parts[column] = correct(line[column]);
    funds[row] = parts;
  }
  return {
    ...project,
    funds: funds as Project["funds"],
    indicators: project.indicators.map((ind) => ({ ...ind, weight: correct(ind.weight), score: correct(ind.score) })),
    totalWeight: correct(project.totalWeight),
    totalScore: correct(project.totalScore),
  };
}
