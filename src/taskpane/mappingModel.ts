/**
 * What the 映射 tab shows, without the DOM: one row per field of the active sheet's form,
 * with its cell, the value read there, and whether the user pointed it somewhere by hand.
 */
import type { SheetResult } from "../core/check";
import type { CellValue } from "../core/grid";
import { FUND_COLUMNS, FUND_ROWS, Field, MappingOverrides, Project, SCALAR_FIELDS } from "../core/model";
import { isDash } from "../core/numbers";
import { MessageKey, t } from "./i18n";

/** The fields in the order of the form, top to bottom; `cells` keys not listed here follow. */
export const FIELD_ORDER: readonly string[] = [
  "title",
  "name",
  "department",
  "implementer",
  "year",
  ...FUND_ROWS.flatMap((row) => FUND_COLUMNS.map((column) => `funds.${row}.${column}`)),
  "goals.planned",
  "goals.achieved",
  "totalWeight",
  "totalScore",
  "grade",
];

/** Fields a user may re-point: the scalar fields and every cell of the funds block. */
export function isRepointable(field: string): boolean {
  if ((SCALAR_FIELDS as readonly string[]).includes(field)) return true;
  const [head, row, column] = field.split(".");
  return head === "funds" && (FUND_ROWS as readonly string[]).includes(row) && (FUND_COLUMNS as readonly string[]).includes(column);
}

/** "项目名称", "年度资金总额·全年预算数", "总分·得分"; the key itself when unknown. */
export function fieldLabel(field: string): string {
  const [head, row, column] = field.split(".");
  if (head === "funds" && row && column) {
    return `${t(`fundRow.${row}` as MessageKey)}${t("field.separator")}${t(`fundColumn.${column}` as MessageKey)}`;
  }
  const key = `field.${field}` as MessageKey;
  const label = t(key);
  return label === key ? field : label;
}

/** The Field of a project that a mapping key names, if any. */
export function fieldOf(project: Project, field: string): Field<unknown> | undefined {
  const [head, a, b] = field.split(".");
  if (head === "funds") {
    const row = (project.funds as Record<string, Record<string, Field<unknown>> | undefined>)[a];
    return row?.[b];
  }
  if (head === "goals") return (project.goals as Record<string, Field<unknown> | undefined>)[a];
  const value = (project as unknown as Record<string, unknown>)[field];
  return value && typeof value === "object" && "cell" in value ? (value as Field<unknown>) : undefined;
}

function rawText(raw: CellValue): string {
  return raw === null ? "" : String(raw).trim();
}

/** The value as the table shows it: the meaning when readable, else the raw text marked. */
export function displayValue(field: Field<unknown> | undefined): string {
  if (!field) return "";
  if (field.value !== null && field.value !== undefined) return String(field.value);
  const raw = rawText(field.raw);
  // The form prints "-" where a row has no 分数/得分: that is "none", not a reading problem.
  if (isDash(field.raw)) return raw;
  return raw ? t("mapping.unreadable", { raw }) : t("mapping.empty");
}

export interface MappingRow {
  field: string;
  label: string;
  address: string;
  value: string;
  overridden: boolean;
  repointable: boolean;
}

export interface MappingInput {
  reading: SheetResult;
  cells: Record<string, string>;
  overrides: MappingOverrides;
}

export function mappingRows(mapping: MappingInput): MappingRow[] {
  if (mapping.reading.kind !== "project") return [];
  const project = mapping.reading.project;
  const keys = [...new Set([...Object.keys(mapping.cells), ...Object.keys(mapping.overrides)])];
  const rank = (k: string) => {
    const i = FIELD_ORDER.indexOf(k);
    return i < 0 ? FIELD_ORDER.length : i;
  };
  keys.sort((a, b) => rank(a) - rank(b));
  return keys.map((field) => ({
    field,
    label: fieldLabel(field),
    address: mapping.cells[field] ?? mapping.overrides[field] ?? "",
    value: field === "title" ? "" : displayValue(fieldOf(project, field)),
    overridden: field in mapping.overrides,
    repointable: isRepointable(field),
  }));
}
