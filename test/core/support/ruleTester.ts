/**
 * ESLint's RuleTester, for our rules: `valid` workbooks where a rule must stay silent and
 * `invalid` ones where it reports exactly the listed findings (cell, severity, message).
 * Cases are built from seed forms: clone one, change one printed value, lay it out.
 */
import { strict as assert } from "assert";
import { checkGrids } from "../../../src/core/check";
import { ConfigDocument, resolveConfig } from "../../../src/core/config";
import { Grid, parseA1 } from "../../../src/core/grid";
import { Finding, Severity } from "../../../src/core/model";
import { LAYOUTS, LayoutName, formGrid, seedSheets, specGrid } from "../../fixtures/layouts";
import { SeedForm, seedForm, seedForms } from "../../fixtures/seedForms";

export interface ValidCase {
  name: string;
  sheets: () => Grid[];
  /** A configuration to check with (e.g. another rule turned off to see this one alone). */
  config?: ConfigDocument;
}

export interface ExpectedFinding {
  cell: string;
  /** Sheet name, when the case has more than one sheet. */
  sheet?: string;
  /** Texts (numbers as printed) the message must contain. */
  includes?: string[];
  expected?: number | string;
  actual?: number | string | null;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
}

export interface RuleCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

/** The findings of one rule on a workbook of grids, in report order. */
export function findingsOf(ruleId: string, grids: Grid[], config?: ConfigDocument): Finding[] {
  const options = config ? { config: resolveConfig([config]) } : {};
  return checkGrids(grids, {}, options).findings.filter((f) => f.rule === ruleId);
}

export function ruleTester(ruleId: string, severity: Severity, cases: RuleCases): void {
  describe(ruleId, () => {
    describe("valid", () => {
      for (const c of cases.valid) {
        it(`stays silent: ${c.name}`, () => {
          const found = findingsOf(ruleId, c.sheets(), c.config);
          assert.deepEqual(found.map((f) => `${f.sheet}!${f.cell}: ${f.message}`), []);
        });
      }
    });
    describe("invalid", () => {
      for (const c of cases.invalid) {
        it(`reports: ${c.name}`, () => {
          const found = findingsOf(ruleId, c.sheets(), c.config);
          assert.deepEqual(
            found.map((f) => (c.findings.some((e) => e.sheet) ? `${f.sheet}!${f.cell}` : f.cell)),
            c.findings.map((e) => (e.sheet ? `${e.sheet}!${e.cell}` : e.cell)),
            found.map((f) => `${f.cell}: ${f.message}`).join("\n"),
          );
          found.forEach((f, i) => {
            const e = c.findings[i];
            assert.equal(f.rule, ruleId);
            assert.equal(f.severity, severity);
            assert.ok(f.message.trim().length > 0);
            for (const text of e.includes ?? []) assert.ok(f.message.includes(text), `“${f.message}” should name ${text}`);
            if ("expected" in e) assert.equal(f.expected, e.expected);
            if ("actual" in e) assert.equal(f.actual, e.actual);
          });
        });
      }
    });
  });
}

// ---------------------------------------------------------------------------------------
// Building cases

/** A deep copy of a seed form with one change applied. */
export function edit(id: string, change: (form: SeedForm) => void = () => {}): SeedForm {
  const form = structuredClone(seedForm(id));
  change(form);
  return form;
}

/** One form as a one-sheet workbook. */
export function sheet(form: SeedForm, layout: LayoutName = "plain"): () => Grid[] {
  return () => [formGrid(form, layout)];
}

/** The index of a form's indicator by its 三级指标 (the first one of that name). */
export function indicatorIndex(form: SeedForm, name: string): number {
  const i = form.indicators.findIndex((ind) => ind.name === name);
  if (i < 0) throw new Error(`${form.id} has no indicator ${name}`);
  return i;
}

/** The seed forms other than `except`, one workbook per layout: real sheets where a rule must stay silent. */
export function seedValidCases(except: string[] = []): ValidCase[] {
  const forms = () => seedForms().filter((f) => !except.includes(f.id));
  const label = except.length ? ` except ${except.join(", ")}` : "";
  return LAYOUTS.map((layout) => ({
    name: `the seed forms${label} (${layout})`,
    sheets: () => seedSheets(forms(), { layout }).map(specGrid),
  }));
}

/** The same case in every layout: `build(layout)` gives the case for that layout. */
export function inEveryLayout<C extends ValidCase>(build: (layout: LayoutName) => C): C[] {
  return LAYOUTS.map((layout) => {
    const c = build(layout);
    return { ...c, name: `${c.name} (${layout})` };
  });
}

/** Sets one cell of a grid (and its number format), for what the layouts cannot express. */
export function setCell(grid: Grid, address: string, value: Grid["values"][number][number], format?: string | null): Grid {
  const at = parseA1(address)!;
  const r = at.row - grid.top;
  const c = at.col - grid.left;
  while (grid.values.length <= r) grid.values.push([]);
  grid.values[r][c] = value;
  if (format !== undefined) {
    grid.formats ??= [];
    while (grid.formats.length <= r) grid.formats.push([]);
    grid.formats[r][c] = format;
  }
  return grid;
}
