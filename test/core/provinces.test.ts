/**
 * The 44 seed forms laid out as every province the reader knows lays out the form
 * (test/fixtures/provinces.ts, from ../shared/specimens): each is read as a project with every
 * field at the cell its layout puts it and the value printed there, the blocks the layout lacks
 * are absent (not missing), and the check gives exactly the findings of Shanghai's layout, less
 * those of the rules whose blocks the layout lacks (layouts.md; issue 13 "Done when").
 */
import { strict as assert } from "assert";
import { checkGrids } from "../../src/core/check";
import { FUND_COLUMNS, FUND_ROWS, Field, Finding, Indicator, Project } from "../../src/core/model";
import { normalUnit, parseActual, parseTarget } from "../../src/core/numbers";
import { cellsOf } from "../../src/core/report";
import { KNOWN_LAYOUTS, LayoutName, layoutRuns, seedSheets, specGrid } from "../fixtures/layouts";
import { SeedForm, seedForms } from "../fixtures/seedForms";
import type { SheetSpec } from "../fixtures/sheetSpec";

const SOURCES = ["000", "001", "002", "003", "004"];
const sourceForms = (source: string) => seedForms().filter((f) => f.id.startsWith(source + "-"));

function workbook(forms: SeedForm[], layout: LayoutName) {
  const specs = seedSheets(forms, { layout });
  return { specs, result: checkGrids(specs.map(specGrid)) };
}

/** A printed number ("2,270.22"), or null for the form's "-". */
const printedNumber = (printed: string) => (printed.trim() === "-" ? null : Number(printed.replace(/,/g, "")));

/** A target as the rules compare it: `≥1850.00人次` and `≥1850.00(人次)` are one target. */
function targetMeaning(raw: unknown) {
  const t = parseTarget(raw as string);
  if (t?.kind !== "quantitative") return t;
  return { op: t.op, value: t.value, unit: normalUnit(t.unit) };
}
function actualValue(raw: unknown, format?: string | null) {
  const a = parseActual(raw as string, format);
  return a?.kind === "quantity" ? a.value : a;
}

function assertReadAsPrinted(p: Project, form: SeedForm, spec: SheetSpec, layout: LayoutName): void {
  const where = (what: string) => `${layout} ${form.id}: ${what}`;
  const fields = spec.fields!;
  const lacks = KNOWN_LAYOUTS.find((l) => l.name === layout)!.lacks;

  // Every field stands where the layout put it, and the report names no other.
  const cells = cellsOf(p);
  for (const [key, cell] of Object.entries(cells)) {
    if (key === "code") assert.equal(cell, cells.name, where("code in the name's cell"));
    else assert.equal(cell, fields[key], where(`cell of ${key}`));
  }
  for (const key of Object.keys(fields)) if (!key.startsWith("indicators.")) assert.ok(key in cells, where(`${key} not read`));

  assert.equal(p.name.value, form.name, where("项目名称 without its code"));
  assert.equal(p.year.value, Number(/\d{4}/.exec(form.yearLine)![0]), where("年度"));
  assert.equal(p.implementer.value, form.implementer, where("实施单位"));
  assert.ok(p.department.value?.startsWith(form.department), where("主管部门"));
  for (const row of FUND_ROWS) {
    FUND_COLUMNS.forEach((column, k) => {
      const field = p.funds[row][column];
      if (`funds.${row}.${column}` in fields) assert.equal(field.value, printedNumber(form.funds[row][k]), where(`funds.${row}.${column}`));
      else assert.ok(field.absent, where(`funds.${row}.${column} absent`));
    });
  }
  if (lacks.includes("grade")) assert.ok(p.grade.absent, where("评分等级 absent"));
  else assert.equal(p.grade.value, form.grade, where("评分等级"));
  if (lacks.includes("totalScore")) assert.ok(p.totalScore.absent, where("总分 absent"));
  else assert.equal(p.totalScore.value, printedNumber(form.totalScore), where("总分"));
  if (lacks.includes("totalWeight")) assert.ok(p.totalWeight.absent, where("总分 分值 absent"));
  else assert.equal(p.totalWeight.value, printedNumber(form.totalWeight), where("总分 分值"));

  assert.equal(p.indicators.length, form.indicators.length, where("number of indicators"));
  form.indicators.forEach((printed, i) => {
    const read = p.indicators[i];
    const at = (what: string) => where(`indicator ${i} ${printed.name}: ${what}`);
    const own = (key: keyof Omit<Indicator, "row">): Field<unknown> => read[key];
    for (const key of ["name", "target", "actual", "weight", "score", "reason"] as const) {
      const recorded = fields[`indicators.${i}.${key}`];
      if (recorded) assert.equal(own(key).cell, recorded, at(`cell of ${key}`));
      else assert.ok(own(key).absent, at(`${key} absent`));
    }
    assert.equal(read.level1.value, printed.level1, at("一级指标"));
    assert.equal(read.level2.value, printed.level2, at("二级指标"));
    assert.equal(read.name.value, printed.name, at("三级指标"));
    assert.deepEqual(targetMeaning(read.target.raw), targetMeaning(printed.target), at("年度指标值"));
    assert.deepEqual(actualValue(read.actual.raw, read.actual.format), actualValue(printed.actual), at("实际完成值"));
    if (!read.weight.absent) assert.equal(read.weight.value, printedNumber(printed.weight), at("分值"));
    if (!read.score.absent) assert.equal(read.score.value, printedNumber(printed.score), at("得分"));
    if (!read.reason.absent) assert.equal(read.reason.value ?? "", printed.reason.trim(), at("偏差原因"));
  });
}

