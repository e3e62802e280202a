/**
 * Properties of reading and checking, on random sheets: the core never throws on sheet
 * content, every finding is well-formed and in report order, and where the form stands in
 * the sheet (or what junk lies far below it) changes nothing but addresses.
 */
import { strict as assert } from "assert";
import Ajv2020 from "ajv/dist/2020";
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { checkGrids } from "../../src/core/check";
import { CellValue, Grid, Merge, a1, lastRow, parseA1 } from "../../src/core/grid";
import { LABEL, QUALITATIVE_LEVELS } from "../../src/core/labels";
import { Finding, SHEET_KINDS } from "../../src/core/model";
import { findForm } from "../../src/core/read/findForm";
import { projectData, toReport } from "../../src/core/report";
import { SEVERITY_RANK } from "../../src/core/ruleNames";
import { ALL_RULES } from "../../src/core/rules";
import { KNOWN_LAYOUTS, LayoutName, SheetSpec, formSheet, specGrid } from "../fixtures/layouts";
import { SeedForm, packageRoot, seedForms } from "../fixtures/seedForms";

const A1 = /^[A-Z]{1,3}[1-9][0-9]*$/;
const SEVERITY = new Map(ALL_RULES.map((r) => [r.id, r.meta.severity]));
const validateReport = new Ajv2020({ allErrors: true, strictRequired: false, allowUnionTypes: true }).compile(
  JSON.parse(fs.readFileSync(path.join(packageRoot(), "schema", "report.schema.json"), "utf8")),
);

// ---------------------------------------------------------------------------------------
// Random sheet content: the form's own words, targets, numbers as users type them, junk.

const labelText = fc.constantFrom(
  ...Object.values(LABEL),
  ...QUALITATIVE_LEVELS,
  "年度资金总额：", "其中：当年财政拨款", "执行率(%)", "项目资金（万元）", "偏差原因分析及改进措施",
  "(2024年度)", "（2023年度）", "2024年", "产出指标", "数量指标", "效益指标", "社会效益指标", "满意度指标",
  "服务对象满意度指标", "优", "良", "中", "差", "无", "-", "—", "/", "指标修改为“某某”",
);
const op = fc.constantFrom("≥", "≤", "=", ">", "<", ">=", "<=", "＞", "＜", "＝", "");
const unit = fc.constantFrom("(%)", "（%）", "(人次)", "(null)", "(百分比)", "(％)", "()", "%", "", "(");
const targetText = fc
  .tuple(op, fc.oneof(fc.integer({ min: -10, max: 5000 }), fc.double({ min: 0, max: 1e4, noNaN: true })), unit)
  .map(([o, n, u]) => `${o}${typeof n === "number" && !Number.isInteger(n) ? n.toFixed(2) : n}${u}`);
const numberText = fc.constantFrom("2,270.22", " 10.00 ", "99.34%", "478.47", "1,2,3", "-0.00", "１０.００", ".5", "5.", "1e3");
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: labelText },
  { weight: 2, arbitrary: targetText },
  { weight: 2, arbitrary: fc.double({ noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -1000, max: 3000 }) },
  { weight: 1, arbitrary: numberText },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom("", "  ", "#DIV/0!", "#N/A", "#VALUE!") },
  { weight: 1, arbitrary: fc.boolean() },
);
const numberFormat = fc.option(fc.constantFrom("0.00%", "0%", "0.00", "General", "@", "#,##0.00", '0.00"%"', "0.00\\%"), { nil: null });

/** Merges anywhere on the sheet: overlapping, partly or wholly outside the used range (never at negative positions). */
const merge = (rows: number, cols: number): fc.Arbitrary<Merge> =>
  fc
    .tuple(fc.nat(rows + 5), fc.nat(cols + 5), fc.nat(6), fc.nat(4))
    .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

const randomGrid = (name: string): fc.Arbitrary<Grid> =>
  fc
    .record({ rows: fc.integer({ min: 0, max: 60 }), cols: fc.integer({ min: 0, max: 20 }), top: fc.nat(30), left: fc.nat(10) })
    .chain(({ rows, cols, top, left }) =>
      fc.record({
        values: fc.array(fc.array(cellValue, { maxLength: cols }), { minLength: rows, maxLength: rows }),
        formats: fc.option(fc.array(fc.array(numberFormat, { maxLength: cols }), { maxLength: rows }), { nil: undefined }),
        merges: fc.array(merge(top + rows, left + cols), { maxLength: 12 }),
      }).map(({ values, formats, merges }) => ({ name, top, left, values, formats, merges })),
    );

