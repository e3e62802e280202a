/**
 * The checked copy is the input plus the marks, nothing else: on the bundled example and on a
 * feature-rich workbook (and its .xlsm twin), part by part and cell by cell.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { EXAMPLE } from "../../scripts/makeExample";
import { perfeval, tempDir } from "../cli/helpers";
import { packageRoot } from "../fixtures/seedForms";
import { STORED_MAPPING, VBA_PROJECT, asMacroWorkbook, featuresWithStoredData, packageParts } from "../support/featureWorkbooks";
import { assertMark, worstByCell } from "../support/marks";
import { xmlDiff } from "../support/xmlDiff";
import { sofficeConvert } from "../template/soffice";

interface Report {
  sheets: { name: string; cells?: Record<string, string> }[];
  findings: { sheet: string; cell: string; rule: string; message: string; severity: "error" | "warning" | "info" }[];
}

/** Parts that must come back byte for byte whatever the findings (what copy-diff.mjs checks too). */
const KEEP = /^(xl\/(charts|chartsheets|pivotTables|pivotCache|externalLinks|media|embeddings|ctrlProps|slicers|slicerCaches|queryTables|connections|drawings\/drawing|theme|tables|printerSettings)|customXml\/|docProps\/(core|custom)\.xml$|xl\/vbaProject\.bin$|xl\/sharedStrings\.xml$|xl\/calcChain\.xml$)/;

const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

/** The sheet part of every sheet name, read from workbook.xml and its relationships. */
function sheetParts(parts: Map<string, Uint8Array>): Map<string, string> {
  const workbook = decode(parts.get("xl/workbook.xml")!);
  const rels = decode(parts.get("xl/_rels/workbook.xml.rels")!);
  const targets = new Map([...rels.matchAll(/<Relationship\b[^>]*?Id="([^"]+)"[^>]*?Target="([^"]+)"/g)].map((m) => [m[1], m[2]]));
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    out.set(m[1].replace(/&amp;/g, "&"), `xl/${targets.get(m[2])!.replace(/^\/?xl\//, "")}`);
  }
  return out;
}

