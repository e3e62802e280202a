/**
 * What the 映射 tab shows, without the DOM: one row per field of the active sheet's form, with its
 * cell, the value read there, and whether the user pointed it somewhere by hand; the fields the
 * form has no label for, as such (本表无此项); and the indicator table's columns as located.
 */
import type { SheetResult } from "../core/check";
import type { CellValue } from "../core/grid";
import { INDICATOR_COLUMNS, INDICATOR_COLUMN_LABELS } from "../core/labels";
import { COLUMN_FIELDS, FUND_COLUMNS, FUND_ROWS, Field, MappingOverrides, Project, SCALAR_FIELDS } from "../core/model";
import { isDash } from "../core/numbers";
import { fieldsOf } from "../core/report";
import { MESSAGES, MessageKey, currentLocale, t } from "./i18n";

/** The fields in the order of the form, top to bottom; keys not listed here (further fund rows) follow the funds. */
export const FIELD_ORDER: readonly string[] = [
  "title",
  "name",
  "code",
  "department",
  "implementer",
  "year",
  ...FUND_ROWS.flatMap((row) => FUND_COLUMNS.map((column) => `funds.${row}.${column}`)),
  "goals.planned",
  "goals.achieved",
  "totalWeight",
  "totalScore",
  "grade",
  "narrative.conclusion",
  "narrative.problems",
  "narrative.measures",
];

/** Fields a user may re-point: the scalar fields, the indicator columns and every cell of the four funds rows. */
export function isRepointable(field: string): boolean {
  if (SCALAR_FIELDS.includes(field)) return true;
  const [head, row, column] = field.split(".");
  return head === "funds" && (FUND_ROWS as readonly string[]).includes(row) && (FUND_COLUMNS as readonly string[]).includes(column);
}

/** "项目名称", "年度资金总额·全年预算数", "单位资金·全年预算数", "总分·得分", "年度指标值"; the key itself when unknown. */
export function fieldLabel(field: string): string {
  const [head, row, column] = field.split(".");
  if (head === "funds" && row && column) {
    const rowKey = `fundRow.${row}` as MessageKey;
    const rowName = t(rowKey) === rowKey ? row : t(rowKey);
    return `${rowName}${t("field.separator")}${t(`fundColumn.${column}` as MessageKey)}`;
  }
  if (head === "columns" && row) {
    const key = `column.${row}` as MessageKey;
    const label = t(key);
    return label !== key ? label : (INDICATOR_COLUMN_LABELS as Record<string, readonly string[]>)[row]?.[0] ?? field;
  }
  const key = `field.${field}` as MessageKey;
  const label = t(key);
  return label === key ? field : label;
}

/** The Field of a project that a mapping key names (a located column's header cell for `columns.*`), if any. */
export function fieldOf(project: Project, field: string): Field<unknown> | undefined {
  const [head, kind] = field.split(".");
  if (head === "columns") return project.columns[kind as keyof Project["columns"]];
  return fieldsOf(project)[field];
}

function rawText(raw: CellValue): string {
  return raw === null ? "" : String(raw).trim();
}

/** The value as the table shows it: the meaning when readable, else the raw text marked; 本表无此项 when absent. */
export function displayValue(field: Field<unknown> | undefined): string {
  if (!field) return "";
  if (field.absent) return t("mapping.absent");
  if (field.value !== null && field.value !== undefined) return String(field.value);
  const raw = rawText(field.raw);
  // The form prints "-" where a row has no 分数/得分: that is "none", not a reading problem.
  if (isDash(field.raw)) return raw;
  return raw ? t("mapping.unreadable", { raw }) : t("mapping.empty");
}

export interface MappingRow {
  field: string;
  label: string;
  /** The cell read (or pointed at); empty for a field the form does not have. */
  address: string;
  value: string;
  overridden: boolean;
  repointable: boolean;
  /** The form has no label for this field (本表无此项). */
  absent: boolean;
}

export interface MappingInput {
  reading: SheetResult;
  cells: Record<string, string>;
  overrides: MappingOverrides;
}

/**
 * A funds row under the name the form prints, where that is not the standard one (四川's 财政资金
 * is 当年财政拨款): `财政资金·年初预算数`, in English `Current appropriation (财政资金) · Initial budget`.
 */
function labelOf(project: Project, field: string): string {
  const [head, key, column] = field.split(".");
  const printed = head === "funds" && column ? project.fundLines.find((l) => l.key === key)?.label.value : undefined;
  const standard = t(`fundRow.${key}` as MessageKey);
  if (!printed || printed === MESSAGES.zh[`fundRow.${key}` as MessageKey]) return fieldLabel(field);
  const name = currentLocale() === "zh" ? printed : `${standard} (${printed})`;
  return `${name}${t("field.separator")}${t(`fundColumn.${column}` as MessageKey)}`;
}

function row(project: Project, mapping: MappingInput, field: string, address: string): MappingRow {
  const f = fieldOf(project, field);
  const absent = !address && !(field in mapping.overrides) && (f === undefined || f.absent === true);
  return {
    field,
    label: labelOf(project, field),
    address,
    value: field === "title" ? "" : absent ? t("mapping.absent") : displayValue(f),
    overridden: field in mapping.overrides,
    repointable: isRepointable(field),
    absent,
  };
}

/** The form's fields top to bottom: those read (with their cells), those it lacks, those the user pointed. */
export function mappingRows(mapping: MappingInput): MappingRow[] {
  if (mapping.reading.kind !== "project") return [];
  const project = mapping.reading.project;
  const columns = new Set(COLUMN_FIELDS);
  const keys = [...new Set([...FIELD_ORDER, ...Object.keys(fieldsOf(project)), ...Object.keys(mapping.cells), ...Object.keys(mapping.overrides)])]
    .filter((k) => !columns.has(k));
  const funds = FIELD_ORDER.indexOf("goals.planned");
  const rank = (k: string) => {
    const i = FIELD_ORDER.indexOf(k);
    return i >= 0 ? i : k.startsWith("funds.") ? funds - 0.5 : FIELD_ORDER.length;
  };
  keys.sort((a, b) => rank(a) - rank(b));
  return keys.map((field) => row(project, mapping, field, mapping.cells[field] ?? mapping.overrides[field] ?? ""));
}

/** The indicator table's columns, each located one at its header cell, the others as 本表无此项. */
export function columnRows(mapping: MappingInput): MappingRow[] {
  if (mapping.reading.kind !== "project") return [];
  const project = mapping.reading.project;
  return INDICATOR_COLUMNS.map((kind) => {
    const field = `columns.${kind}`;
    return row(project, mapping, field, project.columns[kind]?.cell ?? mapping.overrides[field] ?? "");
  });
}
