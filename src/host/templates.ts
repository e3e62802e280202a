/**
 * 插入模板, 按模板重建 and 生成汇总表 on any host: the core's template description
 * (core/template.ts, core/summary.ts) decided here, written by the host's writeSheets.
 * The host computes the formulas itself: no cached results are written.
 */
import { SheetResult, checkSheets, projectsOf, readSheet } from "../core/check";
import { MAPPING_NS, mappingFrom } from "../core/storedData";
import { STORE_SHEET } from "../core/storedSheet";
import { SUMMARY_SHEET, summaryEntry, summarySheet } from "../core/summary";
import {
  DICTIONARY_SHEET, DefinedName, TEMPLATE_SHEET, dictionarySheet, earlierNotes, fillTemplate, formDataOf, templateForm, uniqueSheetName,
} from "../core/template";
import type { SheetWrite, SpreadsheetHost, WorkbookRead, WriteSheetsOutcome } from "./types";

/** What the task pane shows in one line when a template action cannot run. */
export class TemplateError extends Error {}

/** A sheet the user now has, and what the host could not apply to it. */
export interface TemplateResult extends WriteSheetsOutcome {
  sheet: string;
}

/** The hidden 字典 sheet and its names, unless the workbook has them already. */
function dictionaryWrites(read: WorkbookRead): { sheets: SheetWrite[]; names: DefinedName[] } {
  const taken = new Set(read.names.map((n) => n.toLowerCase()));
  const sheetNames = read.sheets.map((s) => s.name);
  const hasSheet = sheetNames.some((s) => s.toLowerCase() === DICTIONARY_SHEET.toLowerCase());
  if (hasSheet && dictionarySheet().names.every((n) => taken.has(n.name.toLowerCase()))) return { sheets: [], names: [] };
  const dictionary = dictionarySheet(uniqueSheetName(DICTIONARY_SHEET, sheetNames));
  return { sheets: [{ sheet: dictionary.sheet }], names: dictionary.names.filter((n) => !taken.has(n.name.toLowerCase())) };
}

/** Every sheet name (the host's own storage sheet too: a new sheet must not take its name) and defined name. */
function existingNames(read: WorkbookRead): { sheets: string[]; names: string[] } {
  return { sheets: [...read.sheets.map((s) => s.name), STORE_SHEET], names: read.names };
}

/** A form with the 字典 sheet its drop-down lists need. */
async function writeForm(host: SpreadsheetHost, read: WorkbookRead, form: SheetWrite): Promise<TemplateResult> {
  const dictionary = dictionaryWrites(read);
  const outcome = await host.writeSheets({ add: [...dictionary.sheets, form], names: dictionary.names, existing: existingNames(read) });
  return { ...outcome, sheet: form.sheet.name };
}

/** 插入模板: a blank form on a new sheet 自评表 (自评表 (2), … when taken), activated. */
export async function insertTemplate(host: SpreadsheetHost, rows?: number): Promise<TemplateResult> {
  const read = await host.readWorkbook({ scope: "none" });
  const sheet = templateForm({ rows, name: uniqueSheetName(TEMPLATE_SHEET, read.sheets.map((s) => s.name)) });
  return writeForm(host, read, { sheet, activate: true });
}

/** The name of a rebuilt copy of `source`: "X（模板）", within Excel's 31 characters. */
function rebuiltName(source: string, taken: string[]): string {
  const suffix = "（模板）";
  return uniqueSheetName(source.slice(0, 31 - suffix.length) + suffix, taken);
}

/** 按模板重建: the active sheet's form as a new standard-form sheet beside it; the source is not touched. */
export async function rebuildActiveSheet(host: SpreadsheetHost): Promise<TemplateResult> {
  const read = await host.readWorkbook({ scope: "active", documents: [MAPPING_NS] });
  const grid = read.grids[0];
  const reading = readSheet(grid, mappingFrom(read.documents[MAPPING_NS] ?? []));
  if (reading.kind !== "project") throw new TemplateError(`“${grid.name}”不是自评表：没有找到“项目名称”以及资金或指标表头`);
  const data = { ...formDataOf(reading.project), notes: earlierNotes(grid, reading.project) };
  const sheet = fillTemplate(data, rebuiltName(grid.name, read.sheets.map((s) => s.name)));
  const position = (read.sheets.find((s) => s.name === grid.name)?.position ?? read.sheets.length - 1) + 1;
  return writeForm(host, read, { sheet, position, activate: true });
}

/** 生成汇总表: the 汇总 sheet over every project sheet, first in the workbook, replacing an old one. */
export async function buildSummary(host: SpreadsheetHost): Promise<TemplateResult> {
  const read = await host.readWorkbook({ scope: "all", documents: [MAPPING_NS] });
  const mapping = mappingFrom(read.documents[MAPPING_NS] ?? []);
  const sheets: SheetResult[] = read.grids.map((g) => readSheet(g, mapping));
  const result = checkSheets(sheets);
  const projects = projectsOf(sheets);
  if (projects.length === 0) throw new TemplateError("工作簿中没有找到自评表，无法生成汇总表");
  // An old summary is not a form; a project sheet that happens to be called 汇总 is kept.
  const old = sheets.find((s) => s.name.toLowerCase() === SUMMARY_SHEET.toLowerCase() && s.kind === "other");
  const others = read.sheets.map((s) => s.name).filter((n) => n !== old?.name);
  const sheet = summarySheet(projects.map((p) => summaryEntry(p, result.findings)), uniqueSheetName(SUMMARY_SHEET, others));
  const outcome = await host.writeSheets({ remove: old ? [old.name] : [], add: [{ sheet, position: 0, activate: true }], existing: existingNames(read) });
  return { ...outcome, sheet: sheet.name };
}
