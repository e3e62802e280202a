/**
 * The pane's main flows in Chromium once with the WPS host: dist-wps's task pane page (the Excel
 * pane, without office.js) on the WPS simulator in place of WPS — check → list → click selects
 * the cell → 清除标记 restores every fill; the ribbon's 检查工作簿; a field re-pointed and the next
 * check following it; 插入自评表; a setting saved; the report saved through WPS's Save As dialog;
 * English where WPS's interface is English. The Excel runs of the same flows are beside this file.
 */
import { strict as assert } from "assert";
import { CONFIG_NS } from "../../src/core/config/stored";
import { resolveConfig } from "../../src/core/config";
import { MAPPING_NS, partJson } from "../../src/core/storedData";
import { TEMPLATE_SHEET, templateForm } from "../../src/core/template";
import { paintTargets } from "../../src/host/marks";
import { bgrOf } from "../../src/host/wps/fills";
import { PANE_REQUEST_KEY } from "../../src/wps/requests";
import { MESSAGES, setLocale, t } from "../../src/taskpane/i18n";
import { fieldLabel } from "../../src/taskpane/mappingModel";
import { contents, fills } from "../host/wps/support";
import { storeSheetDocuments } from "../office/simHost";
import type { WpsState } from "../wps-sim/wps";
import { assertNoProblems, byTestId, screenshot, shownFindings, textOf } from "./session";
import { coreCheck, coreProject, countsOf, e2eForms, e2eSpecs, layoutOf, listOrder } from "./workbooks";
import { WpsPaneWorkbook, runWpsCheck, useWpsPaneBrowser, waitForCheck, wpsState } from "./wpsPane";

/** Runs in the page: whether the status line says `expected`. */
const statusIs = (expected: string) => document.querySelector('[data-testid="status"]')?.textContent === expected;

/** The documents a namespace has in the parts and in the store sheet of a WPS workbook. */
function stored(state: WpsState, namespace: string): { part: unknown[]; sheet: unknown } {
  const part = state.customXmlParts.map((p) => p.xml).filter((x) => x.includes(`xmlns="${namespace}"`)).map(partJson);
  return { part, sheet: storeSheetDocuments(state)?.[namespace] };
}

