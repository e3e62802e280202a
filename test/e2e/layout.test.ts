/**
 * Every flow of the pane at 320 px (Excel's narrowest task pane) and 500 px: nothing reaches past
 * an edge, nothing is cut, no button's label wraps onto a second line — asserted on element
 * geometry — and no English word in the Chinese pane (nor Chinese in the English one's own
 * labels). Screenshots of each state go to test-results/e2e/; the README's picture is the 380 px
 * one, refreshed with PERFEVAL_UPDATE_DOCS=1.
 */
import { strict as assert } from "assert";
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { setLocale, t } from "../../src/taskpane/i18n";
import { ROOT } from "./harness";
import { assertNoProblems, byTestId, latinWords, layoutProblems, runCheck, screenshot, textOf, usePaneBrowser, waitStatus } from "./session";
import { benchSpecs, coreCheck, workbook } from "./workbooks";
import { seedForm } from "../fixtures/seedForms";

const PARK = seedForm("002-06").name;
const SERVICE = seedForm("002-01").name;
const item = (sheet: string, rule: string) => `li:has(> [data-testid="finding"][data-sheet="${sheet}"][data-rule="${rule}"])`;

/** The pane fits at this width in this state, and speaks one language; a screenshot of it. */
async function fits(page: Page, state: string, width: number, lang: "zh" | "en" = "zh"): Promise<void> {
  assert.deepEqual(await layoutProblems(page), [], `${state} at ${width} px`);
  if (lang === "zh") assert.deepEqual(await latinWords(page), [], `${state} at ${width} px: English in the Chinese pane`);
  else {
    // The pane's own words: buttons, labels, legends, headings, tabs (the rule names in a list and the form's own terms aside).
    const chinese = await page.$$eval("button, label, legend, h1, h2, [role=tab]", (els) =>
      els
        .filter((e) => (e as HTMLElement).offsetParent !== null && !e.closest("[data-testid=sheet-group-summary], .finding, .fix-text, [data-testid=finding-cause], .rule-option"))
        .map((e) => Array.from(e.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE || !(n as Element).matches("select, option, .rule-name, code")).map((n) => n.textContent ?? "").join("").trim())
        .filter((x) => /[\u4e00-\u9fff]/.test(x)),
    );
    assert.deepEqual(chinese, [], `${state} at ${width} px: Chinese in the English pane's own labels`);
  }
  await screenshot(page, `workbench-${width}-${lang}-${state}.png`);
}

