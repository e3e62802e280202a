/**
 * The 模板 section in Chromium: 生成汇总表 writes the 汇总 sheet with one row per project (its
 * formulas pointing at the project's cells, the check's counts beside them), and 插入自评表
 * writes the standard form with its formulas, as the core describes both.
 */
import { strict as assert } from "assert";
import { FIRST_SUMMARY_ROW, SUMMARY_SHEET, summaryRowCells } from "../../src/core/summary";
import { TEMPLATE_SHEET, templateForm } from "../../src/core/template";
import { quoteSheet as quote } from "../../src/core/templateSheet";
import { setLocale, t } from "../../src/taskpane/i18n";
import type { SimCell } from "../sim/excel";
import { RULES_BY_ID } from "../../src/core/rules";
import { assertNoProblems, byTestId, runCheck, screenshot, shownFindings, simState, usePaneBrowser } from "./session";
import { coreCells, coreCheck, e2eSpecs, workbook } from "./workbooks";

describe("task pane in Chromium: 模板", function () {
  this.timeout(60_000);
  const browser = usePaneBrowser();
  const specs = e2eSpecs();
  const expected = coreCheck(specs);
  const projects = expected.sheets.filter((s) => s.kind === "project").map((s) => s.name);
  before(() => setLocale("zh"));

  it("builds the 汇总 sheet with one row per project, then inserts a 自评表 with its formulas", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    assert.equal(await page.isHidden(byTestId("template-unavailable")), true, "the template actions are wired");

    await page.click(byTestId("template-summary"));
    await page.waitForFunction((text) => document.querySelector('[data-testid="status"]')?.textContent === text, t("template.summarized", { sheet: SUMMARY_SHEET }));
    let state = await simState(page);
    assert.equal(state.sheets[0].name, SUMMARY_SHEET, "the summary comes first");
    const summary = state.sheets[0].cells;
    const at = (address: string): SimCell => summary[address] ?? {};
    projects.forEach((sheet, i) => {
      const r = FIRST_SUMMARY_ROW + i;
      const own = expected.findings.filter((f) => f.sheet === sheet);
      const row = summaryRowCells(i);
      assert.equal(at(`B${r}`).value, sheet, `row ${r} is ${sheet}`);
      assert.equal(at(row.name).formula, `=T(${quote(sheet)}!${coreCells(specs, sheet).name})`, `${sheet} 项目名称`);
      assert.equal(at(row.totalScore).formula, `=${quote(sheet)}!${coreCells(specs, sheet).totalScore}`, `${sheet} 总分`);
      assert.equal(at(row.errors).value, own.filter((f) => f.severity === "error").length, `${sheet} errors`);
      assert.equal(at(row.warnings).value, own.filter((f) => f.severity === "warning").length, `${sheet} warnings`);
    });
    assert.equal(at(`B${FIRST_SUMMARY_ROW + projects.length}`).value, undefined, "no row beyond the projects");
    assert.equal(at(`A${FIRST_SUMMARY_ROW + projects.length}`).value, "合计");

    await page.click(byTestId("template-insert"));
    await page.waitForFunction((text) => document.querySelector('[data-testid="status"]')?.textContent === text, t("template.inserted", { sheet: TEMPLATE_SHEET }));
    state = await simState(page);
    const inserted = state.sheets.find((s) => s.name === TEMPLATE_SHEET);
    assert.ok(inserted, "a sheet 自评表");
    assert.equal(state.activeSheetId, inserted.id, "and it is active");
    const formulas = templateForm({ name: TEMPLATE_SHEET }).cells.filter((c) => c.formula);
    assert.ok(formulas.length > 10);
    for (const c of formulas) assert.equal(inserted.cells[c.address]?.formula, c.formula, c.address);
    await screenshot(page, "04-template.png");
    await assertNoProblems(pane);
  });

  it("after a check, an inserted blank form is one 未填写 提示 in the list, not a REQUIRED_FIELD per empty cell, and is not 可能已过期", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    await runCheck(page);
    await page.click(byTestId("template-insert"));
    // The add-in checks the sheet it wrote (automatic re-checking is on): the list gains one group.
    await page.waitForSelector(`[data-testid="sheet-group"][data-sheet="${TEMPLATE_SHEET}"]`);
    const own = (await shownFindings(page)).filter((f) => f.sheet === TEMPLATE_SHEET);
    assert.deepEqual(own.map((f) => [f.rule, f.severity, f.cell]), [["BLANK_FORM", "info", "B3"]]);
    assert.equal(own[0].message, RULES_BY_ID.get("BLANK_FORM")!.meta.messages.blank.zh);
    await page.waitForTimeout(1500);
    assert.equal(await page.locator(byTestId("stale-badge")).count(), 0, "the add-in's own sheet is not the user's edit");
    assert.equal(await page.isVisible(byTestId("stale-banner")), false);
    await assertNoProblems(pane);
  });
});
