/**
 * Workbook text is shown as text: a project, an indicator and a sheet named with markup come
 * out literally in the 检查 and 映射 views, and nothing of it runs or becomes an element.
 */
import { strict as assert } from "assert";
import type { Page } from "playwright-core";
import { pageScripts } from "./harness";
import { assertNoProblems, byTestId, runCheck, screenshot, shownFindings, usePaneBrowser } from "./session";
import { HOSTILE, coreCheck, hostileSpecs, listOrder, workbook } from "./workbooks";

/** What the page holds that the markup could have made: images, scripts beyond the page's own. */
function elementsMade(page: Page) {
  return page.evaluate(() => ({
    xss: window.__xss,
    images: document.querySelectorAll("img").length,
    scripts: Array.from(document.scripts).map((s) => s.getAttribute("src") ?? `inline: ${s.textContent}`),
    handlers: Array.from(document.querySelectorAll("*")).flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith("on"))),
  }));
}

describe("task pane in Chromium: workbook text is never markup", function () {
  this.timeout(60_000);
  const browser = usePaneBrowser();
  const specs = hostileSpecs();
  const expected = coreCheck(specs);

  it("shows markup in sheet names, project names, indicator names and messages as text", async () => {
    const quoting = expected.findings.find((f) => f.sheet === HOSTILE.sheetName && f.message.includes(HOSTILE.indicatorName));
    assert.ok(quoting, "precondition: a message quotes the indicator name");

    const pane = await browser.open(workbook(specs, { select: { sheet: HOSTILE.sheetName, address: "A1" } }));
    const { page } = pane;
    await runCheck(page);
    const group = `[data-testid="sheet-group"][data-sheet="${HOSTILE.sheetName.replace(/"/g, '\\"')}"]`;
    assert.equal(await page.$eval(`${group} .sheet-name`, (el) => el.textContent), HOSTILE.sheetName);
    const messages = (await shownFindings(page)).filter((f) => f.sheet === HOSTILE.sheetName);
    assert.deepEqual(messages.map((f) => f.message), listOrder(expected.findings.filter((f) => f.sheet === HOSTILE.sheetName)).map((f) => f.message));
    assert.ok(messages.some((f) => f.message === quoting.message));
    await screenshot(page, "06-safe-check.png");

    await page.click(byTestId("tab-mapping"));
    await page.waitForSelector(byTestId("mapping-table"));
    assert.equal(await page.getAttribute(byTestId("mapping-sheet"), "data-sheet"), HOSTILE.sheetName);
    assert.ok((await page.textContent(byTestId("mapping-sheet")))?.includes(HOSTILE.sheetName));
    const name = await page.$eval('[data-testid="mapping-row"][data-field="name"] [data-testid="mapping-value"]', (el) => el.textContent);
    assert.equal(name, HOSTILE.projectName);
    await screenshot(page, "06-safe-mapping.png");

    await page.waitForTimeout(200); // an onerror would have fired by now
    const made = await elementsMade(page);
    assert.equal(made.xss, undefined);
    assert.equal(made.images, 0);
    assert.deepEqual(made.scripts, pageScripts(), "only the page's own scripts");
    assert.deepEqual(made.handlers, []);
    await assertNoProblems(pane);
  });

  it("would notice: the CSP blocks an inline script and the tests see the violation", async () => {
    const pane = await browser.open(workbook(specs));
    const { page } = pane;
    await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__xss = 4";
      document.body.append(script);
    });
    await page.waitForFunction(() => ((window as unknown as { __cspViolations: string[] }).__cspViolations ?? []).length > 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    const problems = await pane.problems();
    assert.ok(problems.some((p) => p.startsWith("CSP violation: script-src")), problems.join("\n"));
  });
});