describe("task pane in Chromium: every flow at 320 and 500 px", function () {
  this.timeout(180_000);
  const browser = usePaneBrowser();
  const specs = benchSpecs();
  const expected = coreCheck(specs);
  before(() => setLocale("zh"));
  afterEach(() => setLocale("zh"));

  for (const width of [320, 500]) {
    it(`fits at ${width} px: the check, 说明, 下一条, 改为, 可能已过期, errors, 映射, 导出, 设置, 汇总`, async () => {
      const pane = await browser.open(workbook(specs, { select: { sheet: PARK, address: "A1" } }), { viewport: { width, height: 720 } });
      const { page } = pane;
      await fits(page, "01-start", width);
      await runCheck(page);
      await fits(page, "02-checked", width);

      await page.click(`${item(SERVICE, "EXEC_RATE")} ${byTestId("finding-more")}`);
      await page.click(byTestId("nav-next"));
      await page.click(byTestId("nav-next"));
      await fits(page, "03-details-and-current", width);

      await page.click(`${item(PARK, "TOTAL_SUM")} ${byTestId("finding-fix")}`);
      await page.waitForSelector(byTestId("fix-item"));
      await page.evaluate(() => window.scrollTo(0, 0));
      await fits(page, "04-fixed", width);
      await page.click(byTestId("fix-undo"));
      await page.waitForSelector(byTestId("fix-item"), { state: "detached" });

      await page.click(byTestId("tab-settings"));
      await page.waitForSelector(byTestId("settings-save"));
      await page.uncheck(byTestId("setting-auto-recheck"));
      await fits(page, "05-settings", width);
      await page.click(byTestId("tab-check"));
      await page.evaluate(([s, c]) => window.__sim.setValue(s, c, 1), [SERVICE, expected.findings.find((f) => f.sheet === SERVICE)!.cell]);
      await page.waitForSelector(byTestId("stale-badge"));
      await fits(page, "06-stale", width);

      await page.evaluate(() => window.__sim.failingSyncs.add(window.__sim.syncCount + 1));
      await page.click(byTestId("check-run"));
      await page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.getAttribute("data-kind") === "error");
      await page.click(`${byTestId("status-detail")} summary`);
      await fits(page, "07-error-details", width);

      await page.click(byTestId("tab-mapping"));
      await page.waitForSelector(byTestId("mapping-table"));
      await page.evaluate((s) => window.__sim.select(s, "A1:C3"), PARK);
      await page.waitForFunction((s) => document.querySelector('[data-testid="mapping-sheet"]')?.getAttribute("data-sheet") === s, PARK);
      await page.waitForFunction((text) => document.querySelector('[data-testid="mapping-selected"]')?.textContent === text, t("mapping.selected", { cell: "A1:C3" }));
      await page.click(`[data-testid="mapping-row"][data-field="name"] ${byTestId("mapping-point")}`);
      await waitStatus(page, t("mapping.refuseRange", { area: "A1:C3" }));
      await fits(page, "08-mapping", width);

      await page.click(byTestId("tab-export"));
      await fits(page, "09-export", width);

      await page.evaluate(() => {
        window.__sim.addSheet("汇总");
        window.__sim.setValue("汇总", "B2", "我的备注");
      });
      await page.click(byTestId("template-summary"));
      await page.waitForSelector(`${byTestId("summary-ask")}:not([hidden])`);
      await page.evaluate(() => document.querySelector('[data-testid="summary-ask"]')!.scrollIntoView());
      await fits(page, "10-summary-ask", width);
      await page.click(byTestId("summary-cancel"));
      await waitStatus(page, t("summary.cancelled", { sheet: "汇总" }));
      await assertNoProblems(pane);
    });

    it(`fits at ${width} px in English`, async () => {
      setLocale("en");
      const pane = await browser.open(workbook(specs, { language: "en-US" }), { viewport: { width, height: 720 } });
      const { page } = pane;
      await runCheck(page);
      await page.click(`${item(SERVICE, "EXEC_RATE")} ${byTestId("finding-more")}`);
      await page.click(byTestId("nav-next"));
      await fits(page, "checked", width, "en");
      for (const tab of ["tab-mapping", "tab-export", "tab-settings"]) {
        await page.click(byTestId(tab));
        await page.waitForTimeout(300);
        await fits(page, tab, width, "en");
      }
      setLocale("zh");
      await assertNoProblems(pane);
    });
  }

  it("shows the checked copy first, as the primary export, saying it holds a 检查结果 sheet and that exporting re-marks the workbook", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    const buttons = await page.$$eval(`${byTestId("panel-export")} .export-item > button`, (els) => els.map((e) => [(e as HTMLElement).dataset.testid, e.classList.contains("primary")]));
    assert.deepEqual(buttons, [["export-copy", true], ["export-report", false]]);
    assert.equal(await textOf(page, "#export-copy-desc"), t("export.copyFirstDesc"));
    assert.match(t("export.copyFirstDesc"), /检查结果/);
    assert.equal(await textOf(page, "#export-copy-repaints"), t("export.repaints"));
    await runCheck(page);
    await page.waitForSelector(`${byTestId("check-clear")}:not([disabled])`);
    await page.click(byTestId("check-clear"));
    await page.waitForFunction(() => document.querySelector('[data-testid="status-text"]')?.textContent?.startsWith("已恢复"));
    await page.click(byTestId("tab-export"));
    await page.click(byTestId("export-copy"));
    await page.waitForFunction(() => document.querySelector('[data-testid="status-text"]')?.textContent?.includes("重新标出"));
    const status = await textOf(page, byTestId("status-text"));
    assert.ok(status.includes(t("export.repainted", { count: Number(/重新标出 (\d+)/.exec(status)![1]) })), status);
    await assertNoProblems(pane);
  });

  it("writes the README's picture of the pane (PERFEVAL_UPDATE_DOCS=1, or when missing)", async () => {
    const pane = await browser.open(workbook(specs, { select: { sheet: PARK, address: "A1" } }));
    const { page } = pane;
    await runCheck(page);
    await page.click(byTestId("nav-next"));
    await page.click(`${item(SERVICE, "EXEC_RATE")} ${byTestId("finding-more")}`);
    await page.evaluate(() => window.scrollTo(0, 0));
    const file = await screenshot(page, "02-check.png");
    const docs = path.join(ROOT, "docs", "taskpane-findings.png");
    if (process.env.PERFEVAL_UPDATE_DOCS || !fs.existsSync(docs)) fs.copyFileSync(file, docs);
    await assertNoProblems(pane);
  });
});
