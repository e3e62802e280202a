/**
 * The form's labelled texts: title and year above it, 项目名称 (and a code in front of the name),
 * 主管部门, 实施单位, the goals, the narrative blocks and 评分等级, each a value right of (or below)
 * its label. A field whose label the form does not have is absent.
 */
import { Grid, valueAt } from "../grid";
import { FIELD_LABELS, LabelledField, OTHER_HEADER_LABELS, labelText, rankMap } from "../labels";
import { Field } from "../model";
import { isBlank } from "../numbers";
import { Parse, absent, asText, asWritten, asYear, fieldAt, missing, valueRightOf } from "./fields";
import { LabelCell, findBest, findLabel, nextColumn, oneOf, rowStart } from "./labelIndex";

/** Where a value right of a label ends: at the next label of a field, ours or another's. */
const FIELD_LABEL = oneOf([...Object.values(FIELD_LABELS).flat(), ...OTHER_HEADER_LABELS]);

export function nextFieldLabel(labels: LabelCell[], label: LabelCell): number | undefined {
  for (let i = rowStart(labels, label.row); i < labels.length && labels[i].row === label.row; i++) {
    if (labels[i].col > label.col && FIELD_LABEL(labels[i].key)) return labels[i].col;
  }
  return undefined;
}

/** Label key → the fields it may name, with its rank among each one's synonyms. */
const FIELDS_BY_KEY = new Map<string, [LabelledField, number][]>();
for (const field of Object.keys(FIELD_LABELS) as LabelledField[]) {
  for (const [key, rank] of rankMap(FIELD_LABELS[field])) FIELDS_BY_KEY.set(key, [...(FIELDS_BY_KEY.get(key) ?? []), [field, rank]]);
}
/** Each sheet's best label of every field, found in one pass over its labels. */
const bestLabels = new WeakMap<LabelCell[], Map<LabelledField, { label: LabelCell; rank: number }>>();

function bestOf(labels: LabelCell[]): Map<LabelledField, { label: LabelCell; rank: number }> {
  let best = bestLabels.get(labels);
  if (!best) {
    best = new Map();
    for (const label of labels) {
      const fields = FIELDS_BY_KEY.get(label.key);
      if (!fields) continue;
      for (const [field, rank] of fields) {
        const current = best.get(field);
        if (!current || rank < current.rank) best.set(field, { label, rank });
      }
    }
    bestLabels.set(labels, best);
  }
  return best;
}

export function labelOf(labels: LabelCell[], field: LabelledField, options?: Parameters<typeof findBest>[2]): LabelCell | undefined {
  return options ? findBest(labels, FIELD_LABELS[field], options) : bestOf(labels).get(field)?.label;
}

/** The value right of the field's label (before the next label), or absent when the form has no such label. */
export function labelledValue<T>(grid: Grid, labels: LabelCell[], field: LabelledField, parse: Parse<T>, at: { row: number; col: number }): Field<T> {
  const label = labelOf(labels, field);
  if (!label) return absent(at.row, at.col);
  return valueRightOf(grid, label, parse, nextFieldLabel(labels, label));
}

/** A project code printed in front of the name: `51000021R000000019951-工资性支出`. */
const CODE = /^([0-9A-Za-z]*\d{4}[0-9A-Za-z]*)\s*[-－—–_:：]\s*(\S.*)$/s;

/** 项目名称 read at its cell, and the code split off it (in the same cell); the code is absent when there is none. */
export function splitCode(name: Field<string>): { name: Field<string>; code: Field<string> } {
  const m = name.value === null ? null : CODE.exec(name.value);
  if (!m || m[1].length < 6) return { name, code: absent(name.row, name.col) };
  return { name: { ...name, value: m[2].trim() }, code: { ...name, value: m[1] } };
}

const YEAR = /\d{4}年/;
const YEAR_LINE = /\d{4}年度/;
/** A date (填报日期:2021年4月22日) is not the year the form evaluates. */
const DATE = /\d{4}年\d{1,2}月|^(填报|填写|报告)?日期/;

/**
 * The year: in its own line `(2024年度)` or in the title `部门预算项目支出绩效自评表(2023年度)`,
 * the nearest such text above 项目名称; else a `…年度` text below it (湖北 and 中央 print it there).
 */
export function readYear(grid: Grid, labels: LabelCell[], nameRow: number, origin: { row: number; col: number }): Field<number> {
  let found: { row: number; col: number } | undefined;
  // Not in the name's own row: a name may hold a year (2024年度“…2023-2025年…修缮项目”).
  for (let r = grid.top; r < nameRow; r++) {
    const values = grid.values[r - grid.top] ?? [];
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (typeof v !== "string") continue;
      const text = labelText(v);
      if (YEAR.test(text) && !DATE.test(text)) found = { row: r, col: grid.left + c };
    }
  }
  found ??= findLabel(labels, (key) => YEAR_LINE.test(key) && !DATE.test(key), { row: nameRow + 1 });
  if (found) return fieldAt(grid, found.row, found.col, asYear);
  return missing(origin.row === nameRow ? origin.row : origin.row + 1, origin.col);
}

/** The form's title: the first text above 项目名称 that names a form (…自评表, …目标表, …绩效…表). */
export function readTitle(grid: Grid, nameRow: number): { row: number; col: number; text: string } | undefined {
  for (let r = grid.top; r <= nameRow; r++) {
    const values = grid.values[r - grid.top] ?? [];
    for (let c = 0; c < values.length; c++) {
      const v = values[c];
      if (typeof v === "string" && /(自评|绩效|目标|监控).*表|表.*\d{4}年/.test(labelText(v))) return { row: r, col: grid.left + c, text: labelText(v) };
    }
  }
  return undefined;
}

/** The short texts above a row (a title, 附件, 报表编号), for telling kinds of forms by their titles. */
export function textsAbove(grid: Grid, row: number): string {
  const texts: string[] = [];
  for (let r = grid.top; r < row && r < grid.top + 12; r++) {
    for (const v of grid.values[r - grid.top] ?? []) if (typeof v === "string" && v.length <= 60) texts.push(labelText(v));
  }
  return texts.join(" ");
}

/**
 * A goal's text, below its label (预期目标 over the text) or right of it (银川: 年初设定目标 and its
 * text in one row). An empty goal never reaches into the indicator table.
 */
export function readGoal(grid: Grid, labels: LabelCell[], field: "planned" | "achieved", tableRow = Infinity): Field<string> {
  const label = labelOf(labels, field);
  if (!label) return absent(0, 0);
  const stop = nextFieldLabel(labels, label);
  const right = nextColumn(grid, label.row, label.col);
  if (right !== stop && !isBlank(valueAt(grid, label.row, right))) return fieldAt(grid, label.row, right, asWritten);
  const end = stop !== undefined && stop > label.col ? stop : right;
  for (let r = label.row + 1; r <= Math.min(label.row + 3, tableRow - 1); r++) {
    for (let c = label.col; c < end; c++) {
      if (!isBlank(valueAt(grid, r, c))) return fieldAt(grid, r, c, asWritten);
    }
  }
  return fieldAt(grid, label.row + 1, label.col, asWritten);
}