/** Field key ↔ cell of a layout's sheet, both ways. */
function keysByCell(spec: SheetSpec): Map<string, string> {
  return new Map(Object.entries(spec.fields!).map(([key, cell]) => [cell, key]));
}

const brief = (f: Pick<Finding, "rule" | "sheet" | "cell" | "expected" | "actual">) =>
  `${f.sheet} ${f.cell} ${f.rule} ${f.expected ?? ""} ${f.actual ?? ""}`;

describe("the seed forms in every layout the reader knows", () => {
  for (const layout of KNOWN_LAYOUTS) {
    describe(`${layout.name} (${layout.from})`, () => {
      it("reads every form as a project, each field at its layout's cell and as printed, what the layout lacks absent", () => {
        for (const source of SOURCES) {
          const forms = sourceForms(source);
          const { specs, result } = workbook(forms, layout.name);
          forms.forEach((form, i) => {
            const sheet = result.sheets[i];
            assert.equal(sheet.kind, "project", `${layout.name} ${form.id}`);
            if (sheet.kind === "project") assertReadAsPrinted(sheet.project, form, specs[i], layout.name);
          });
        }
      });

      it("gives the findings of Shanghai's layout at its own cells, but for the rules whose blocks it lacks", () => {
        for (const source of SOURCES) {
          const forms = sourceForms(source);
          const shanghai = workbook(forms, "plain");
          const here = workbook(forms, layout.name);
          const expected = shanghai.result.findings
            .filter((f) => layoutRuns(layout.name, f.rule))
            .map((f) => {
              const i = shanghai.specs.findIndex((s) => s.name === f.sheet);
              const key = keysByCell(shanghai.specs[i]).get(f.cell);
              assert.ok(key, `plain ${f.sheet} ${f.cell}: not a field`);
              const cell = here.specs[i].fields![key];
              assert.ok(cell, `${layout.name} has no ${key} for ${f.rule}, yet runs the rule`);
              return { ...f, cell };
            });
          const order = (fs: typeof expected) => fs.map(brief).sort();
          assert.deepEqual(order(here.result.findings), order(expected), `source ${source}`);
        }
      });
    });
  }
});
