/**
 * Both exports give the user a result on every platform: a download where the platform has one,
 * else what works there — the report's text to copy (Excel for Mac ignores downloads:
 * office-js#2700, #3385) or the 检查结果 sheet kept in the workbook to save a copy of (no
 * CompressedFile on Excel on the web by one docs table: #5297; or getFileAsync failing).
 */
import { strict as assert } from "assert";
import { RESULTS_SHEET } from "../../src/core/findingsList";
import { officeHost } from "../../src/host/office";
import type { SaveFile, SpreadsheetHost } from "../../src/host/types";
import { exportCheckedCopy, exportReport, reportJson } from "../../src/taskpane/exportModel";
import { checkWorkbook } from "../../src/office";
import { PAINT } from "../../src/office/highlights";
import { SimWorkbook } from "../sim/excel";
import type { ProfileName } from "../sim/profiles";
import { contents, expectedFindings, seedSpecs, simOf, userSheets } from "./simHost";

/** The Office host with its downloads caught (there is no DOM here). */
function hostOn(profile: ProfileName): { sim: SimWorkbook; host: SpreadsheetHost; saved: SaveFile[] } {
  const sim = simOf(seedSpecs("plain")).useProfile(profile);
  const saved: SaveFile[] = [];
  const host = { ...officeHost(), saveFile: async (file: SaveFile) => void saved.push(file) };
  return { sim, host, saved };
}

describe("exports on every platform", () => {
  it("downloads both on Windows: the report and the workbook with 检查结果, which is gone again", async () => {
    const { sim, host, saved } = hostOn("windows");
    const result = await checkWorkbook();
    assert.deepEqual(await exportReport(host, "自评.xlsx", result), { kind: "saved", file: "自评.report.json" });
    assert.equal(saved[0].data, reportJson("自评.xlsx", result));
    const before = userSheets(sim.state).map((s) => s.name);
    assert.deepEqual((await exportCheckedCopy(host, "自评.xlsx")).outcome, { kind: "saved", file: "自评.checked.xlsx" });
    const copy = SimWorkbook.fromBytes(saved[1].data as Uint8Array);
    assert.equal(copy.state.sheets[0].name, RESULTS_SHEET);
    assert.deepEqual(userSheets(sim.state).map((s) => s.name), before);
  });

  it("on Mac, which downloads nothing, gives the report as text to copy and keeps 检查结果 in the workbook to save a copy of", async () => {
    const { sim, host, saved } = hostOn("mac");
    const specs = seedSpecs("plain");
    const result = await checkWorkbook();
    const before = sim.snapshot();
    assert.deepEqual(await exportReport(host, "自评.xlsx", result), { kind: "text", file: "自评.report.json", text: reportJson("自评.xlsx", result) });
    assert.deepEqual(sim.snapshot(), before, "the report changes nothing");

    const copy = await exportCheckedCopy(host, "自评.xlsx");
    assert.deepEqual(copy.outcome, { kind: "sheet", sheet: RESULTS_SHEET, file: "自评.checked.xlsx", why: "noDownload" });
    assert.equal(copy.repainted, false, "the marks were on before: nothing new to say");
    assert.deepEqual(saved, [], "no download that would silently do nothing");
    const list = sim.state.sheets[0];
    assert.equal(list.name, RESULTS_SHEET);
    assert.equal(sim.activeSheet, RESULTS_SHEET, "the user sees it");
    assert.equal(Object.keys(list.cells).filter((k) => /^A\d+$/.test(k)).length, expectedFindings(specs).length + 1);
    const [f] = expectedFindings(specs);
    assert.equal(sim.cell(f.sheet, f.cell).fill?.color, PAINT[f.severity], "the marks are on");
    assert.deepEqual(contents({ ...sim.state, sheets: sim.state.sheets.slice(1) }), contents(before), "no value of the user's changed");
  });

  it("on Excel on the web without CompressedFile downloads the report and keeps 检查结果 for 下载副本", async () => {
    const { sim, host, saved } = hostOn("web");
    const result = await checkWorkbook();
    assert.equal((await exportReport(host, "a.xlsx", result)).kind, "saved");
    assert.deepEqual((await exportCheckedCopy(host, "a.xlsx")).outcome, { kind: "sheet", sheet: RESULTS_SHEET, file: "a.checked.xlsx", why: "noFile" });
    assert.equal(saved.length, 1);
    assert.equal(sim.state.sheets[0].name, RESULTS_SHEET);
    assert.equal(sim.openFiles, 0);
  });

  it("falls back to the sheet when getFileAsync fails, saying why", async () => {
    const { sim, host, saved } = hostOn("windows");
    sim.openFiles = 1; // a file an earlier caller left open: Excel hands out one at a time
    const { outcome: copy } = await exportCheckedCopy(host, "a.xlsx");
    assert.equal(copy.kind, "sheet");
    assert.ok(copy.kind === "sheet" && copy.why === "fileFailed" && /one file/.test(copy.detail ?? ""), JSON.stringify(copy));
    assert.deepEqual(saved, []);
    assert.deepEqual(sim.state.sheets.filter((s) => s.name.startsWith(RESULTS_SHEET)).map((s) => s.name), [RESULTS_SHEET], "one list, kept");
  });
});
