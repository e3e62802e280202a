/**
 * Where each field of a seed form lands in a layout, found in the fixture's own sheet spec
 * (by the labels it writes), so tests name cells without hard-coding a layout's addresses.
 */
import { a1 } from "../../../src/core/grid";
import type { FundColumn, FundRowKey } from "../../../src/core/model";
import { LayoutName, SheetCell, SheetSpec, formSheet } from "../../fixtures/layouts";
import type { SeedForm } from "../../fixtures/seedForms";

export type IndicatorColumn = "level1" | "level2" | "name" | "target" | "actual" | "weight" | "score" | "reason";

const FUND_HEADERS: Record<FundColumn, string> = {
  initial: "年初预算数", budget: "全年预算数", executed: "全年执行数", weight: "分数", rate: "执行率(%)", score: "得分",
};
const FUND_ROW_LABELS: Record<FundRowKey, string> = {
  total: "年度资金总额", current: "其中：当年财政拨款", carryover: "上年结转资金", other: "其他资金",
};
const INDICATOR_HEADERS: Record<IndicatorColumn, string> = {
  level1: "一级指标", level2: "二级指标", name: "三级指标", target: "年度指标值", actual: "实际完成值",
  weight: "分值", score: "得分", reason: "偏差原因分析及改进措施",
};

export interface FormCells {
  spec: SheetSpec;
  title: string;
  name: string;
  department: string;
  implementer: string;
  year: string;
  grade: string;
  funds(row: FundRowKey, column: FundColumn): string;
  /** The cell of indicator `index` (0-based, in form order). */
  indicator(index: number, column: IndicatorColumn): string;
  total(column: "weight" | "score"): string;
}

function labelCell(spec: SheetSpec, text: string, row?: number): SheetCell {
  const cell = spec.cells.find((c) => c.value === text && (row === undefined || c.row === row));
  if (!cell) throw new Error(`label ${text} not in sheet ${spec.name}`);
  return cell;
}

/** The value cell right of a label: the first column past the label's merge. */
function rightOf(spec: SheetSpec, label: SheetCell): string {
  const merge = spec.merges.find((m) => m.top === label.row && m.left === label.col);
  return a1(label.row, (merge ? merge.right : label.col) + 1);
}

export function formCells(form: SeedForm, layout: LayoutName = "plain"): FormCells {
  const spec = formSheet(form, layout);
  const title = labelCell(spec, "财政项目支出绩效自评表");
  const fundsHeaderRow = labelCell(spec, FUND_HEADERS.initial).row;
  const indicatorHeaderRow = labelCell(spec, INDICATOR_HEADERS.level1).row;
  const indicatorCol = (column: IndicatorColumn) => labelCell(spec, INDICATOR_HEADERS[column], indicatorHeaderRow).col;
  return {
    spec,
    title: a1(title.row, title.col),
    name: rightOf(spec, labelCell(spec, "项目名称")),
    department: rightOf(spec, labelCell(spec, "主管部门")),
    implementer: rightOf(spec, labelCell(spec, "实施单位")),
    year: a1(title.row + 1, title.col),
    grade: rightOf(spec, labelCell(spec, "评分等级")),
    funds: (row, column) =>
      a1(labelCell(spec, FUND_ROW_LABELS[row]).row, labelCell(spec, FUND_HEADERS[column], fundsHeaderRow).col),
    indicator: (index, column) => a1(indicatorHeaderRow + 1 + index, indicatorCol(column)),
    total: (column) => a1(labelCell(spec, "总分").row, indicatorCol(column)),
  };
}
