/**
 * Finds a form in a sheet by what its labels mean and reads a 自评表 into a Project with the cell
 * of every field, top-down: grid → labels (labelIndex) → the kind of form (kind) → fields
 * (header, funds, indicators) → the project, with the user's corrections applied last.
 */
import { Grid, a1, lastRow, parseA1 } from "../grid";
import { HIERARCHY, LABEL, labelKey } from "../labels";
import { FUND_COLUMNS, FUND_ROWS, Field, FundColumn, FundRowKey, FundsRow, MappingOverrides, Project, SheetKind } from "../model";
import { Parse, absent, asGrade, asNumber, asRate, asText, asWritten, asYear, fieldAt, valueRightOf } from "./fields";
import { FundsBlock, noFunds, readFunds } from "./funds";
import { labelOf, labelledValue, nextFieldLabel, readGoal, readTitle, readYear, splitCode, textsAbove } from "./header";
import { IndicatorTable, locateTable, readIndicators, tableEnd } from "./indicators";
import { kindMarks, sheetKind } from "./kind";
import { LabelCell, indexLabels, oneOf } from "./labelIndex";

export type SheetReading = { kind: "project"; project: Project } | { kind: Exclude<SheetKind, "project"> };

/** Reads one sheet: a project when it holds a 自评表, else the kind of form (or sheet) it is. */
export function findForm(grid: Grid, overrides: MappingOverrides = {}): SheetReading {
  const labels = indexLabels(grid);
  const nameLabel = labelOf(labels, "name");
  const funds = readFunds(grid, labels);
  const table = locateTable(grid, labels, overrides);
  const marks = kindMarks(labels);
  const first = Math.min(nameLabel?.row ?? Infinity, marks.department?.row ?? Infinity, funds?.headerRow ?? Infinity, table?.headerRow ?? Infinity);
  const title = textsAbove(grid, Number.isFinite(first) ? first : lastRow(grid) + 1);
  const kind = sheetKind({ title, nameLabel, marks, hasFunds: funds !== undefined, table });
  if (kind !== "project") return { kind };
  const project = readProject(grid, labels, nameLabel!, funds, table);
  applyOverrides(grid, project, overrides);
  return { kind: "project", project };
}

function readProject(grid: Grid, labels: LabelCell[], nameLabel: LabelCell, funds: FundsBlock | undefined, table: IndicatorTable | undefined): Project {
  const title = readTitle(grid, nameLabel.row);
  const origin = title ?? nameLabel;
  const { name, code } = splitCode(valueRightOf(grid, nameLabel, asText, nextFieldLabel(labels, nameLabel)));
  const near = { row: nameLabel.row + 1, col: nameLabel.col + 1 };

  const end = table && tableEnd(labels, table);
  const read = table ? readIndicators(grid, labels, table, end?.row ?? lastRow(grid) + 1) : { indicators: [], end: 0 };
  const indicators = read.indicators;
  // The 总分 row is where the table ends, not a 合计 somewhere below it.
  const totalRow = table && labelOf(labels, "totalRow", { from: table.firstRow, to: read.end, test: (l) => l.col < (table.spans.target?.[0] ?? Infinity) });
  const bottom = totalRow?.row ?? (indicators.length ? indicators[indicators.length - 1].row : nameLabel.row + 1);
  const atTotal = <T>(column: "weight" | "score"): Field<T> => {
    const col = table?.spans[column]?.[0];
    return totalRow && col !== undefined ? fieldAt(grid, totalRow.row, col, asNumber as Parse<never>) : absent(bottom, col ?? origin.col);
  };

  const project: Project = {
    sheet: grid.name,
    origin: a1(origin.row, origin.col),
    name,
    code,
    department: labelledValue(grid, labels, "department", asText, near),
    implementer: labelledValue(grid, labels, "implementer", asText, near),
    year: readYear(grid, labels, nameLabel.row, origin),
    funds: funds?.funds ?? noFunds(near.row, near.col),
    fundLines: funds?.lines ?? [],
    goals: { planned: readGoal(grid, labels, "planned", table?.headerRow), achieved: readGoal(grid, labels, "achieved", table?.headerRow) },
    indicators,
    columns: table?.headers ?? {},
    totalWeight: atTotal("weight"),
    totalScore: totalRow ? atTotal("score") : headerTotal(grid, labels, table, bottom, origin.col),
    grade: labelledValue(grid, labels, "grade", asGrade, { row: bottom + 1, col: origin.col + 1 }),
    narrative: {
      conclusion: labelledValue(grid, labels, "conclusion", asWritten, { row: bottom + 2, col: origin.col + 1 }),
      problems: labelledValue(grid, labels, "problems", asWritten, { row: bottom + 3, col: origin.col + 1 }),
      measures: labelledValue(grid, labels, "measures", asWritten, { row: bottom + 4, col: origin.col + 1 }),
    },
  };
  budgetAsIndicator(project);
  return project;
}

