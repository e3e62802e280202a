// NOT_CALCULATED: a workbook saved by a program that does not calculate (a script, an export) has
// formulas without results; read as empty they would be dozens of false errors (rules.md, second set).
import { FUND_COLUMNS, FUND_ROWS, Field, Project } from "../model";
import { ProjectRule, finding } from "./rule";

/** Every field of the form that a rule may read, in no particular order. */
function* formFields(p: Project): Generator<Field<unknown>> {
  yield p.name;
  yield p.department;
  yield p.implementer;
  yield p.year;
  for (const row of FUND_ROWS) for (const column of FUND_COLUMNS) yield p.funds[row][column];
  yield p.goals.planned;
  yield p.goals.achieved;
  for (const i of p.indicators) {
    yield i.level1;
    yield i.level2;
    yield i.name;
    yield i.target;
    yield i.actual;
    yield i.weight;
    yield i.score;
    yield i.reason;
  }
  yield p.totalWeight;
  yield p.totalScore;
  yield p.grade;
}

export const NotCalculatedRule: ProjectRule = {
  id: "NOT_CALCULATED",
  severity: "warning",
  describe: "公式没有计算结果（文件由不计算公式的程序保存）",
  check(project: Project) {
    const cells = new Map<string, Field<unknown>>();
    for (const field of formFields(project)) if (field.uncalculated) cells.set(field.cell, field);
    if (cells.size === 0) return [];
    const first = [...cells.values()].sort((a, b) => a.row - b.row || a.col - b.col)[0];
    return [finding(this, project, first,
      `本表的公式没有计算结果（文件由不计算公式的程序保存），${cells.size} 个由公式得出的单元格未检查：请在 Excel 或 WPS 中打开、保存后再检查`,
      { related: [...cells.keys()].filter((cell) => cell !== first.cell) })];
  },
};
