/**
 * The workbooks the end-to-end tests open, and what the core says about them (computed here in
 * Node, never written down): the seed forms of sources 002 and 003 in all three layouts, with
 * the cover and notes sheets.
 */
import { CheckOptions, CheckResult, WorkbookMapping, checkGrids, readSheet } from "../../src/core/check";
import type { Finding, Severity } from "../../src/core/model";
import { cellsOf } from "../../src/core/report";
import { LAYOUTS, LayoutName, SheetSpec, formSheet, seedSheets, specGrid } from "../fixtures/layouts";
import { SeedForm, seedForm, seedForms } from "../fixtures/seedForms";
import type { PaneWorkbook } from "./harness";

/** 002-01..07 and 003-01..06: 未来公园展厅运营项目 (002-06) has errors, 003 adds warnings. */
export function e2eForms(): SeedForm[] {
  return seedForms().filter((f) => /^00[23]-0\d$/.test(f.id));
}

/** Layouts in turn (plain, offset, wide, plain, …), so every layout is on screen. */
export const mixedLayout = (_form: SeedForm, i: number): LayoutName => LAYOUTS[i % LAYOUTS.length];

export function e2eSpecs(): SheetSpec[] {
  return seedSheets(e2eForms(), { layout: mixedLayout, others: true });
}

export function layoutOf(sheet: string): LayoutName | undefined {
  const i = e2eForms().findIndex((f) => f.name === sheet);
  return i < 0 ? undefined : mixedLayout(e2eForms()[i], i);
}

export function coreCheck(specs: SheetSpec[], mapping: WorkbookMapping = {}, options: CheckOptions = {}): CheckResult {
  return checkGrids(specs.map(specGrid), mapping, options);
}

export type Counts = Record<Severity, number>;

export function countsOf(findings: Finding[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** Sheet → counts, for the sheets with findings, in workbook order. */
export function countsBySheet(result: CheckResult): [string, Counts][] {
  return result.sheets
    .map((s): [string, Counts] => [s.name, countsOf(result.findings.filter((f) => f.sheet === s.name))])
    .filter(([, c]) => c.error + c.warning + c.info > 0);
}

export function projectCount(result: CheckResult): number {
  return result.sheets.filter((s) => s.kind === "project").length;
}

/** A sheet's form as the core reads it. */
export function coreProject(specs: SheetSpec[], sheet: string, mapping: WorkbookMapping = {}) {
  const spec = specs.find((s) => s.name === sheet);
  if (!spec) throw new Error(`no sheet ${sheet}`);
  const reading = readSheet(specGrid(spec), mapping);
  if (reading.kind !== "project") throw new Error(`${sheet} is not a form`);
  return reading.project;
}

/** Field → A1 of a sheet's form, as the core reads it. */
export function coreCells(specs: SheetSpec[], sheet: string, mapping: WorkbookMapping = {}): Record<string, string> {
  const spec = specs.find((s) => s.name === sheet);
  if (!spec) throw new Error(`no sheet ${sheet}`);
  const reading = readSheet(specGrid(spec), mapping);
  if (reading.kind !== "project") throw new Error(`${sheet} is not a form`);
  return cellsOf(reading.project);
}

export function workbook(specs: SheetSpec[], extra: Omit<PaneWorkbook, "specs"> = {}): PaneWorkbook {
  return { specs, ...extra };
}

/** Text a careless pane would turn into markup. */
export const HOSTILE = {
  projectName: '<img src=x onerror="window.__xss=1">',
  indicatorName: "<script>window.__xss=2</script>",
  /** ≤ 31 characters and none of : \ / ? * [ ], so Excel would accept it as a sheet name. */
  sheetName: "<img src=y onerror=__xss=3>",
};

/**
 * A form whose 项目名称 and one indicator's name are markup, that indicator losing a point
 * without a reason (so DEDUCTION_REASON quotes its name), on a sheet whose name is markup too.
 */
export function hostileSpecs(): SheetSpec[] {
  const base = seedForms().find((f) => f.id === "002-07")!;
  const indicators = base.indicators.map((ind) => ({ ...ind }));
  const victim = indicators.find((ind) => Number(ind.weight) >= 2)!;
  victim.name = HOSTILE.indicatorName;
  victim.score = String(Number(victim.weight) - 1);
  victim.reason = "";
  const form: SeedForm = { ...base, name: HOSTILE.projectName, indicators };
  return [...seedSheets([seedForms().find((f) => f.id === "002-01")!], { layout: "plain" }), formSheet(form, "offset", HOSTILE.sheetName)];
}

/**
 * The order the 检查 list shows findings in: sheets as the report orders them, and within each
 * sheet errors, then warnings, then 提示, each in the report's order (row, then column).
 */
export function listOrder(findings: Finding[]): Finding[] {
  const sheets = [...new Set(findings.map((f) => f.sheet))];
  return sheets.flatMap((sheet) => {
    const mine = findings.filter((f) => f.sheet === sheet);
    return (["error", "warning", "info"] as Severity[]).flatMap((s) => mine.filter((f) => f.severity === s));
  });
}

/** 机关服务 (002-01, offset layout: rates are percentage cells) with a wrong 全年执行数 and 执行率; 未来公园 (002-06) with its real TOTAL_SUM. */
export function benchSpecs(): SheetSpec[] {
  const wrong: SeedForm = structuredClone(seedForm("002-01"));
  wrong.funds.total[2] = "206.69";
  wrong.funds.total[4] = "80.00";
  const forms = [wrong, seedForm("002-06"), seedForm("002-02")];
  return seedSheets(forms, { layout: (_f, i) => (i === 0 ? "offset" : "plain"), others: true });
}

