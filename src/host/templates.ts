/**
 * 插入模板, 按模板重建 and 生成汇总表 on any host: the core's template description
 * (core/template.ts, core/summary.ts) decided here, written by the host's writeSheets.
 * The host computes the formulas itself: no cached results are written.
 */
import { SheetResult, checkSheets, projectsOf, readSheet } from "../core/check";
import { Grid, a1, parseArea } from "../core/grid";
import { MAPPING_NS, mappingFrom } from "../core/storedData";
import { STORE_SHEET } from "../core/storedSheet";
import { SUMMARY_SHEET, summaryEntry, summarySheet } from "../core/summary";
import {
  DICTIONARY_SHEET, DefinedName, TEMPLATE_SHEET, dictionarySheet, earlierNotes, fillTemplate, formDataOf, templateForm, uniqueSheetName,
} from "../core/template";
import type { SheetWrite, SpreadsheetHost, WorkbookRead, WriteSheetsOutcome } from "./types";

/** What the task pane shows in one line when a template action cannot run. */
export class TemplateError extends Error {}

/** The user chose not to replace an old 汇总 sheet (the pane says so; nothing was written). */
export class SummaryCancelled extends Error {
  constructor(readonly sheet: string) {
    super(`没有生成汇总表，“${sheet}”保持原样`);
    this.name = "SummaryCancelled";
  }
}

/** Where the add-in wrote each 汇总 sheet it made: `{ areas: { 汇总: "A1:L20" } }`. */
export const SUMMARY_NS = "urn:perfeval:summary:1";

/** An old 汇总 sheet that holds what the add-in did not write (or that it cannot tell it wrote). */
export interface SummaryExisting {
  sheet: string;
  /** Whether the add-in recorded writing this sheet; if not, all of it may be the user's. */
  known: boolean;
  /** Cells outside what the add-in wrote that hold something (the first few). */
  userCells: string[];
}

export type SummaryChoice = "replace" | "keep" | "cancel";

export interface SummaryOptions {
  /** Asked before an old 汇总 that holds anything else is replaced; without it the old sheet is kept. */
  onExisting?: (existing: SummaryExisting) => Promise<SummaryChoice>;
}

/** The rectangle a described sheet covers ("A1:L20"). */
function areaOf(sheet: ReturnType<typeof summarySheet>): string {
  let bottom = 0;
  let right = 0;
  for (const range of [...sheet.cells.map((c) => c.address), ...sheet.merges]) {
    const area = parseArea(range);
    if (!area) continue;
    bottom = Math.max(bottom, area.bottom);
    right = Math.max(right, area.right);
  }
  return `A1:${a1(bottom, right)}`;
}

/** The cells of a grid that hold something outside `area` (the first `limit`). */
function cellsOutside(grid: Grid, area: string | undefined, limit = 5): string[] {
  const box = area ? parseArea(area) : undefined;
  const out: string[] = [];
  grid.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (out.length >= limit || value === null || value === "") return;
      const at = { row: grid.top + r, col: grid.left + c };
      if (!box || at.row < box.top || at.row > box.bottom || at.col < box.left || at.col > box.right) out.push(a1(at.row, at.col));
    }),
  );
  return out;
}

function summaryAreas(documents: unknown[] | undefined): Record<string, string> {
  const last = (documents ?? [])[(documents ?? []).length - 1] as { areas?: unknown } | undefined;
  const areas: Record<string, string> = Object.create(null);
  if (last && last.areas && typeof last.areas === "object") {
    for (const [sheet, area] of Object.entries(last.areas as Record<string, unknown>)) if (typeof area === "string" && parseArea(area)) areas[sheet] = area;
  }
  return areas;
}

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

/**
 * 生成汇总表: the 汇总 sheet over every project sheet, first in the workbook. An old 汇总 is
 * replaced when it holds only what the add-in wrote there; otherwise the user is asked
 * (`onExisting`): replace it, keep it and add 汇总 (2), or do nothing.
 */
export async function buildSummary(host: SpreadsheetHost, options: SummaryOptions = {}): Promise<TemplateResult> {
  const read = await host.readWorkbook({ scope: "all", documents: [MAPPING_NS, SUMMARY_NS] });
  const mapping = mappingFrom(read.documents[MAPPING_NS] ?? []);
  const sheets: SheetResult[] = read.grids.map((g) => readSheet(g, mapping));
  const result = checkSheets(sheets);
  const projects = projectsOf(sheets);
  if (projects.length === 0) throw new TemplateError("工作簿中没有找到自评表，无法生成汇总表");
  // An old summary is not a form; a project sheet that happens to be called 汇总 is kept.
  const areas = summaryAreas(read.documents[SUMMARY_NS]);
  const gridOf = (name: string) => read.grids.find((g) => g.name === name)!;
  const ours = sheets.filter((s) => s.kind === "other" && s.name in areas);
  // A 汇总 the add-in wrote and nobody wrote beside is replaced without a question.
  let old = ours.find((s) => cellsOutside(gridOf(s.name), areas[s.name]).length === 0);
  const named = sheets.find((s) => s.name.toLowerCase() === SUMMARY_SHEET.toLowerCase() && s.kind === "other");
  if (!old && named) {
    const known = named.name in areas;
    const userCells = cellsOutside(gridOf(named.name), areas[named.name]);
    const choice = options.onExisting ? await options.onExisting({ sheet: named.name, known, userCells }) : "keep";
    if (choice === "cancel") throw new SummaryCancelled(named.name);
    if (choice === "replace") old = named;
  }
  const others = read.sheets.map((s) => s.name).filter((n) => n !== old?.name);
  const sheet = summarySheet(projects.map((p) => summaryEntry(p, result.findings)), uniqueSheetName(SUMMARY_SHEET, others));
  const outcome = await host.writeSheets({ remove: old ? [old.name] : [], add: [{ sheet, position: 0, activate: true }], existing: existingNames(read) });
  // What the add-in wrote, so that the next 生成汇总表 can tell the user's own notes from it.
  await host.updateDocument(SUMMARY_NS, (documents) => {
    const kept = summaryAreas(documents);
    if (old) delete kept[old.name];
    return { areas: { ...kept, [sheet.name]: areaOf(sheet) } };
  });
  return { ...outcome, sheet: sheet.name };
}
