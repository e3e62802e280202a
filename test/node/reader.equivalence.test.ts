/**
 * The streaming reader (src/node/xlsx) against the ExcelJS reader it replaced (test/node/exceljsGrid):
 * the same grids on random workbooks written by ExcelJS, and on every workbook the fixtures,
 * the bundled example and the template writer produce.
 */
import { strict as assert } from "assert";
import ExcelJS from "exceljs";
import fc from "fast-check";
import * as path from "path";
import type { Grid, Merge } from "../../src/core/grid";
import { convertSheets } from "../../src/core/summary";
import { readSheet } from "../../src/core/check";
import { templateForm } from "../../src/core/template";
import { templateWorkbook } from "../../src/node/templateWriter";
import { xlsxGrids } from "../../src/node/xlsx/workbook";
import { EXAMPLE } from "../../scripts/makeExample";
import { LAYOUTS, seedSheets, seedWorkbook, specGrid } from "../fixtures/layouts";
import { packageRoot, seedForms } from "../fixtures/seedForms";
import { exceljsGrids } from "./exceljsGrid";

async function bothReaders(workbook: ExcelJS.Workbook): Promise<{ streaming: Grid[]; exceljs: Grid[] }> {
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return { streaming: xlsxGrids(bytes), exceljs: await exceljsGrids(bytes) };
}

// ---------------------------------------------------------------------------------------
// Random workbooks: every kind of value ExcelJS writes, with formats, merges and sheet states.

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(..."项目名称资金执行率得分优良中差年度指标（）%≥≤ \n\t&<>\"'"), maxLength: 12 }),
  fc.constantFrom("", " ", "  10.00 ", "2,270.22", "#DIV/0!", "=A1", "_x000D_", "a\r\nb"),
);
const numberFormat = fc.constantFrom(undefined, "0.00%", "0%", "0.00", "#,##0.00", "@", '0.00"元"', "0.00_);[Red](0.00)", "0.00E+00");
const dateFormat = fc.constantFrom("yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "mm-dd-yy", "[$-804]yyyy/m/d", "yyyy-mm-dd hh:mm");
/** Excel's dates from 1900-03-01 (serial 61, past its fictitious leap day) to 9999-12-31. */
const date = fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true });
const number = fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).filter((x) => !Object.is(x, -0)));
// Not "": ExcelJS reads a cached empty text as no result; the streaming reader as the empty text it is (reader.test.ts).
const formulaResult = fc.oneof(number, fc.string({ unit: fc.constantFrom(..."abc中文 1"), minLength: 1, maxLength: 6 }), fc.boolean(), fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }));

type CellSpec = { value: ExcelJS.CellValue; numFmt?: string };
const cell: fc.Arbitrary<CellSpec> = fc.oneof(
  { weight: 3, arbitrary: text.map((value) => ({ value })) },
  { weight: 3, arbitrary: fc.tuple(number, numberFormat).map(([value, numFmt]) => ({ value, numFmt })) },
  { weight: 1, arbitrary: fc.boolean().map((value) => ({ value })) },
  { weight: 1, arbitrary: fc.tuple(date, dateFormat).map(([value, numFmt]) => ({ value, numFmt })) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 61, max: 2958465 }), dateFormat).map(([value, numFmt]) => ({ value, numFmt })) },
  { weight: 2, arbitrary: fc.tuple(formulaResult, numberFormat).map(([result, numFmt]) => ({ value: { formula: "SUM(A1:A2)", result } as ExcelJS.CellFormulaValue, numFmt })) },
  { weight: 1, arbitrary: fc.constant({ value: { formula: "B2*2" } as ExcelJS.CellFormulaValue }) },
  { weight: 1, arbitrary: fc.constantFrom("#N/A", "#REF!", "#VALUE!").map((error) => ({ value: { error } as ExcelJS.CellErrorValue })) },
  { weight: 1, arbitrary: fc.array(text, { minLength: 1, maxLength: 3 }).map((runs) => ({ value: { richText: runs.map((t, i) => ({ text: t, font: { bold: i % 2 === 0 } })) } })) },
  { weight: 1, arbitrary: text.filter((t) => t !== "").map((t) => ({ value: { text: t, hyperlink: "https://example.org/" } })) },
);

interface RandomSheet {
  cells: [number, number, CellSpec][];
  merges: [number, number, number, number][];
  state: ExcelJS.WorksheetState;
}

const sheet: fc.Arbitrary<RandomSheet> = fc.record({
  cells: fc.array(fc.tuple(fc.nat(70), fc.nat(24), cell), { maxLength: 60 }),
  merges: fc.array(fc.tuple(fc.nat(60), fc.nat(20), fc.nat(4), fc.nat(3)), { maxLength: 6 }),
  state: fc.constantFrom<ExcelJS.WorksheetState>("visible", "visible", "hidden", "veryHidden"),
});

/** Merges that do not overlap: ExcelJS (like Excel) refuses overlapping ones. */
function separate(merges: [number, number, number, number][]): Merge[] {
  const kept: Merge[] = [];
  for (const [top, left, h, w] of merges) {
    const m = { top, left, bottom: top + h, right: left + w };
    if (h + w === 0) continue;
    if (kept.some((k) => k.left <= m.right && m.left <= k.right && k.top <= m.bottom && m.top <= k.bottom)) continue;
    kept.push(m);
  }
  return kept;
}

function randomWorkbook(sheets: RandomSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  sheets.forEach((s, i) => {
    const ws = workbook.addWorksheet(`表${i + 1}`, { state: i === 0 ? "visible" : s.state });
    for (const [r, c, spec] of s.cells) {
      const target = ws.getCell(r + 1, c + 1);
      target.value = spec.value;
      if (spec.numFmt) target.numFmt = spec.numFmt;
    }
    for (const m of separate(s.merges)) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  });
  return workbook;
}

describe("the streaming reader gives the grids the ExcelJS reader gave", () => {
  it("on random workbooks written by ExcelJS: values of every type, formats, merges, rich text, dates, formulas, hidden sheets", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), async (sheets) => {
        const { streaming, exceljs } = await bothReaders(randomWorkbook(sheets));
        assert.deepEqual(streaming, exceljs);
      }),
      { numRuns: Number(process.env.PERFEVAL_RUNS ?? 150) },
    );
  });

  it("on the seed forms in every layout, with the sheets that are not forms", async () => {
    for (const layout of LAYOUTS) {
      const { streaming, exceljs } = await bothReaders(seedWorkbook(seedForms(), { layout, others: true }));
      assert.equal(streaming.length, seedForms().length + 3);
      assert.deepEqual(streaming, exceljs, layout);
    }
  });

  it("on the bundled example", async () => {
    const file = path.join(packageRoot(), EXAMPLE);
    assert.deepEqual(xlsxGrids(file), await exceljsGrids(file));
  });

  it("on the templates: a blank form, and the 44 seed forms rebuilt with their 汇总 and 字典 sheets", async () => {
    const book = convertSheets(seedSheets(seedForms()).map((s) => readSheet(specGrid(s))));
    for (const sheets of [[templateForm()], [book.summary, ...book.forms]]) {
      const { streaming, exceljs } = await bothReaders(templateWorkbook(sheets));
      assert.ok(streaming.length >= sheets.length);
      assert.deepEqual(streaming, exceljs);
    }
  });
});
