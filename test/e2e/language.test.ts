/**
 * The pane speaks the language Office reports: English labels for an English Office, Chinese
 * for any other (the default of a Chinese finance office).
 */
import { strict as assert } from "assert";
import { MESSAGES } from "../../src/taskpane/i18n";
import { assertNoProblems, byTestId, runCheck, screenshot, textOf, usePaneBrowser } from "./session";
import { e2eSpecs, workbook } from "./workbooks";

const TABS = ["tab.mapping", "tab.check", "tab.export", "tab.settings"] as const;

describe("task pane in Chromium: language", function () {
  this.timeout(60_000);
  const browser = usePaneBrowser();
  const specs = e2eSpecs();

  it("labels tabs and buttons in English when Office's display language is en-US", async () => {
    const pane = await browser.open(workbook(specs, { language: "en-US" }));
    const { page } = pane;
    const en = MESSAGES.en;
    const tabs = await page.$$eval('[role="tab"]', (els) => els.map((e) => (e.textContent ?? "").trim()));
    assert.deepEqual(tabs, TABS.map((k) => en[k]));
    assert.equal(await page.getAttribute("html", "lang"), "en");
    assert.equal(await page.title(), en["app.title"]);
    assert.equal(await page.getAttribute(byTestId("tablist"), "aria-label"), en["app.tabs"]);
    assert.equal(await textOf(page, byTestId("check-run")), en["check.run"]);
    assert.equal(await textOf(page, byTestId("template-insert")), en["template.insert"]);
    await runCheck(page);
    assert.equal(await textOf(page, byTestId("check-run")), en["check.rerun"]);
    await screenshot(page, "05-english.png");
    await assertNoProblems(pane);
  });

  it("speaks English for en-GB, which the manifest overrides too, and Chinese for en-AU, which it does not", async () => {
    for (const [language, locale] of [["en-GB", "en"], ["en-AU", "zh"]] as const) {
      const pane = await browser.open(workbook(specs, { language }));
      assert.equal(await textOf(pane.page, byTestId("check-run")), MESSAGES[locale]["check.run"], language);
      await assertNoProblems(pane);
    }
  });

  it("stays Chinese for zh-CN", async () => {
    const pane = await browser.open(workbook(specs, { language: "zh-CN" }));
    const tabs = await pane.page.$$eval('[role="tab"]', (els) => els.map((e) => (e.textContent ?? "").trim()));
    assert.deepEqual(tabs, TABS.map((k) => MESSAGES.zh[k]));
    assert.equal(await pane.page.getAttribute("html", "lang"), "zh-CN");
    await assertNoProblems(pane);
  });
});