const key = (v: unknown): string => JSON.stringify(v ?? null, (_k, x) => (x && typeof x === "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort()) : x));

function valueKey(v: ExcelJS.CellValue): string {
  if (v && typeof v === "object" && "formula" in v) return `f:${(v as ExcelJS.CellFormulaValue).formula}=${key((v as ExcelJS.CellFormulaValue).result)}`;
  if (v && typeof v === "object" && "sharedFormula" in v) return `sf:${key((v as ExcelJS.CellSharedFormulaValue).result)}`;
  return key(v);
}

const noteText = (note: ExcelJS.Cell["note"]): string | undefined =>
  note === undefined ? undefined : typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

function describeCopy(title: string, make: (dir: string) => Promise<string> | string, options: { extension?: string; expectMarked?: number; storedMapping?: boolean; libreoffice?: boolean } = {}) {
  describe(`the checked copy of ${title}`, () => {
    const dir = tempDir();
    let input = "";
    let copy = "";
    let report: Report;
    let original: Map<string, Uint8Array>;
    let copied: Map<string, Uint8Array>;
    let flagged: Map<string, Set<string>>;

    before(async () => {
      input = await make(dir);
      copy = path.join(dir, `checked${options.extension ?? ".xlsx"}`);
      report = JSON.parse((await perfeval(["check", input, "--format", "json"])).stdout);
      const r = await perfeval(["check", input, "--out", copy]);
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
      original = packageParts(fs.readFileSync(input));
      copied = packageParts(fs.readFileSync(copy));
      flagged = new Map();
      for (const f of report.findings) {
        if (!flagged.has(f.sheet)) flagged.set(f.sheet, new Set());
        flagged.get(f.sheet)!.add(f.cell);
      }
    });

    const flaggedCells = () => [...flagged].flatMap(([sheet, cells]) => [...cells].map((c) => `${sheet}!${c}`)).sort();

    if (options.expectMarked !== undefined) {
      it(`has ${options.expectMarked} finding cells to mark`, () => assert.equal(flaggedCells().length, options.expectMarked));
    }

    it("keeps every part of the input; charts, pivots, links, media, custom XML, properties and macros byte for byte", () => {
      const lost = [...original.keys()].filter((name) => !copied.has(name));
      assert.deepEqual(lost, []);
      const altered = [...original.keys()].filter((name) => KEEP.test(name) && !same(original.get(name)!, copied.get(name)!));
      assert.deepEqual(altered, []);
      const kept = [...original.keys()].filter((name) => KEEP.test(name)).length;
      assert.ok(kept > 0 || !title.includes("feature"), "the feature workbook has such parts");
    });

    it("changes no sheet without a finding, except that its tab is no longer the selected one", () => {
      const parts = sheetParts(original);
      for (const [sheet, part] of parts) {
        if (flagged.has(sheet)) continue;
        const diff = xmlDiff(decode(original.get(part)!), decode(copied.get(part)!));
        assert.ok(diff.every((line) => /^\w+\/sheetViews\/sheetView @tabSelected (1|true)→$/.test(line)), `${sheet}: ${diff.join("\n")}`);
      }
    });

    it("changes in a flagged sheet only the flagged cells' styles, the link to its notes and its tab selection", () => {
      const parts = sheetParts(original);
      for (const [sheet, cells] of flagged) {
        const part = parts.get(sheet)!;
        const diff = xmlDiff(decode(original.get(part)!), decode(copied.get(part)!));
        const touched = new Set<string>();
        for (const line of diff) {
          const cell = /^(?:\+ )?worksheet\/sheetData\/row\[\d+\]\/c\[([A-Z]+\d+)\](?: @s \d*→\d+)?$/.exec(line)?.[1];
          const newRow = /^\+ worksheet\/sheetData\/row\[(\d+)\]$/.exec(line);
          if (cell) {
            assert.ok(cells.has(cell), `${sheet}: ${line} is not a finding cell`);
            touched.add(cell);
          } else if (newRow) {
            for (const c of cells) if (c.replace(/^[A-Z]+/, "") === newRow[1]) touched.add(c);
          } else {
            assert.match(line, /^(\+ worksheet\/legacyDrawing|worksheet\/sheetViews\/sheetView @tabSelected (1|true)→|worksheet\/dimension @ref \S+→\S+|worksheet\/sheetData\/row\[\d+\] @spans \S+→\S+)$/, `${sheet}: ${line}`);
          }
        }
        assert.deepEqual([...cells].filter((c) => !touched.has(c)), [], `${sheet}: every finding cell gets its own style`);
      }
    });

    it("appends to styles.xml: new fills, fonts and formats after the existing ones, none changed", () => {
      const diff = xmlDiff(decode(original.get("xl/styles.xml")!), decode(copied.get("xl/styles.xml")!));
      for (const line of diff) assert.match(line, /^(styleSheet\/(fonts|fills|cellXfs) @count \d+→\d+|\+ styleSheet\/(fonts\/font|fills\/fill|cellXfs\/xf)#\d+)$/, line);
    });

    it("gives each painted cell its own format: the one it had, only its fill changed", () => {
      const xfs = (styles: string) => {
        const list = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1];
        return list.match(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g)!;
      };
      const styleOf = (sheetXml: string, cell: string, fallback: number) => {
        const tag = new RegExp(`<c r="${cell}"[^>]*>|<c r="${cell}"[^>]*/>`).exec(sheetXml)?.[0];
        return tag ? Number(/\ss="(\d+)"/.exec(tag)?.[1] ?? 0) : fallback;
      };
      const oldXfs = xfs(decode(original.get("xl/styles.xml")!));
      const newXfs = xfs(decode(copied.get("xl/styles.xml")!));
      assert.deepEqual(newXfs.slice(0, oldXfs.length), oldXfs, "existing formats unchanged");
      const withoutFill = (xf: string) => xf.replace(/\s(fillId|applyFill)="[^"]*"/g, "");
      const parts = sheetParts(original);
      const used = new Map<number, string>();
      for (const [sheet, cells] of flagged) {
        const part = parts.get(sheet)!;
        for (const cell of cells) {
          const was = styleOf(decode(original.get(part)!), cell, -1);
          const now = styleOf(decode(copied.get(part)!), cell, -1);
          assert.ok(now >= oldXfs.length, `${sheet}!${cell} has a new format`);
          if (was >= 0) assert.equal(withoutFill(newXfs[now]), withoutFill(oldXfs[was]), `${sheet}!${cell}`);
          used.set(now, `${sheet}!${cell}`);
        }
      }
      // No cell outside the findings uses a new format.
      for (const [sheet, part] of parts) {
        for (const m of decode(copied.get(part)!).matchAll(/<c r="([A-Z]+\d+)"[^>]*?\ss="(\d+)"/g)) {
          if (Number(m[2]) >= oldXfs.length) assert.ok(flagged.get(sheet)?.has(m[1]), `${sheet}!${m[1]} uses a new format`);
        }
      }
    });

    it("adds the 检查结果 sheet first and moves what counts sheets by position, nothing else in workbook.xml", () => {
      const diff = xmlDiff(decode(original.get("xl/workbook.xml")!), decode(copied.get("xl/workbook.xml")!));
      assert.ok(diff.includes("+ workbook/sheets/sheet[检查结果]"), diff.join("\n"));
      for (const line of diff) {
        const moved = /^workbook\/definedNames\/definedName\[[^\]]+\](?:#\d+)? @localSheetId (\d+)→(\d+)$/.exec(line);
        if (moved) assert.equal(Number(moved[2]), Number(moved[1]) + 1, line);
        else assert.match(line, /^(\+ workbook\/sheets\/sheet\[检查结果\]|workbook\/bookViews\/workbookView @(activeTab|firstSheet) \d+→0)$/, line);
      }
      assert.match(decode(copied.get("xl/workbook.xml")!), /<sheets><sheet name="检查结果"/);
    });

    it("names the new sheet first in docProps/app.xml's list of worksheets, when the file has that list", () => {
      const app = decode(original.get("docProps/app.xml")!);
      const titles = (xml: string) => [.../<TitlesOfParts>([\s\S]*?)<\/TitlesOfParts>/.exec(xml)?.[1].matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g) ?? []].map((m) => m[1]);
      const now = decode(copied.get("docProps/app.xml")!);
      if (!/<TitlesOfParts>/.test(app)) return assert.equal(now, app);
      assert.deepEqual(titles(now), ["检查结果", ...titles(app)]);
      const count = (xml: string) => Number(/<vt:lpstr>Worksheets<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>(\d+)</.exec(xml)?.[1]);
      assert.equal(count(now), count(app) + 1);
    });

    it("only adds to the package's lists: relationships and content types", () => {
      for (const [name, part] of copied) {
        if (!/(\.rels|\[Content_Types\]\.xml)$/.test(name) || !original.has(name)) continue;
        const diff = xmlDiff(decode(original.get(name)!), decode(part));
        for (const line of diff) assert.match(line, /^\+ (Relationships\/Relationship|Types\/(Override|Default))\[[^\]]+\]$/, `${name}: ${line}`);
      }
    });

    it("appends findings to existing notes and adds notes only to finding cells; VML note boxes are kept", () => {
      for (const [name, part] of copied) {
        if (!/^xl\/comments\d*\.xml$/.test(name) || !original.has(name)) continue;
        for (const line of xmlDiff(decode(original.get(name)!), decode(part))) {
          assert.match(line, /^\+ comments\/(authors\/author#\d+|commentList\/comment\[[A-Z]+\d+\](\/text\/r#\d+)?)$/, `${name}: ${line}`);
        }
      }
      for (const [name, part] of original) {
        if (!name.endsWith(".vml")) continue;
        const shapes = decode(part).match(/<v:shape\b[\s\S]*?<\/v:shape>/g) ?? [];
        for (const shape of shapes) assert.ok(decode(copied.get(name)!).includes(shape), `${name} keeps its boxes`);
      }
    });

    it("ExcelJS reads it: the fill changed on exactly the finding cells, no value changed, notes only grew", async () => {
      const [a, b] = await Promise.all([load(input), load(copy)]);
      assert.equal(b.worksheets[0].name, "检查结果");
      const painted: string[] = [];
      for (const ws of a.worksheets) {
        const other = b.getWorksheet(ws.name)!;
        assert.ok(other, ws.name);
        const rows = Math.max(ws.rowCount, other.rowCount);
        const cols = Math.max(ws.columnCount, other.columnCount, 12);
        for (let r = 1; r <= rows; r++) {
          assert.equal(other.getRow(r).height, ws.getRow(r).height, `${ws.name} row ${r} height`);
          for (let c = 1; c <= cols; c++) {
            const x = ws.getCell(r, c);
            const y = other.getCell(r, c);
            assert.equal(valueKey(y.value), valueKey(x.value), `${ws.name}!${x.address} value`);
            if (key(x.fill) !== key(y.fill)) painted.push(`${ws.name}!${x.address}`);
            // (A painted cell's format is compared in styles.xml: ExcelJS spells out the default font once it is a copy.)
            if (!flagged.get(ws.name)?.has(x.address)) {
              for (const aspect of ["font", "border", "numFmt", "alignment", "protection"] as const) {
                assert.equal(key(y[aspect]), key(x[aspect]), `${ws.name}!${x.address} ${aspect}`);
              }
            }
            const was = noteText(x.note);
            const now = noteText(y.note);
            if (was !== undefined) assert.ok(now?.startsWith(was), `${ws.name}!${x.address} keeps its note`);
            if (now !== was) assert.ok(flagged.get(ws.name)?.has(x.address), `${ws.name}!${x.address}: a note without a finding`);
          }
        }
      }
      assert.deepEqual(painted.sort(), flaggedCells());
      assert.deepEqual(b.definedNames.model, a.definedNames.model, "print areas, print titles and names point where they did");
    });

    it("the 检查结果 sheet links every finding", async () => {
      const list = (await load(copy)).worksheets[0];
      const links: string[] = [];
      list.eachRow((row, n) => {
        if (n > 3) links.push(String((row.getCell(2).value as ExcelJS.CellFormulaValue).formula));
      });
      assert.equal(links.length, report.findings.length);
      for (const f of report.findings) assert.ok(links.some((l) => l.includes(`'${f.sheet}'!${f.cell}"`)), `${f.sheet}!${f.cell}`);
    });

    it("marks each finding's cell with its most severe finding's mark: error solid, warning hatched, 提示 dotted (core/marks.ts)", async () => {
      const book = await load(copy);
      const marks = worstByCell(report.findings);
      for (const [key, severity] of marks) {
        const [sheet, cell] = key.split("!");
        assertMark(book.getWorksheet(sheet)!.getCell(cell).fill, severity, key);
      }
      assert.ok(marks.size > 0);
    });

    if (options.storedMapping) {
      it("is checked with the stored mapping, and the cell it points at (not in the file) is marked", () => {
        const [sheet, fields] = Object.entries(STORED_MAPPING.sheets)[0];
        assert.equal(report.sheets.find((s) => s.name === sheet)?.cells?.grade, fields.grade);
        assert.ok(flagged.get(sheet)?.has(fields.grade));
      });
    }

    if (options.libreoffice) {
      it("opens in LibreOffice: it converts to xlsx with the marks, and prints to PDF", async () => {
        const [xlsx] = sofficeConvert([copy], path.join(dir, "lo-xlsx"), "xlsx");
        const [pdf] = sofficeConvert([copy], path.join(dir, "lo-pdf"), "pdf");
        assert.ok(fs.statSync(pdf).size > 1000);
        const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" });
        if (info.status === 0) assert.ok(Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]) > 0);
        const converted = await load(xlsx);
        assert.equal(converted.worksheets[0].name, "检查结果");
        // LibreOffice keeps the solid red; it may turn the hatch and the dots into a blended solid colour, but never into no fill.
        for (const [key, severity] of worstByCell(report.findings)) {
          const [sheet, cell] = key.split("!");
          const fill = converted.getWorksheet(sheet)!.getCell(cell).fill as ExcelJS.FillPattern | undefined;
          if (severity === "error") assert.equal(fill?.fgColor?.argb, "FFFFC7CE", key);
          else assert.ok(fill?.pattern && fill.pattern !== "none", `${key}: ${JSON.stringify(fill)}`);
        }
      });
    }
  });
}

// 39 cells: the 8 errors and warnings of the first rule set (the seeds' real mistakes) and 31 提示 of the
// second (17 LEVEL1_WEIGHTS, 13 OVER_TARGET_FULL_SCORE, 1 LOW_EXEC_FULL_MARKS), each on a cell of its own.
describeCopy("the bundled example", () => path.join(packageRoot(), EXAMPLE), { expectMarked: 39, libreoffice: true });

describeCopy(
  "a feature-rich workbook (charts, pivot table, external link, image, notes, stored mapping, custom property)",
  (dir) => {
    const file = path.join(dir, "features.xlsx");
    fs.writeFileSync(file, featuresWithStoredData());
    return file;
  },
  { storedMapping: true, libreoffice: true },
);

describeCopy(
  "a feature-rich macro workbook (.xlsm)",
  (dir) => {
    const file = path.join(dir, "features.xlsm");
    fs.writeFileSync(file, asMacroWorkbook(featuresWithStoredData()));
    return file;
  },
  { extension: ".xlsm", storedMapping: true },
);

describe("the checked copy of a macro workbook", () => {
  it("stays .xlsm with its VBA project; --out as .xlsx is refused in one line", async () => {
    const dir = tempDir();
    const file = path.join(dir, "macros.xlsm");
    fs.writeFileSync(file, asMacroWorkbook(featuresWithStoredData()));
    const refused = await perfeval(["check", file, "--out", path.join(dir, "copy.xlsx")]);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /^perfeval: --out 应为 \.xlsm 文件（输入的工作簿含宏/);
    assert.equal(refused.stderr.trim().split("\n").length, 1);
    assert.ok(!fs.existsSync(path.join(dir, "copy.xlsx")));
    await perfeval(["check", file, "--out", path.join(dir, "copy.xlsm")]);
    const parts = packageParts(fs.readFileSync(path.join(dir, "copy.xlsm")));
    assert.ok(same(parts.get("xl/vbaProject.bin")!, VBA_PROJECT));
    assert.match(decode(parts.get("[Content_Types].xml")!), /application\/vnd\.ms-excel\.sheet\.macroEnabled\.main\+xml/);
  });
});