/** A seed form in a random layout of any province, with random cells overwritten and random merges added. */
const corruptedForm = (name: string): fc.Arbitrary<Grid> =>
  fc
    .record({
      index: fc.nat(seedForms().length - 1),
      layout: fc.constantFrom(...KNOWN_LAYOUTS.map((l) => l.name)),
      edits: fc.array(fc.tuple(fc.nat(45), fc.nat(12), cellValue, numberFormat), { maxLength: 25 }),
      merges: fc.array(merge(45, 12), { maxLength: 6 }),
    })
    .map(({ index, layout, edits, merges }) => {
      const grid = specGrid(formSheet(seedForms()[index], layout, name));
      const formats = (grid.formats ??= []);
      for (const [r, c, v, f] of edits) {
        // Rows stay dense arrays (as adapters deliver them); a short row is fine.
        while (grid.values.length <= r) grid.values.push([]);
        while (formats.length <= r) formats.push([]);
        grid.values[r][c] = v;
        formats[r][c] = f;
      }
      grid.merges.push(...merges);
      return grid;
    });

const workbook = fc
  .integer({ min: 1, max: 3 })
  .chain((n) =>
    fc.tuple(...Array.from({ length: n }, (_, i) => fc.oneof(randomGrid(`表${i + 1}`), corruptedForm(`表${i + 1}`)))),
  );

// ---------------------------------------------------------------------------------------
// What every check result must be.

function assertWellFormed(grids: Grid[], findings: Finding[]): void {
  const names = grids.map((g) => g.name);
  const seen = new Set<string>();
  let previous: [number, number, number] | undefined;
  for (const f of findings) {
    // A finding may be less severe than its rule (MISSING_LEVEL1 without 满意度 only), never more.
    assert.ok(SEVERITY.has(f.rule), `${f.rule}: not a registered rule`);
    assert.ok(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[SEVERITY.get(f.rule)!], `${f.rule}: more severe than its rule`);
    assert.match(f.cell, A1);
    assert.ok(typeof f.message === "string" && f.message.trim() !== "", `${f.rule}: empty message`);
    assert.ok(names.includes(f.sheet), `${f.rule}: unknown sheet ${f.sheet}`);
    const key = `${f.rule}|${f.sheet}|${f.cell}`;
    assert.ok(!seen.has(key), `${key} reported twice`);
    seen.add(key);
    const at = parseA1(f.cell)!;
    const position: [number, number, number] = [names.indexOf(f.sheet), at.row, at.col];
    if (previous) {
      const order = previous[0] - position[0] || previous[1] - position[1] || previous[2] - position[2];
      assert.ok(order <= 0, `${key} out of order`);
    }
    previous = position;
  }
}

