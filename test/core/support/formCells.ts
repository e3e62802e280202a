/**
 * Where each field of a seed form lands in a layout, as the fixture's builder recorded it in its
 * sheet spec, so tests name cells without hard-coding a layout's addresses.
 */
import type { FundColumn, FundRowKey } from "../../../src/core/model";
import { LayoutName, SheetSpec, formSheet } from "../../fixtures/layouts";
import type { SeedForm } from "../../fixtures/seedForms";

export type IndicatorColumn = "level1" | "level2" | "name" | "target" | "actual" | "weight" | "score" | "reason";

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
  /** Any recorded field by its key (`funds.中央财政资金.budget`, `indicators.0.target`). */
  field(key: string): string;
}

/** Where the layout's builder wrote each field (SheetSpec.fields); a field the layout lacks throws. */
export function formCells(form: SeedForm, layout: LayoutName = "plain"): FormCells {
  const spec = formSheet(form, layout);
  const at = (field: string) => {
    const cell = spec.fields?.[field];
    if (!cell) throw new Error(`layout ${layout} has no cell for ${field}`);
    return cell;
  };
  return {
    spec,
    get title() { return at("title"); },
    get name() { return at("name"); },
    get department() { return at("department"); },
    get implementer() { return at("implementer"); },
    get year() { return at("year"); },
    get grade() { return at("grade"); },
    funds: (row, column) => at(`funds.${row}.${column}`),
    indicator: (index, column) => at(`indicators.${index}.${column}`),
    total: (column) => at(column === "weight" ? "totalWeight" : "totalScore"),
    field: at,
  };
}
