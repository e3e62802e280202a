/**
 * The pane opened outside Excel — in a plain browser, or where office.js cannot load — says so in
 * Chinese and offers no button: before, every button failed with "Excel is not defined".
 */
import { strict as assert } from "assert";
import type { Page } from "playwright-core";
import { MESSAGES } from "../../src/taskpane/i18n";
import { byTestId, screenshot, textOf, usePaneBrowser } from "./session";
import { e2eSpecs, workbook } from "./workbooks";

async function buttons(page: Page): Promise<{ id: string; disabled: boolean }[]> {
  return page.$$eval("button", (els) => (els as HTMLButtonElement[]).map((b) => ({ id: b.dataset.testid ?? b.id, disabled: b.disabled })));
}

describe("task pane in Chromium: outside Excel", function () {
  this.timeout(60_000);
  const browser = usePaneBrowser();

  for (const office of ["browser", "unreachable"] as const) {
    it(`says in Chinese that it must be opened in Excel, every button disabled (office.js ${office === "browser" ? "finds no host" : "does not load"})`, async () => {
      const pane = await browser.open(workbook(e2eSpecs(), { office }));
      const { page } = pane;
      await page.waitForSelector(`${byTestId("outside-office")}:not([hidden])`);
      assert.equal(await textOf(page, byTestId("outside-office")), MESSAGES.zh["app.outside"]);
      assert.equal(await page.getAttribute("html", "lang"), "zh-CN");
      const all = await buttons(page);
      assert.ok(all.length >= 8, `${all.length} buttons`);
      assert.deepEqual(all.filter((b) => !b.disabled), [], "no button to click");
      await page.click(byTestId("tab-export"), { force: true }).catch(() => undefined);
      assert.equal(await textOf(page, byTestId("status")), "", "nothing ran");
      if (office === "browser") await screenshot(page, "08-outside-office.png");
      const problems = await pane.problems();
      const expected = office === "unreachable" ? problems.filter((p) => /ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(p)) : [];
      assert.deepEqual(problems, expected, "only office.js failing to load, when it does");
    });
  }

  it("in Excel registers the PERF functions with Office's CustomFunctions (the stand-in stays out of the way)", async () => {
    const pane = await browser.open(workbook(e2eSpecs()));
    const ids = await pane.page.evaluate(() => window.__customFunctions ?? []);
    assert.ok(["EXECRATE", "EXECSCORE", "PERFGRADE"].every((id) => ids.includes(id)), ids.join(","));
    assert.equal(await pane.page.isHidden(byTestId("outside-office")), true);
  });
});
