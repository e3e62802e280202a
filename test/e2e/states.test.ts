/**
 * Honest states in Chromium: a state check that fails never offers 清除标记, and the ribbon's
 * 检查工作簿 — which runs with the pane closed too — opens the pane on its result.
 */
import { strict as assert } from "assert";
import { setLocale, t } from "../../src/taskpane/i18n";
import { assertNoProblems, byTestId, runCheck, usePaneBrowser } from "./session";
import { coreCheck, countsOf, e2eSpecs, workbook } from "./workbooks";

describe("task pane in Chromium: honest states", function () {
  this.timeout(60_000);
  const browser = usePaneBrowser();
  const specs = e2eSpecs();
  const expected = coreCheck(specs);
  before(() => setLocale("zh"));

  it("keeps 清除标记 disabled when Excel fails to say whether there are marks", async () => {
    const pane = await browser.open(workbook(specs, { failingSyncs: [1] }));
    const { page } = pane;
    await page.waitForFunction(() => window.__sim.syncCount >= 1);
    await page.waitForTimeout(200);
    // The state check is the first sync; the second reads the fixes the workbook records.
    assert.equal(await page.evaluate(() => window.__sim.syncCount), 2, "the first sync was the state check");
    assert.equal(await page.isDisabled(byTestId("check-clear")), true);
    await runCheck(page);
    await page.waitForSelector(`${byTestId("check-clear")}:not([disabled])`);
    await assertNoProblems(pane);
  });

  it("opens the pane on the result of the ribbon's 检查工作簿, on the 检查 tab", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    await page.click(byTestId("tab-export"));
    const completed = await page.evaluate(
      () => new Promise<boolean>((resolve) => void window.__sim.actions.checkWorkbook({ completed: () => resolve(true) })),
    );
    assert.equal(completed, true);
    const counts = countsOf(expected.findings);
    await page.waitForFunction((text) => document.querySelector('[data-testid="status"]')?.textContent === text, t("check.done", { errors: counts.error, warnings: counts.warning, infos: counts.info }));
    assert.deepEqual(await page.evaluate(() => window.__sim.addinCalls), ["showAsTaskpane"]);
    assert.equal(await page.getAttribute(byTestId("tab-check"), "aria-selected"), "true");
    assert.equal(await page.$$eval('[data-testid="finding"]', (els) => els.length), expected.findings.length);
    await assertNoProblems(pane);
  });

  it("opens the pane on the error when the ribbon's check fails", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    const next = (await page.evaluate(() => window.__sim.syncCount)) + 1;
    await page.evaluate((n) => window.__sim.failingSyncs.add(n), next);
    await page.evaluate(() => new Promise<void>((resolve) => void window.__sim.actions.checkWorkbook({ completed: () => resolve() })));
    await page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.getAttribute("data-kind") === "error");
    assert.deepEqual(await page.evaluate(() => window.__sim.addinCalls), ["showAsTaskpane"]);
    assert.equal(await page.isDisabled(byTestId("check-run")), false, "the user can try again");
  });
});