/** 银川 states 自评得分 in the header, where there is no 总分 row. */
function headerTotal(grid: Grid, labels: LabelCell[], table: IndicatorTable | undefined, row: number, col: number): Field<number> {
  const label = labelOf(labels, "headerTotal", { to: (table?.headerRow ?? Infinity) - 1 });
  return label ? valueRightOf(grid, label, asNumber, nextFieldLabel(labels, label)) : absent(row, col);
}

/** 预算执行率 scored as an indicator under 项目管理 (银川), where the funds block has no 得分: it is the budget's score. */
const BUDGET_INDICATOR = oneOf(["预算执行率", "预算资金执行率"]);
const LEVEL1_KEYS = new Set(Object.keys(HIERARCHY).map(labelKey));

function budgetAsIndicator(project: Project): void {
  const total = project.fundLines.find((l) => l.key === "total");
  if (!total || !total.cells.score.absent) return;
  const i = project.indicators.findIndex(
    (ind) => ind.name.value !== null && BUDGET_INDICATOR(labelKey(ind.name.value)) && !LEVEL1_KEYS.has(labelKey(ind.level1.value ?? "")),
  );
  if (i < 0) return;
  const [ind] = project.indicators.splice(i, 1);
  total.cells.weight = ind.weight;
  total.cells.score = ind.score;
}

const PARSERS: Record<string, Parse<unknown>> = {
  name: asText, department: asText, implementer: asText, year: asYear, grade: asGrade,
  totalWeight: asNumber, totalScore: asNumber, "goals.planned": asWritten, "goals.achieved": asWritten,
  "narrative.conclusion": asWritten, "narrative.problems": asWritten, "narrative.measures": asWritten,
};
const FUND_ROW_NAMES: Record<FundRowKey, string> = { total: LABEL.total, current: LABEL.current, carryover: LABEL.carryover, other: LABEL.other };

/** The user's corrections (field → cell); columns were applied when the table was located. */
function applyOverrides(grid: Grid, project: Project, overrides: MappingOverrides): void {
  for (const [field, address] of Object.entries(overrides)) {
    const at = parseA1(address);
    if (!at) continue;
    const [head, part, column] = field.split(".");
    if (head === "funds" && (FUND_ROWS as readonly string[]).includes(part) && (FUND_COLUMNS as readonly string[]).includes(column)) {
      const row = part as FundRowKey;
      if (!project.fundLines.some((l) => l.key === row)) {
        // A row the form lacks, pointed by hand: it joins the funds block.
        project.funds[row] = { ...project.funds[row] };
        project.fundLines.push({ key: row, label: { ...absent<string>(at.row, at.col), value: FUND_ROW_NAMES[row] }, cells: project.funds[row] });
      }
      project.funds[row][column as FundColumn] = fieldAt(grid, at.row, at.col, column === "rate" ? asRate : asNumber);
    } else if (field in PARSERS) {
      const value = fieldAt(grid, at.row, at.col, PARSERS[field]);
      if (head === "goals") project.goals[part as "planned" | "achieved"] = value as Field<string>;
      else if (head === "narrative") project.narrative[part as keyof Project["narrative"]] = value as Field<string>;
      else if (field === "name") Object.assign(project, splitCode(value as Field<string>));
      else (project as unknown as Record<string, Field<unknown>>)[field] = value;
    }
  }
}