describe("task pane in Chromium with the WPS host", function () {
  this.timeout(90_000);
  const browser = useWpsPaneBrowser();
  const specs = e2eSpecs();
  const expected = coreCheck(specs);
  const firstError = expected.findings.find((f) => f.severity === "error")!;
  const book = (extra: Omit<WpsPaneWorkbook, "specs"> = {}): WpsPaneWorkbook => ({ specs, ...extra });
  before(() => setLocale("zh"));

  it("checks as the core does, a finding selects its cell in WPS, and 清除标记 gives every fill back", async () => {
    const pane = await browser.open(book({ fills: [{ sheet: firstError.sheet, address: firstError.cell, color: "#00B0F0" }, { sheet: "封面", address: "A1", color: "#FFFF00" }] }));
    const { page } = pane;
    const before = await wpsState(page);
    assert.equal(await textOf(page, byTestId("tab-check")), "检查");
    await runWpsCheck(page);
    assert.deepEqual(await shownFindings(page), listOrder(expected.findings).map((f) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message })));
    const counts = countsOf(expected.findings);
    assert.equal(await textOf(page, byTestId("status")), t("check.done", { errors: counts.error, warnings: counts.warning, infos: counts.info }));

    const checked = await wpsState(page);
    for (const target of paintTargets(expected.findings)) {
      assert.equal((fills(checked)[`${target.sheet}!${target.cell}`] as { color: number }).color, bgrOf(target.paint), `${target.sheet}!${target.cell}`);
    }
    assert.deepEqual(contents(checked), contents(before), "the check changed no value or formula");
    await screenshot(page, "wps-01-check.png");

    const last = expected.findings[expected.findings.length - 1];
    for (const f of [last, firstError]) {
      await page.click(`[data-testid="finding"][data-sheet="${f.sheet}"][data-cell="${f.cell}"][data-rule="${f.rule}"]`);
      await page.waitForFunction(({ sheet, cell }) => window.__wps.book.selection?.sheet === sheet && window.__wps.book.selection?.address === cell, { sheet: f.sheet, cell: f.cell });
    }

    await page.waitForSelector(`${byTestId("check-clear")}:not([disabled])`);
    await page.click(byTestId("check-clear"));
    const targets = paintTargets(expected.findings).length;
    await page.waitForFunction(statusIs, t("check.cleared", { count: targets }));
    const cleared = await wpsState(page);
    assert.deepEqual(cleared.sheets.map((s) => [s.name, s.cells]), before.sheets.map((s) => [s.name, s.cells]), "every cell's fill and value as before");
    assert.deepEqual(cleared.customXmlParts, before.customXmlParts, "and nothing of ours is left: no part, no store sheet");
    assert.equal(await page.isDisabled(byTestId("check-clear")), true);
    await assertNoProblems(pane);
  });

  it("runs the pane's own check when the ribbon's 检查工作簿 asks for it (WPS's main page leaves the request in PluginStorage)", async () => {
    const pane = await browser.open(book());
    const { page } = pane;
    await page.click(byTestId("tab-export"));
    const reads = await page.evaluate(() => window.__wps.book.callCount("Range.Value2.get"));
    await page.evaluate((key) => window.wps.PluginStorage.setItem(key, JSON.stringify({ command: "check", at: Date.now() })), PANE_REQUEST_KEY);
    await waitForCheck(page, reads);
    assert.equal(await page.getAttribute(byTestId("tab-check"), "aria-selected"), "true", "the 检查 tab shows the run");
    assert.equal((await shownFindings(page)).length, expected.findings.length);
    assert.equal(await page.evaluate((key) => window.wps.PluginStorage.getItem(key), PANE_REQUEST_KEY), null, "the request is taken once");
    await assertNoProblems(pane);
  });

  it("points a field at the cell selected in WPS, keeps it as Excel does (part and store sheet), and the next check follows it", async () => {
    const sheet = e2eForms().map((f) => f.name).find((name) => layoutOf(name) === "offset" && !expected.findings.some((f) => f.sheet === name && f.rule === "TOTAL_SUM"))!;
    // The first indicator's 分值 instead of the 得分 total (a cell no other field stands on: the pane refuses those).
    const target = coreProject(specs, sheet).indicators[0].weight.cell;
    const pointed = coreCheck(specs, { [sheet]: { totalScore: target } });
    const pane = await browser.open(book({ select: { sheet, address: "A1" } }));
    const { page } = pane;
    assert.match(await textOf(page, '[data-i18n="mapping.intro"]'), /在 WPS 表格 中选中/, "the pane names WPS, not Excel");
    await page.click(byTestId("tab-mapping"));
    await page.waitForSelector(byTestId("mapping-table"));
    await page.evaluate(([s, a]) => window.__wps.book.select(s, a), [sheet, target]);
    await page.click(`[data-testid="mapping-row"][data-field="totalScore"] ${byTestId("mapping-point")}`);
    await page.waitForFunction(statusIs, t("mapping.pointed", { field: fieldLabel("totalScore"), cell: target }));
    const state = await wpsState(page);
    const mapping = { version: 1, sheets: { [sheet]: { totalScore: target } } };
    assert.deepEqual(JSON.parse(JSON.stringify(stored(state, MAPPING_NS))), { part: [mapping], sheet: mapping });
    await page.click(byTestId("tab-check"));
    await runWpsCheck(page);
    assert.deepEqual((await shownFindings(page)).map((f) => `${f.sheet}!${f.cell} ${f.rule}`), listOrder(pointed.findings).map((f) => `${f.sheet}!${f.cell} ${f.rule}`));
    await assertNoProblems(pane);
  });

  it("inserts a 自评表 with its formulas, activated", async () => {
    const pane = await browser.open(book());
    const { page } = pane;
    await page.click(byTestId("template-insert"));
    await page.waitForFunction(statusIs, t("template.inserted", { sheet: TEMPLATE_SHEET }));
    const state = await wpsState(page);
    const inserted = state.sheets.find((s) => s.name === TEMPLATE_SHEET)!;
    assert.ok(inserted, "a sheet 自评表");
    assert.equal(state.sheets[state.active].name, TEMPLATE_SHEET);
    const formulas = templateForm({ name: TEMPLATE_SHEET }).cells.filter((c) => c.formula);
    for (const c of formulas) assert.equal(inserted.cells[c.address]?.formula, c.formula, c.address);
    await assertNoProblems(pane);
  });

  it("saves a setting into the workbook and the next check follows it", async () => {
    const pane = await browser.open(book());
    const { page } = pane;
    await page.click(byTestId("tab-settings"));
    await page.waitForSelector(byTestId("settings-save"));
    await page.selectOption(byTestId("level-UNIT_MISSING"), "off");
    await page.click(byTestId("settings-save"));
    await page.waitForFunction(statusIs, t("settings.saved"));
    const config = { rules: { UNIT_MISSING: "off" } };
    assert.deepEqual(JSON.parse(JSON.stringify(stored(await wpsState(page), CONFIG_NS))), { part: [config], sheet: config });
    await page.click(byTestId("tab-check"));
    await runWpsCheck(page);
    const want = coreCheck(specs, {}, { config: resolveConfig([config as never]) }).findings;
    assert.ok(!want.some((f) => f.rule === "UNIT_MISSING"));
    assert.deepEqual((await shownFindings(page)).map((f) => `${f.sheet}!${f.cell} ${f.rule}`), listOrder(want).map((f) => `${f.sheet}!${f.cell} ${f.rule}`));
    await assertNoProblems(pane);
  });

  it("saves the report where the user chose in WPS's Save As dialog", async () => {
    const pane = await browser.open(book({ wps: { folder: "D:\\财务" } }));
    const { page } = pane;
    await runWpsCheck(page);
    await page.click(byTestId("tab-export"));
    await page.click(byTestId("export-report"));
    await page.waitForFunction(statusIs, t("export.saved", { file: "工作簿1.report.json" }));
    const saved = await page.evaluate(() => [...window.__wps.book.files.keys()]);
    assert.deepEqual(saved, ["/home/clerk/文档/工作簿1.report.json"]);
    const text = await page.evaluate((p) => new TextDecoder().decode(Uint8Array.from(window.__wps.book.files.get(p)!, (c) => c.charCodeAt(0))), saved[0]);
    assert.equal(JSON.parse(text).findings.length, expected.findings.length);
    await assertNoProblems(pane);
  });

  it("speaks English where WPS's interface is English (LCID 1033), and names WPS in its texts", async () => {
    const pane = await browser.open(book({ wps: { languageId: 1033 } }));
    const { page } = pane;
    const en = MESSAGES.en;
    const tabs = await page.$$eval('[role="tab"]', (els) => els.map((e) => (e.textContent ?? "").trim()));
    assert.deepEqual(tabs, [en["tab.mapping"], en["tab.check"], en["tab.export"], en["tab.settings"]]);
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.match(await textOf(page, '[data-i18n="mapping.intro"]'), /select the right cell in WPS Spreadsheets/);
    await runWpsCheck(page);
    assert.equal(await textOf(page, byTestId("check-run")), en["check.rerun"]);
    await screenshot(page, "wps-02-english.png");
    await assertNoProblems(pane);
  });
});