describe("reading and checking random sheets", () => {
  it("never throws, and reads each sheet as a project or names what else it is", () => {
    fc.assert(
      fc.property(fc.oneof(randomGrid("表1"), corruptedForm("表1")), (grid) => {
        const reading = findForm(grid);
        assert.ok((SHEET_KINDS as readonly string[]).includes(reading.kind));
        if (reading.kind === "project") {
          assert.equal(reading.project.sheet, "表1");
          assert.match(reading.project.origin, A1);
          for (const ind of reading.project.indicators) assert.ok(Number.isInteger(ind.row) && ind.row >= 1);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("gives well-formed findings, once each, in sheet, row and column order, and a valid report", () => {
    fc.assert(
      fc.property(workbook, (grids) => {
        const result = checkGrids(grids);
        assertWellFormed(grids, result.findings);
        const others = result.sheets.filter((s) => s.kind !== "project").map((s) => s.name);
        assert.ok(result.findings.every((f) => !others.includes(f.sheet)), "a finding on a sheet that is not a form");
        const report = JSON.parse(JSON.stringify(toReport("random.xlsx", result)));
        assert.ok(validateReport(report), JSON.stringify(validateReport.errors));
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------------------
// Where the form stands, and what lies below it.

/** A seed form with one printed value changed, so that there is something to find. */
const seedCase = fc.record({
  index: fc.nat(seedForms().length - 1),
  layout: fc.constantFrom<LayoutName>(...KNOWN_LAYOUTS.map((l) => l.name)),
  change: fc.constantFrom<((f: SeedForm) => void)[]>(
    () => {},
    (f) => (f.totalScore = "12.34"),
    (f) => (f.funds.total[4] = "50.00"),
    (f) => (f.indicators[0].reason = "无"),
    (f) => (f.indicators[0].score = "-1"),
    (f) => (f.indicators[0].level2 = "生态效益指标"),
    (f) => (f.grade = "差"),
  ),
});

function seedSpec({ index, layout, change }: { index: number; layout: LayoutName; change: (f: SeedForm) => void }): SheetSpec {
  const form = structuredClone(seedForms()[index]);
  change(form);
  return formSheet(form, layout, "表");
}

function shifted(spec: SheetSpec, dr: number, dc: number): SheetSpec {
  return {
    ...spec,
    cells: spec.cells.map((c) => ({ ...c, row: c.row + dr, col: c.col + dc })),
    merges: spec.merges.map((m) => ({ top: m.top + dr, left: m.left + dc, bottom: m.bottom + dr, right: m.right + dc })),
  };
}

const shiftCell = (cell: string, dr: number, dc: number) => {
  const at = parseA1(cell)!;
  return a1(at.row + dr, at.col + dc);
};

describe("moving a form around its sheet", () => {
  it("changes the findings' addresses by the shift and nothing else", () => {
    fc.assert(
      fc.property(seedCase, fc.nat(400), fc.nat(40), (c, dr, dc) => {
        const spec = seedSpec(c);
        const before = checkGrids([specGrid(spec)]).findings;
        const after = checkGrids([specGrid(shifted(spec, dr, dc))]).findings;
        // Messages name cells only in their causes (（先修正 G24）), which move with the form.
        const strip = (f: Finding) => ({ rule: f.rule, severity: f.severity, messageId: f.messageId, data: f.data, expected: f.expected, actual: f.actual });
        assert.deepEqual(after.map((f) => f.cell), before.map((f) => shiftCell(f.cell, dr, dc)));
        assert.deepEqual(after.map((f) => f.causes?.map((c) => c.cell)), before.map((f) => f.causes?.map((c) => shiftCell(c.cell, dr, dc))));
        assert.deepEqual(after.map(strip), before.map(strip));
      }),
      { numRuns: 100 },
    );
  });

  it("reads the same project with 5,000 rows of junk in shuffled order below the form (in every layout)", () => {
    const junkCell = fc.oneof(
      fc.constant(null),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.constantFrom("备注", "合计", "附件", "说明：见上表", "2,270.22", "≥90(%)", "达成", "#N/A", "联系人：张三"),
    );
    fc.assert(
      fc.property(
        seedCase,
        fc.array(fc.array(junkCell, { maxLength: 14 }), { minLength: 10, maxLength: 30 }),
        fc.nat(200),
        fc.integer(),
        (c, block, gap, seed) => {
          const grid = specGrid(seedSpec(c));
          const plain = checkGrids([grid]);
          const junk = shuffle(Array.from({ length: 5000 }, (_, i) => block[i % block.length]), seed);
          // A table with no 总分 row or notes to end it (中央, 银川) ends at two empty rows: junk starts below them.
          const below = lastRow(grid) + 1 + gap + (endsWithoutTotal(c.layout) ? 2 : 0);
          const withJunk: Grid = {
            ...grid,
            values: [...grid.values, ...Array.from({ length: below - lastRow(grid) - 1 }, () => []), ...junk.map((r) => [...r])],
          };
          const checked = checkGrids([withJunk]);
          const [a, b] = [plain.sheets[0], checked.sheets[0]];
          assert.ok(a.kind === "project" && b.kind === "project");
          assert.deepEqual(projectData(b.project), projectData(a.project));
          assert.deepEqual(checked.findings, plain.findings);
        },
      ),
      { numRuns: 10 },
    );
  });
});

/** The layouts whose indicator table nothing ends but the sheet (no 总分, 合计 or 说明 row under it). */
function endsWithoutTotal(layout: LayoutName): boolean {
  return ["central", "ningxia"].includes(layout);
}

/** Fisher–Yates with a small seeded generator (mulberry32), so a failing case replays. */
function shuffle<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
